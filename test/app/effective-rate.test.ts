import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { effectiveRatesOf } from '../../src/app/effective-rate.js';
import { loadImportData } from '../../src/ingest/trade/load.js';
import type { ImportData } from '../../src/model/trade.js';
import { measuresInForce, withMeasures, type Measure, type TariffPack } from '../../src/tariffs/index.js';
import { STACKING_RULES } from '../../src/tariffs/stacking.js';
import { dataPath } from '../helpers/data.js';
import { sharedTariffPack } from '../helpers/tariffs.js';

/**
 * The effective rate over the shared 2024 import weights and the tariff pack built from the shared
 * tariff data: the realised 2024 rate, the rate before the 2025 measures, and the properties the issue
 * asks for (a measure ended never raises the rate; an overlay that changes nothing changes no number).
 */

let pack: TariffPack;
let data: ImportData;
/** Every 25th line: enough lines that most measures reach some, few enough to price many times. */
let sample: ImportData;
before(async () => {
  pack = await sharedTariffPack();
  data = (await loadImportData(dataPath('trade', 'imports-2024'))).data;
  sample = { ...data, weights: { ...data.weights, lines: data.weights.lines.filter((_, i) => i % 25 === 0) } };
});

test('the realised 2024 rate: 2.34% over all partners (HS2 totals), 2.36% over the HS10 weights, Slovakia counted once', () => {
  const [r] = effectiveRatesOf(pack, data, ['2025-01-01']);
  const [hs2, hs10, priced] = r!.realised;
  assert.equal(hs2!.rate_pct.toFixed(2), '2.34');
  assert.equal((hs2!.value_usd / 1e9).toFixed(1), '3251.2');
  assert.equal(hs10!.rate_pct.toFixed(2), '2.36');
  assert.equal((hs10!.value_usd / 1e9).toFixed(1), '3208.8', 'the weights\' $3,208.8 bn: Slovakia is inside the EU block');
  assert.ok(priced!.value_usd < hs10!.value_usd);

  // Before the 2025 measures: the base rates, Section 301 and the 2018 Section 232 duties only.
  assert.deepEqual(r!.by_program.map((p) => p.key), ['base', 'section_301', 'section_232']);
  assert.ok(r!.rate_pct > 3 && r!.rate_pct < 4.5, `${r!.rate_pct}`);
  const s301 = r!.by_program.find((p) => p.key === 'section_301')!;
  assert.ok(s301.rate_pct > 1.2 && s301.rate_pct < 1.6, `List 1-4A on 2024 Chinese imports: ${s301.rate_pct} points`);
  assert.deepEqual([...new Set(r!.coverage.filter((c) => c.program === 'section_301').flatMap((c) => c.by_country.map((x) => x.country)))], ['CN']);
  // What is left out or assumed is said, with its value.
  assert.match(r!.left_out[0]!.what, /^chapters 98 and 99/);
  assert.equal((r!.left_out[0]!.value_usd / 1e9).toFixed(1), '124.6');
  assert.ok(r!.assumed.some((c) => /specific or compound/.test(c.what) && c.share_pct > 5), 'crude oil and other specific rates carry about a tenth of the value');
  assert.ok(r!.value_usd + r!.left_out.reduce((s, c) => s + c.value_usd, 0) - r!.weights.value_usd < 1);
});

test('claiming preferences as in 2024 brings the rate before the 2025 measures near the realised rate', () => {
  const [claimed] = effectiveRatesOf(pack, sample, ['2025-01-01'], { preferences: 'claimed-2024' });
  const [statutory] = effectiveRatesOf(pack, sample, ['2025-01-01']);
  const realised = claimed!.realised.at(-1)!.rate_pct;
  assert.ok(claimed!.rate_pct < statutory!.rate_pct);
  assert.ok(Math.abs(claimed!.rate_pct - realised) < Math.abs(statutory!.rate_pct - realised));
  const ca = claimed!.preferences!.find((p) => p.country === 'CA')!;
  assert.equal(ca.program, 'S');
  assert.ok(ca.claimed_pct > 50);
});

test('a larger USMCA share never raises the rate on the IEEPA dates, touches only Canada and Mexico, and is said', () => {
  const date = '2025-04-10';
  const [none, some, all] = [0, 0.45, 1].map((usmcaShare) => effectiveRatesOf(pack, sample, [date], { usmcaShare })[0]!);
  assert.ok(some!.rate_pct < none!.rate_pct && all!.rate_pct < some!.rate_pct, `${none!.rate_pct} ${some!.rate_pct} ${all!.rate_pct}`);
  const rateOf = (r: typeof none, country: string): number => r!.by_country.find((c) => c.key === country)!.rate_pct;
  for (const country of ['CA', 'MX']) assert.ok(rateOf(all, country) < rateOf(none, country), country);
  for (const country of ['CN', 'JP']) assert.equal(rateOf(all, country), rateOf(none, country), country);
  assert.match(some!.notes[0]!, /USMCA claimed on 45% of every Canadian and Mexican line/);
});

/** Classes whose measures take others off a line (the stacking table): ending one may let another in. */
const DISPLACING = new Set(STACKING_RULES.flatMap((r) => r.when));

function displacesNothing(m: Measure): boolean {
  return !m.group && !m.exclusion && !m.noticeOnly && !DISPLACING.has(m.stacking) && m.rate.kind !== 'none';
}

function dayBefore(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}

test('property: ending a measure that takes no other off a line never raises the rate, nor any country\'s', () => {
  const date = '2025-06-01';
  const [base] = effectiveRatesOf(pack, sample, [date]);
  const charged = new Set(base!.coverage.map((c) => c.heading));
  const candidates = measuresInForce(pack, date).filter((m) => displacesNothing(m) && charged.has(m.heading));
  assert.ok(candidates.length > 5);
  fc.assert(
    fc.property(fc.constantFrom(...candidates), (m) => {
      const ended = withMeasures(pack, m.from === date ? { remove: [m.id] } : { end: [{ id: m.id, until: dayBefore(date) }] });
      const [after] = effectiveRatesOf(ended, sample, [date]);
      assert.ok(after!.rate_pct <= base!.rate_pct + 1e-9, `${m.id}: ${after!.rate_pct} > ${base!.rate_pct}`);
      for (const c of after!.by_country) assert.ok(c.rate_pct <= base!.by_country.find((b) => b.key === c.key)!.rate_pct + 1e-9, `${m.id} raised ${c.key}`);
    }),
    { numRuns: 4 },
  );
});

test('the law itself is not monotone: ending Section 232 on Chinese cars in April 2025 lets the 125% reciprocal duty back in', () => {
  const date = '2025-04-10';
  const autos = measuresInForce(pack, date).filter((m) => m.stacking === 's232_auto');
  assert.ok(autos.length > 0);
  const cars = { ...data, weights: { ...data.weights, lines: data.weights.lines.filter((l) => l.origin === 'CN' && l.product.startsWith('870323')) } };
  const [before] = effectiveRatesOf(pack, cars, [date]);
  const [after] = effectiveRatesOf(withMeasures(pack, { end: autos.map((m) => ({ id: m.id, until: dayBefore(date) })) }), cars, [date]);
  assert.ok(after!.rate_pct > before!.rate_pct, `${after!.rate_pct} <= ${before!.rate_pct}`);
});

test('property: an overlay that changes nothing changes no number', () => {
  const date = '2026-03-01';
  const [base] = effectiveRatesOf(pack, sample, [date]);
  const inForce = measuresInForce(pack, date);
  fc.assert(
    fc.property(fc.constantFrom(...inForce), (m) => {
      const same = withMeasures(pack, { change: [{ id: m.id, set: { rate: m.rate, countries: m.countries } }], label: 'no-op' });
      assert.deepStrictEqual(effectiveRatesOf(same, sample, [date]), [base]);
    }),
    { numRuns: 3 },
  );
});
