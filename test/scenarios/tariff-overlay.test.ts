import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { isClearanceError } from '../../src/model/errors.js';
import { scenarioTariffPack } from '../../src/scenarios/apply.js';
import { parseScenario } from '../../src/scenarios/parse.js';
import type { Scenario } from '../../src/scenarios/schema.js';
import type { DutyAnswer } from '../../src/tariffs/answer.js';
import { computeDuty } from '../../src/tariffs/duty.js';
import { TariffEngine, type DutyOptions } from '../../src/tariffs/engine.js';
import { parseEntryLine } from '../../src/tariffs/entry.js';
import type { TariffPack } from '../../src/tariffs/pack.js';
import { repoRoot } from '../helpers/data.js';
import { sharedTariffPack } from '../helpers/tariffs.js';

/**
 * Scenarios laid over the real tariff pack: a scenario that changes nothing changes no number, ending
 * a measure that displaces no other never raises duty, the List 3 example takes exactly 15 points off a
 * List 3 line from China, and the stored pack is never touched.
 */

let pack: TariffPack;
let base: TariffEngine;
/** Real 8- and 10-digit HTS numbers: members of the Section 301 lists and of other product sets. */
let htsPool: string[];

before(async () => {
  pack = await sharedTariffPack();
  base = new TariffEngine(pack);
  const codes = new Set<string>();
  for (const set of Object.values(pack.productSets)) {
    for (const e of set.entries.slice(0, 400)) {
      const code = typeof e === 'string' ? e : e[0];
      if (code.length === 8 || code.length === 10) codes.add(code);
    }
  }
  htsPool = [...codes].sort();
});

const OPTIONS: DutyOptions = { lenient: true, quiet: true, missingMetalContent: 'full_value' };
const ORIGINS = ['CN', 'HK', 'VN', 'DE', 'MX', 'CA', 'JP', 'BR', 'IN', 'GB'];

function line(hts: string, origin: string, date: string, value: number): Record<string, unknown> {
  return { hts, country_of_origin: origin, entry_date: date, customs_value_usd: value };
}

const lineArb = () =>
  fc.record({
    hts: fc.constantFrom(...htsPool),
    origin: fc.constantFrom(...ORIGINS),
    date: fc.date({ min: new Date('2018-01-01T00:00:00Z'), max: new Date('2026-06-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
    value: fc.integer({ min: 1, max: 5_000_000 }),
  });

function answer(engine: TariffEngine, l: { hts: string; origin: string; date: string; value: number }): DutyAnswer | undefined {
  try {
    return computeDuty(engine, parseEntryLine(line(l.hts, l.origin, l.date, l.value)), OPTIONS);
  } catch (err) {
    if (isClearanceError(err)) return undefined; // a number not in the schedule of that date: both packs refuse it alike
    throw err;
  }
}

function cents(a: DutyAnswer | undefined): number | undefined {
  if (!a) return undefined;
  return Math.round(((a.base_duty_usd ?? 0) + a.additional.reduce((s, x) => s + x.duty_usd, 0)) * 100);
}

const numbers = (a: DutyAnswer | undefined) => a && { status: a.status, base: a.base_duty_usd, additional: a.additional.map((x) => [x.heading, x.rate_pct, x.duty_usd]) };

function scenario(tariffs: Scenario['tariffs']): Scenario {
  return { name: 'test', description: 'test', tariffs };
}

test('a scenario that changes nothing changes no number (books drawn from real HTS lines)', () => {
  // An empty scenario, and one that splits List 3 and the fentanyl duty around a window while setting their own rates.
  const same = [
    scenarioTariffPack(pack, scenario({})),
    scenarioTariffPack(pack, scenario({ change: [{ heading: '9903.88.03', rate_pct: 25, from: '2020-01-01', to: '2023-06-30' }, { heading: '9903.01.24', countries: ['CN', 'HK'], from: '2025-06-01' }] })),
  ];
  assert.equal(same[0], pack, 'an empty scenario is the base pack itself');
  assert.notEqual(same[1]!.version, pack.version, 'a scenario pack has its own version');
  const engine = new TariffEngine(same[1]!);
  fc.assert(
    fc.property(fc.array(lineArb(), { minLength: 1, maxLength: 20 }), (book) => {
      for (const l of book) assert.deepEqual(numbers(answer(engine, l)), numbers(answer(base, l)), JSON.stringify(l));
    }),
    // Each run prices its lines at new dates on a scenario pack, which costs index building per date:
    // few runs keep the suite's time; raise them locally when changing the overlay.
    { numRuns: 25 },
  );
});

test('ending a measure that displaces no other never raises duty on any line', () => {
  const endable = [...new Set(pack.measures.filter((m) => (m.program === 'section_301' || m.program === 'ieepa_fentanyl') && !m.exclusion && m.rate.kind === 'ad_valorem').map((m) => m.heading))].sort();
  assert.ok(endable.length > 5);
  fc.assert(
    fc.property(
      fc.constantFrom(...endable),
      fc.date({ min: new Date('2018-07-06T00:00:00Z'), max: new Date('2026-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      fc.array(lineArb(), { minLength: 1, maxLength: 10 }),
      (heading, on, book) => {
        let ended: TariffPack;
        try {
          ended = scenarioTariffPack(pack, scenario({ end: [{ heading, on }] }));
        } catch (err) {
          assert.ok(isClearanceError(err) && err.field === 'tariffs.end[0].on', String(err)); // nothing of it in force after `on`
          return;
        }
        const engine = new TariffEngine(ended);
        for (const l of book) {
          const [before, after] = [cents(answer(base, l)), cents(answer(engine, l))];
          if (before !== undefined) assert.ok(after! <= before, `${heading} ended ${on}: ${JSON.stringify(l)} ${before} -> ${after}`);
        }
      },
    ),
    { numRuns: 20 },
  );
});

test('the List 3 example takes exactly 15 points of the value off a List 3 line from China, and nothing off other lines', () => {
  const example = parseScenario(readFileSync(join(repoRoot, 'examples', 'scenarios', 'list-3-back-to-10.yaml'), 'utf8'));
  const engine = new TariffEngine(scenarioTariffPack(pack, example));
  const list3 = line('4202.11.00', 'CN', '2025-09-15', 10_000);
  const [b, a] = [base, engine].map((e) => computeDuty(e, parseEntryLine(list3)));
  assert.equal(b!.additional.find((x) => x.heading === '9903.88.03')!.duty_usd, 2500);
  assert.equal(a!.additional.find((x) => x.heading === '9903.88.03')!.duty_usd, 1000);
  assert.equal(b!.total_duty_usd! - a!.total_duty_usd!, 1500);
  assert.match(a!.citations.join(' '), /supposed by scenario "List 3 back to 10%" \(not law\)/);
  for (const other of [line('4202.11.00', 'VN', '2025-09-15', 10_000), line('8481.30.20', 'CN', '2019-06-03', 10_000)]) {
    assert.equal(computeDuty(engine, parseEntryLine(other)).total_duty_usd, computeDuty(base, parseEntryLine(other)).total_duty_usd);
  }
});

test('a change over a window leaves the days outside it as they are; the stored pack is untouched', () => {
  const before = JSON.stringify(pack.measures);
  const windowed = new TariffEngine(scenarioTariffPack(pack, scenario({ change: [{ heading: '9903.88.03', rate_pct: 0, from: '2025-01-01', to: '2025-12-31' }] })));
  const at = (date: string) => computeDuty(windowed, parseEntryLine(line('4202.11.00', 'CN', date, 1000))).additional.find((x) => x.heading === '9903.88.03')?.duty_usd;
  assert.deepEqual([at('2024-12-31'), at('2025-01-01'), at('2025-12-31'), at('2026-01-01')], [250, 0, 0, 250]);
  assert.equal(JSON.stringify(pack.measures), before);
});

test('the reciprocal peak example raises China\'s reciprocal duty to 125% after 2025-05-13 and nowhere else', () => {
  const example = parseScenario(readFileSync(join(repoRoot, 'examples', 'scenarios', 'china-reciprocal-april-2025-peak.yaml'), 'utf8'));
  const engine = new TariffEngine(scenarioTariffPack(pack, example));
  const recip = (e: TariffEngine, origin: string, date: string) =>
    computeDuty(e, parseEntryLine(line('6109.10.00', origin, date, 1000))).additional.filter((x) => x.program === 'ieepa_reciprocal').map((x) => [x.heading, x.duty_usd]);
  assert.deepEqual(recip(engine, 'CN', '2025-06-01'), [['9903.01.63', 1250]]);
  assert.deepEqual(recip(engine, 'CN', '2025-05-01'), recip(base, 'CN', '2025-05-01'));
  assert.deepEqual(recip(engine, 'CN', '2026-03-01'), recip(base, 'CN', '2026-03-01'));
  assert.deepEqual(recip(engine, 'VN', '2025-06-01'), recip(base, 'VN', '2025-06-01'));
});

test('a heading the pack does not know is refused naming the field', () => {
  assert.throws(() => scenarioTariffPack(pack, scenario({ change: [{ heading: '9903.77.77', rate_pct: 5 }] })), (err) => isClearanceError(err) && err.field === 'tariffs.change[0].heading');
  assert.throws(() => scenarioTariffPack(pack, scenario({ add: [{ heading: '9903.77.77', rate_pct: 5, from: '2026-01-01' }] })), (err) => isClearanceError(err) && err.field === 'tariffs.add[0].program');
});

test('a new heading of an exclusive program takes the group\'s place (reciprocal); a new Section 301 heading stacks on the lists', () => {
  const engine = new TariffEngine(
    scenarioTariffPack(
      pack,
      scenario({
        add: [
          { heading: '9903.01.99', program: 'ieepa_reciprocal', countries: ['CN'], rate_pct: 50, from: '2025-06-01', to: '2025-12-31' },
          { heading: '9903.88.99', program: 'section_301', countries: ['CN'], hts: ['4202.11.00'], rate_pct: 5, from: '2025-06-01' },
        ],
      }),
    ),
  );
  const duties = (e: TariffEngine, origin: string, date: string, program: string) =>
    computeDuty(e, parseEntryLine(line('4202.11.00', origin, date, 1000))).additional.filter((x) => x.program === program).map((x) => [x.heading, x.duty_usd]);
  assert.ok(duties(base, 'CN', '2025-07-01', 'ieepa_reciprocal').length > 0, 'China owes a reciprocal duty in the base');
  assert.deepEqual(duties(engine, 'CN', '2025-07-01', 'ieepa_reciprocal'), [['9903.01.99', 500]], 'the new heading replaces it, not stacks on it');
  assert.deepEqual(duties(engine, 'CN', '2026-01-05', 'ieepa_reciprocal'), duties(base, 'CN', '2026-01-05', 'ieepa_reciprocal'));
  assert.deepEqual(duties(engine, 'VN', '2025-07-01', 'ieepa_reciprocal'), duties(base, 'VN', '2025-07-01', 'ieepa_reciprocal'));
  assert.deepEqual(duties(engine, 'CN', '2025-07-01', 'section_301'), [...duties(base, 'CN', '2025-07-01', 'section_301'), ['9903.88.99', 50]]);
});
