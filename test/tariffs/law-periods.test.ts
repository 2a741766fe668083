import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { dayAfter, LawPeriods } from '../../src/tariffs/law-periods.js';
import type { TariffPack } from '../../src/tariffs/pack.js';

type PeriodInputs = Pick<TariffPack, 'editions' | 'measures' | 'productSets'>;

/** A pack reduced to the dates LawPeriods reads: every other field is irrelevant to it. */
function packOf(input: { editions: string[]; measures: [string, string?][]; entries: [string | null, string | null][] }): PeriodInputs {
  return {
    editions: input.editions.map((from, i) => ({ id: `e${i}`, label: `e${i}`, from, source: 'test' })),
    measures: input.measures.map(([from, until], i) => ({ id: `m${i}`, from, ...(until === undefined ? {} : { until }) })),
    productSets: { s: { id: 's', label: 's', entries: ['01', ...input.entries.map(([from, until]): [string, string | null, string | null] => ['0201', from, until])], source: 'test', curated: false } },
  } as unknown as PeriodInputs;
}

test('a period starts where an edition, a measure or a set membership starts, and the day after one ends', () => {
  const periods = new LawPeriods(
    packOf({ editions: ['2018-01-01', '2019-01-01'], measures: [['2018-07-06', '2019-05-09'], ['2018-09-24']], entries: [['2018-08-23', '2018-12-31'], [null, '2018-03-31']] }),
  );
  const table: [string, string][] = [
    ['2017-12-31', ''],
    ['2018-01-01', '2018-01-01'],
    ['2018-03-31', '2018-01-01'],
    ['2018-04-01', '2018-04-01'], // the day after a membership ends
    ['2018-07-05', '2018-04-01'],
    ['2018-07-06', '2018-07-06'], // a measure starts
    ['2018-08-23', '2018-08-23'], // a membership starts
    ['2018-09-24', '2018-09-24'],
    ['2018-12-31', '2018-09-24'],
    ['2019-01-01', '2019-01-01'], // an edition, and the day after a membership ends
    ['2019-05-09', '2019-01-01'], // a measure's last day is still in its period
    ['2019-05-10', '2019-05-10'],
    ['2026-12-31', '2019-05-10'],
  ];
  for (const [date, period] of table) assert.equal(periods.periodOf(date), period, date);
});

test('dayAfter crosses months, years and leap days', () => {
  assert.equal(dayAfter('2024-02-28'), '2024-02-29');
  assert.equal(dayAfter('2024-02-29'), '2024-03-01');
  assert.equal(dayAfter('2025-02-28'), '2025-03-01');
  assert.equal(dayAfter('2025-12-31'), '2026-01-01');
});

const DAY = 86_400_000;
const isoDay = fc.integer({ min: 17_000, max: 21_000 }).map((d) => new Date(d * DAY).toISOString().slice(0, 10));

test('property: a date lies in the period periodOf names, and no change falls between its start and the date', () => {
  fc.assert(
    fc.property(fc.uniqueArray(isoDay, { minLength: 1, maxLength: 12 }), isoDay, (days, date) => {
      const periods = new LawPeriods(packOf({ editions: [], measures: days.map((d) => [d]), entries: [] }));
      const start = periods.periodOf(date);
      assert.ok(start <= date);
      assert.ok(start === '' || days.includes(start));
      assert.ok(!days.some((d) => d > start && d <= date), `${start} .. ${date}`);
      assert.equal(dayAfter(date) > date, true);
    }),
  );
});
