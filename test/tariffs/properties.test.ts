import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { computeDuty } from '../../src/tariffs/duty.js';
import { TariffEngine } from '../../src/tariffs/engine.js';
import { parseEntryLine } from '../../src/tariffs/entry.js';
import { sharedTariffEngine } from '../helpers/tariffs.js';

/**
 * The properties over the real pack: duty is never negative; claiming an exclusion never
 * raises it; a date before every chapter 99 window yields the column 1 (or column 2) duty only.
 * Lines are drawn from the schedule's own numbers, origins from those the measures name.
 */

let engine: TariffEngine;
let codes: string[];
let exclusionHeadings: string[];
let firstMeasure: string;
const ORIGINS = ['CN', 'HK', 'CA', 'MX', 'DE', 'FR', 'GB', 'JP', 'KR', 'VN', 'IN', 'BR', 'CH', 'TR', 'AR', 'AU', 'RU', 'CU', 'US', 'TW', 'CL', 'IE'];

before(async () => {
  engine = await sharedTariffEngine();
  codes = Object.keys(engine.pack.lines).filter((c) => !c.startsWith('98') && !c.startsWith('99'));
  exclusionHeadings = [...new Set(engine.pack.measures.filter((m) => m.exclusion).map((m) => m.heading))];
  firstMeasure = engine.pack.measures.reduce((min, m) => (m.from < min ? m.from : min), '9999-12-31');
});

const DAY = 86_400_000;
function isoOf(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}
const from2017 = Date.parse('2017-01-01T00:00:00Z') / DAY;
const to2026 = Date.parse('2026-12-31T00:00:00Z') / DAY;

function lineArb(minDay = from2017, maxDay = to2026) {
  return fc.record({
    hts: fc.integer({ min: 0, max: 1_000_000 }).map((i) => codes[i % codes.length]!),
    country_of_origin: fc.constantFrom(...ORIGINS),
    entry_date: fc.integer({ min: minDay, max: maxDay }).map(isoOf),
    customs_value_usd: fc.integer({ min: 0, max: 10_000_000_00 }).map((c) => c / 100),
    quantity: fc.integer({ min: 0, max: 1_000_000 }),
    quantity_2: fc.integer({ min: 0, max: 1_000_000 }),
    export_date_days_before: fc.option(fc.integer({ min: 0, max: 90 })),
    usmca_qualifying: fc.boolean(),
    metal_share: fc.option(fc.integer({ min: 0, max: 100 })),
  });
}

type Drawn = ReturnType<typeof lineArb> extends fc.Arbitrary<infer T> ? T : never;

function entry(d: Drawn, extra: Record<string, unknown> = {}): ReturnType<typeof parseEntryLine> {
  const raw: Record<string, unknown> = {
    hts: d.hts,
    country_of_origin: d.country_of_origin,
    entry_date: d.entry_date,
    customs_value_usd: d.customs_value_usd,
    quantity: d.quantity,
    quantity_2: d.quantity_2,
    usmca_qualifying: d.usmca_qualifying,
    ...extra,
  };
  if (d.export_date_days_before !== null) raw.export_date = isoOf(Date.parse(`${d.entry_date}T00:00:00Z`) / DAY - d.export_date_days_before);
  if (d.metal_share !== null) raw.metal_content_value_usd = Math.floor(d.customs_value_usd * d.metal_share) / 100;
  return parseEntryLine(raw);
}

const OPTIONS = { lenient: true, missingMetalContent: 'full_value' as const };

test('property: duty is never negative, and a determined total is the sum of its rounded lines', () => {
  fc.assert(
    fc.property(lineArb(), (d) => {
      const a = computeDuty(engine, entry(d), OPTIONS);
      assert.ok(a.base_duty_usd === null || a.base_duty_usd >= 0);
      for (const x of a.additional) assert.ok(x.duty_usd >= 0, `${x.heading} ${x.duty_usd}`);
      if (a.status === 'determined') {
        const sum = Math.round((a.base_duty_usd! + a.additional.reduce((s, x) => s + x.duty_usd, 0)) * 100);
        assert.equal(Math.round(a.total_duty_usd! * 100), sum);
      } else assert.equal(a.total_duty_usd, null);
      assert.ok(a.fees.mpf_usd >= 0 && a.fees.hmf_usd >= 0);
    }),
    { numRuns: 400 },
  );
});

test('property: claiming an exclusion never raises the duty', () => {
  fc.assert(
    fc.property(lineArb(Date.parse('2018-07-06T00:00:00Z') / DAY), fc.integer({ min: 0, max: 10_000 }), (d, pick) => {
      const heading = exclusionHeadings[pick % exclusionHeadings.length]!;
      const without = computeDuty(engine, entry(d), OPTIONS);
      const withClaim = computeDuty(engine, entry(d, { claimed_exclusion_heading: heading }), OPTIONS);
      if (without.status !== 'determined' || withClaim.status !== 'determined') return;
      assert.ok(withClaim.total_duty_usd! <= without.total_duty_usd!, `${heading}: ${withClaim.total_duty_usd} > ${without.total_duty_usd}`);
    }),
    { numRuns: 300 },
  );
});

test('property: a date before every chapter 99 window yields the column 1 or column 2 duty only', () => {
  const lastQuiet = Date.parse(`${firstMeasure}T00:00:00Z`) / DAY - 1;
  assert.equal(firstMeasure, '2018-03-23');
  fc.assert(
    fc.property(lineArb(from2017, lastQuiet), (d) => {
      const a = computeDuty(engine, entry(d), OPTIONS);
      assert.deepEqual(a.additional, []);
      if (a.status === 'determined') assert.equal(a.total_duty_usd, a.base_duty_usd);
    }),
    { numRuns: 300 },
  );
});

test('property: a date answers alike on an engine that resolved other dates of its law period and on a fresh one', () => {
  // The shared engine has seen the dates of the tests above; the fresh one resolves only this date.
  fc.assert(
    fc.property(lineArb(), (d) => {
      const line = entry(d);
      const shared = computeDuty(engine, line, OPTIONS);
      const fresh = computeDuty(new TariffEngine(engine.pack), line, OPTIONS);
      assert.deepEqual(shared, fresh);
    }),
    { numRuns: 25 },
  );
});
