import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BookPricer } from '../../src/tariffs/book-pricer.js';
import { computeDuty } from '../../src/tariffs/duty.js';
import { TariffEngine, type DutyOptions } from '../../src/tariffs/engine.js';
import { parseEntryLine, type EntryLine } from '../../src/tariffs/entry.js';
import { lineDutyOf, type LineDuty } from '../../src/tariffs/line-duty.js';
import { withMeasures } from '../../src/tariffs/overlay.js';
import { sharedTariffEngine } from '../helpers/tariffs.js';

/**
 * The book pricer's shortcut (a key priced once, other values multiplied) against the engine itself:
 * the same amounts, headings and status for every line, over lines drawn from the pack's own numbers
 * (specific and compound rates, steel and aluminum articles and derivatives, Section 301 lists),
 * origins and dates, with values from zero to past the exact-number range, and lines that carry
 * quantities, metal content or a de minimis claim (which the shortcut must leave to the engine).
 */

let engine: TariffEngine;
let codes: string[];
const ORIGINS = ['CN', 'HK', 'CA', 'MX', 'DE', 'GB', 'JP', 'VN', 'IN', 'BR', 'RU', 'CU', 'KP', 'CH'];
const DATES = ['2018-10-01', '2024-06-01', '2025-03-01', '2025-04-10', '2025-06-01', '2025-11-01', '2026-03-01'];

before(async () => {
  engine = await sharedTariffEngine();
  const all = Object.keys(engine.pack.lines).filter((c) => !c.startsWith('98') && !c.startsWith('99'));
  const specific = all.filter((c) => engine.pack.lines[c]!.some((t) => /¢|\$/.test(engine.pack.texts[t] ?? ''))).slice(0, 300);
  const inSets = Object.values(engine.pack.productSets).flatMap((s) => s.entries.slice(0, 40).map((e) => (typeof e === 'string' ? e : e[0])));
  codes = [...new Set([...all.filter((_, i) => i % 41 === 0), ...specific, ...inSets.filter((c) => c.length >= 8)])].sort();
  assert.ok(specific.length > 50, 'the pack has specific-rate lines to draw from');
});

function answerOf(line: EntryLine, options: DutyOptions): LineDuty | string {
  try {
    return lineDutyOf(computeDuty(engine, line, { ...options, quiet: true }));
  } catch (err) {
    return (err as Error).message;
  }
}

function pricedBy(pricer: BookPricer, line: EntryLine): LineDuty | string {
  try {
    return pricer.price(line);
  } catch (err) {
    return (err as Error).message;
  }
}

const lineArb = fc.record({
  hts: fc.integer({ min: 0, max: 1_000_000 }),
  origin: fc.constantFrom(...ORIGINS),
  date: fc.constantFrom(...DATES),
  // Cents from nothing to past 2^53 nanocents at the highest rates (the engine's exact bigint range).
  cents: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10_000 }), fc.integer({ min: 1, max: 50_000_000_000 })),
  seedCents: fc.integer({ min: 1, max: 5_000_000_000 }),
  extra: fc.constantFrom('none', 'none', 'none', 'quantity', 'metal', 'de_minimis', 'export_date'),
});

for (const [name, options] of [
  ['lenient, metal content taken as the whole value', { lenient: true, missingMetalContent: 'full_value' }],
  ['strict (errors as the engine raises them)', {}],
] as const) {
  test(`property: the book pricer gives every line the engine's duty (${name})`, () => {
    const pricer = new BookPricer(engine, options);
    fc.assert(
      fc.property(lineArb, (l) => {
        const raw: Record<string, unknown> = { hts: codes[l.hts % codes.length], country_of_origin: l.origin, entry_date: l.date, customs_value_usd: l.cents / 100 };
        if (l.extra === 'quantity') raw.quantity = 12.5;
        if (l.extra === 'metal') raw.metal_content_value_usd = Math.floor(l.cents / 3) / 100;
        if (l.extra === 'de_minimis') raw.de_minimis_claim = true;
        if (l.extra === 'export_date') raw.export_date = '2025-01-02';
        if (l.extra === 'export_date' && l.date < '2025-01-02') raw.export_date = l.date;
        // A line of the same key at another value first, so that the target is priced from the plan when it has one.
        pricedBy(pricer, parseEntryLine({ ...raw, customs_value_usd: l.seedCents / 100, metal_content_value_usd: undefined }));
        const line = parseEntryLine(raw);
        assert.deepEqual(pricedBy(pricer, line), answerOf(line, options));
      }),
      { numRuns: 300 },
    );
  });
}

test('a line of a key whose rate is specific is priced by the engine each time (its duty is not a rate times the value)', () => {
  const pricer = new BookPricer(engine, { lenient: true });
  const code = codes.find((c) => {
    const a = computeDuty(engine, parseEntryLine({ hts: c, country_of_origin: 'DE', entry_date: '2025-03-01', customs_value_usd: 100, quantity: 10 }), { quiet: true });
    return a.status === 'determined' && /¢/.test(a.base_rate) && !/%/.test(a.base_rate);
  })!;
  assert.ok(code, 'a purely specific rate in the pack');
  const at = (value: number) => parseEntryLine({ hts: code, country_of_origin: 'DE', entry_date: '2025-03-01', customs_value_usd: value, quantity: 10 });
  const [a, b] = [pricer.price(at(100)), pricer.price(at(1_000_000))];
  assert.equal(a.baseCents, b.baseCents, 'the same quantity pays the same specific duty at any value');
  assert.deepEqual(b, lineDutyOf(computeDuty(engine, at(1_000_000), { quiet: true, lenient: true })));
});

test('a pricer over a pack that changes only measures shares the base HTS keys and still gives its own engine duty; a new product set keeps keys apart', () => {
  const changed = engine.pack.measures.find((m) => m.rate.kind === 'ad_valorem' && m.countries !== 'all' && m.countries.includes('CN') && m.products === 'all' && m.from <= '2025-06-01' && (m.until ?? '9999') >= '2025-06-01')!;
  assert.ok(changed, 'an ad valorem measure on all goods of China in force on 2025-06-01');
  const after = new TariffEngine(withMeasures(engine.pack, { change: [{ id: changed.id, set: { rate: { kind: 'ad_valorem', ppm: 1_250_000 } } }] }));
  const base = new BookPricer(engine, { lenient: true });
  const scenario = new BookPricer(after, { lenient: true }, base.htsKeys);
  assert.equal(scenario.htsKeys, base.htsKeys, 'the same schedule and product sets: one set of keys');
  const withSet = new TariffEngine(withMeasures(engine.pack, { productSets: [{ id: 'test:extra', label: 'extra', entries: [codes[0]!], source: 'test', curated: false }] }));
  assert.notEqual(new BookPricer(withSet, {}, base.htsKeys).htsKeys, base.htsKeys, 'a product set the base lacks: keys of its own');
  for (const [i, hts] of codes.filter((_, i) => i % 15 === 0).entries()) {
    const line = parseEntryLine({ hts, country_of_origin: i % 3 === 0 ? 'DE' : 'CN', entry_date: '2025-06-01', customs_value_usd: 1234.56 + i });
    base.price(line);
    assert.deepEqual(pricedBy(scenario, line), lineDutyOf(computeDuty(after, line, { quiet: true, lenient: true })));
  }
});

test('numbers alike for an origin (base rate shape, the sets its measures name) share a plan: each still gets the engine duty, its own base rate included', () => {
  const pricer = new BookPricer(engine, { lenient: true });
  const sample = codes.filter((_, i) => i % 9 === 0);
  for (const date of ['2025-06-01', '2026-03-01']) {
    for (const origin of ['CN', 'DE', 'CA', 'JP', 'RU', 'VN']) {
      for (const [i, hts] of sample.entries()) {
        const line = parseEntryLine({ hts, country_of_origin: origin, entry_date: date, customs_value_usd: Math.round(1_000 + ((i * 7_919) % 10_000_000)) / 100 });
        assert.deepEqual(pricedBy(pricer, line), answerOf(line, { lenient: true }), `${hts} from ${origin} on ${date}`);
      }
    }
  }
});
