import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { effectiveRate, type EffectiveRateInput } from '../../src/flows/effective-rate.js';
import type { DatePricer, LineToPrice, PricedLine, RatePricing } from '../../src/flows/effective-rate-types.js';
import type { ImportData, ImportLine } from '../../src/model/trade.js';

/**
 * The effective rate over a pricing written for these tests (made-up rates; the real duty engine is
 * tested over the shared data in app/effective-rate.test.ts): what is summed, left out and assumed.
 */

const EU = ['DE', 'FR', 'SK'];

/** Base rates by HS10 (percent, or 'specific'); a 10% "China" measure; a 50% duty on the metal content of chapter 73 goods. */
const BASE: Record<string, number | 'specific' | 'none'> = { '6109100012': 16.5, '8703230190': 2.5, '2709002010': 'specific', '7326908688': 2.9, '9801001000': 0, '0101210010': 'none' };

function answer(l: LineToPrice, date: string): PricedLine {
  const rate = BASE[l.hts];
  if (rate === undefined || rate === 'none') return { status: 'indeterminate', base_rate: '', base_duty_usd: null, additional: [], indeterminate: [`hts: ${l.hts} is not in the schedule`] };
  const cents = (pct: number, of = l.valueUsd) => Math.round(of * pct) / 100;
  const preferred = l.preference !== undefined;
  const additional: PricedLine['additional'][number][] = [];
  if (l.origin === 'CN' && date >= '2025-01-01') additional.push({ heading: '9903.88.03', program: 'section_301', description: 'List 3', duty_usd: cents(25) });
  if (l.origin === 'CA' && date >= '2025-03-04' && !preferred) additional.push({ heading: '9903.01.10', program: 'ieepa_fentanyl', description: 'Canada', duty_usd: cents(25) });
  if (l.hts.startsWith('73') && date >= '2025-06-04') additional.push({ heading: '9903.81.91', program: 'section_232', description: 'steel content', duty_usd: cents(50, l.metalContentUsd ?? l.valueUsd) });
  const base = rate === 'specific' ? null : preferred ? 0 : cents(rate);
  return {
    status: base === null ? 'indeterminate' : 'determined',
    base_rate: rate === 'specific' ? '5.25¢/bbl' : `${rate}%`,
    base_duty_usd: base,
    additional,
    ...(base === null ? { indeterminate: ['quantity: is required'] } : {}),
  };
}

function pricing(): RatePricing & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    on(date): DatePricer {
      asked.push(date);
      return { price: (l) => answer(l, date), taxesMetalContent: (hts) => hts.startsWith('73') && date >= '2025-06-04' };
    },
  };
}

const line = (partnerCode: string, partnerName: string, origin: string | undefined, product: string, valueUsd: number, calculatedDutyUsd = 0): ImportLine => ({
  partnerCode,
  partnerName,
  ...(origin ? { origin } : partnerCode === '0003' ? { euBlock: true as const } : {}),
  product,
  valueUsd,
  calculatedDutyUsd,
});

function data(lines: ImportLine[]): ImportData {
  return { weights: { file: 'w.csv', year: 2024, level: 'hs10', lines } };
}

const round = (n: number) => Number(n.toFixed(9));

const run = (lines: ImportLine[], date: string, extra: Partial<EffectiveRateInput> = {}) =>
  effectiveRate({ data: data(lines), date, pricing: pricing(), euMembers: EU, programOrder: ['section_301', 'section_232', 'ieepa_fentanyl'], ...extra });

test('duty over value, by program, country and chapter; chapters 98 and 99, unknown partners and unpriceable lines left out and said', () => {
  const r = run(
    [
      line('5700', 'CHINA', 'CN', '6109100012', 1000, 400),
      line('1220', 'CANADA', 'CA', '8703230190', 4000, 0),
      line('5700', 'CHINA', 'CN', '9801001000', 500, 0),
      line('9999', 'ATLANTIS', undefined, '6109100012', 300, 0),
      line('1220', 'CANADA', 'CA', '0101210010', 200, 0),
    ],
    '2025-04-10',
  );
  // CN: 165 base + 250 List 3; CA: 100 base + 1000 fentanyl.
  assert.equal(r.value_usd, 5000);
  assert.equal(r.duty_usd, 1515);
  assert.equal(round(r.rate_pct), 30.3);
  assert.deepEqual(r.by_program.map((p) => [p.key, p.duty_usd, p.value_usd]), [['base', 265, 5000], ['section_301', 250, 1000], ['ieepa_fentanyl', 1000, 4000]]);
  assert.deepEqual(r.by_country.map((c) => [c.key, round(c.rate_pct)]), [['CA', 27.5], ['CN', 41.5]]);
  assert.deepEqual(r.by_chapter.map((c) => c.key), ['61', '87']);
  assert.deepEqual(r.coverage.map((c) => [c.heading, c.value_usd, c.by_country.map((x) => x.country)]), [['9903.88.03', 1000, ['CN']], ['9903.01.10', 4000, ['CA']]]);
  assert.deepEqual(
    r.left_out.map((c) => [c.lines, c.value_usd]),
    [[1, 500], [1, 300], [1, 200]],
    'chapter 98, the unknown partner, the line the schedule cannot price',
  );
  assert.match(r.left_out[1]!.what, /ATLANTIS/);
  assert.match(r.left_out[2]!.what, /cannot price/);
});

test('the EU block is priced as one member, less the members the file also lists on their own', () => {
  const r = run([line('0003', 'EUROPEAN UNION', undefined, '6109100012', 1000, 100), line('4359', 'SLOVAKIA', 'SK', '6109100012', 250, 25)], '2025-04-10');
  assert.equal(r.value_usd, 1000, 'the block less Slovakia, plus Slovakia');
  assert.deepEqual(r.by_country.map((c) => [c.key, c.value_usd]), [['EU', 750], ['SK', 250]]);
  assert.ok(r.notes.some((n) => /SLOVAKIA/.test(n)));
  assert.deepEqual(r.realised.map((x) => [x.value_usd, x.duty_usd]), [[1000, 100], [1000, 100]], 'the realised rate counts Slovakia once');
});

test('a specific base rate takes the 2024 calculated duty less its 2024 chapter 99 duty, and says so', () => {
  const p = pricing();
  const r = effectiveRate({ data: data([line('5700', 'CHINA', 'CN', '2709002010', 1000, 300), line('1220', 'CANADA', 'CA', '2709002010', 1000, 7)]), date: '2025-04-10', pricing: p, euMembers: EU, programOrder: [] });
  // CN: 2024 duty 300 less 0 (the made-up List 3 starts in 2025) = 300 base, + 250 List 3; CA: 7 base + 250 fentanyl.
  assert.equal(r.duty_usd, 300 + 250 + 7 + 250);
  assert.deepEqual(p.asked, ['2025-04-10', '2024-07-01']);
  assert.equal(r.assumed[0]!.lines, 2);
  assert.match(r.assumed[0]!.what, /specific/);
});

test('a duty on the metal content takes the configured share, with the rate at none and at all beside it', () => {
  const lines = [line('5700', 'CHINA', 'CN', '7326908688', 1000, 29), line('5700', 'CHINA', 'CN', '6109100012', 1000, 165)];
  const r = run(lines, '2025-07-01');
  // 29 + 250 + 250 (50% of the half that is steel) and 165 + 250.
  assert.equal(r.duty_usd, 29 + 250 + 250 + 165 + 250);
  assert.deepEqual([r.metal_content.lines, round(r.metal_content.rate_pct_if_none), round(r.metal_content.rate_pct_if_all)], [1, round(((944 - 250) / 2000) * 100), round(((944 + 250) / 2000) * 100)]);
  assert.equal(round(run(lines, '2025-07-01', { metalContentShare: 1 }).rate_pct), round(r.metal_content.rate_pct_if_all));
});

test('preferences claimed as in 2024: the share 1 - calculated/statutory duty is priced under the agreement', () => {
  // Statutory base 100 on each; 2024 duty 20 shows 80% claimed; a duty-free line takes Canada's share.
  const r = run([line('1220', 'CANADA', 'CA', '8703230190', 4000, 20), line('1220', 'CANADA', 'CA', '9801001000', 10, 0)], '2025-04-10', { preferences: 'claimed-2024' });
  assert.equal(round(r.duty_usd), 220);
  assert.deepEqual(r.preferences?.map((p) => [p.country, p.program, round(p.claimed_pct)]), [['CA', 'S', 80]]);
  const statutory = run([line('1220', 'CANADA', 'CA', '8703230190', 4000, 20)], '2025-04-10');
  assert.equal(statutory.duty_usd, 1100);
  const half = run([line('1220', 'CANADA', 'CA', '8703230190', 4000, 20), line('5700', 'CHINA', 'CN', '8703230190', 4000, 20)], '2025-04-10', { usmcaShare: 0.5 });
  assert.equal(half.duty_usd, 550 + 1100, 'a USMCA share given is used on every Canadian line, and claims nothing for China');
  assert.deepEqual(half.preferences?.map((p) => [p.country, p.claimed_pct, p.how]), [['CA', 50, 'the share given, on every line']]);
  assert.match(half.notes[0]!, /USMCA claimed on 50% .*no other preference claimed/);
});

test('property: the rate is the duty over the value, whatever the lines; a line\'s share of value never makes the rate leave its lines\' range', () => {
  const origins = ['CN', 'CA', 'DE', 'MX'] as const;
  const products = ['6109100012', '8703230190', '7326908688'] as const;
  const arb = fc.uniqueArray(fc.record({ o: fc.constantFrom(...origins), p: fc.constantFrom(...products), v: fc.integer({ min: 1, max: 10_000_000 }) }), { selector: (l) => `${l.o}${l.p}`, minLength: 1 });
  fc.assert(
    fc.property(arb, fc.constantFrom('2024-12-31', '2025-04-10', '2025-07-01'), (ls, date) => {
      const r = run(ls.map((l) => line('0000', l.o, l.o, l.p, l.v)), date);
      assert.ok(Math.abs(r.rate_pct - (r.duty_usd / r.value_usd) * 100) < 1e-9);
      const rates = r.by_country.map((c) => c.rate_pct);
      assert.ok(r.rate_pct >= Math.min(...rates) - 1e-9 && r.rate_pct <= Math.max(...rates) + 1e-9);
      const programs = r.by_program.reduce((s, p) => s + p.duty_usd, 0);
      assert.ok(Math.abs(programs - r.duty_usd) < 1e-6, 'the programs add up to the duty');
    }),
  );
});
