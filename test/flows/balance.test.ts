import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { BalanceData, TradeMonth } from '../../src/model/trade.js';
import { loadBalanceData } from '../../src/ingest/trade/load.js';
import { tradeBalance } from '../../src/flows/balance.js';
import type { BalanceYear } from '../../src/flows/balance-types.js';
import { dataPath } from '../helpers/data.js';

let shared: BalanceData;
before(async () => {
  shared = (await loadBalanceData(dataPath('trade'))).data;
});

const bn = (usd: number | undefined) => (usd === undefined ? undefined : Number((usd / 1e9).toFixed(1)));
const yearOf = (year: number): BalanceYear => tradeBalance(shared, { partner: 'CN', from: year, to: year }).years![0]!;

test('2017: the $375.2 billion deficit of the talks, summed from the twelve Census months', () => {
  const y = yearOf(2017);
  assert.equal(bn(y.balanceUsd), -375.2);
  // Exact sums of the monthly figures (given to the tenth of a million); the balance is exports minus imports.
  assert.deepEqual([y.exportsUsd, y.importsUsd, y.balanceUsd], [129_997_300_000, 505_165_200_000, -375_167_900_000]);
  assert.equal(y.basis, 'months');
  assert.equal(y.months, 12);
  assert.deepEqual(y.sources, ['trade-stats/census_c5700_us_china_monthly_2001_2019.csv']);
});

test('2025: -202.1 as first published for the full year, the June 2026 revision and the January-November figure named beside it', () => {
  const y = yearOf(2025);
  assert.equal(bn(y.balanceUsd), -202.1);
  assert.deepEqual([bn(y.exportsUsd), bn(y.importsUsd)], [106.3, 308.4]);
  assert.deepEqual(y.sources, ['c5700_scrape_2026-03', 'budgetlab_haver_M924Z0']);
  assert.deepEqual(
    y.others.map((o) => [o.vintage, o.months, bn(o.balanceUsd)]),
    [
      ['2026-06-17', 12, -202.7],
      ['2026-02-19', 11, -189.4],
    ],
  );
});

test('years without monthly exports come from the latest full-year total, the monthly gap said', () => {
  const y2021 = yearOf(2021);
  assert.equal(y2021.basis, 'annual_total');
  assert.equal(y2021.vintage, '2026-02-19');
  assert.equal(bn(y2021.balanceUsd), -352.8);
  assert.deepEqual(y2021.notes, ['monthly exports not in the main series for 2021-03..2021-12']);
  assert.deepEqual(y2021.others.map((o) => [o.vintage, bn(o.balanceUsd)]), [['2022-02-08', -355.3]]);
  const y2023 = yearOf(2023);
  assert.equal(y2023.vintage, '2026-06-17');
  assert.match(y2023.notes[0]!, /2023-01\.\.2023-08, 2023-10\.\.2023-12/);
});

test('2020: summed from months, two of them estimates, and the published Census figure beside it', () => {
  const y = yearOf(2020);
  assert.equal(y.basis, 'months');
  assert.match(y.notes.join(), /estimates, not published figures: exports 2020-11 .*exports 2020-12/);
  assert.deepEqual(y.others.map((o) => bn(o.balanceUsd)), [-310.8]);
});

test('the current year is a year to date, with its months named', () => {
  const y = yearOf(2026);
  assert.equal(y.basis, 'year_to_date');
  assert.equal(y.months, 4);
  assert.equal(y.vintage, '2026-06-17');
  assert.equal(y.notes[0], 'year to date: 2026-01..2026-04');
});

test('by month: a missing flow has no figure and no balance, never a zero; revisions carry their vintage', () => {
  const report = tradeBalance(shared, { partner: 'CN', from: 2021, to: 2026, monthly: true });
  const month = (m: string) => report.months!.find((r) => r.month === m)!;
  const gap = month('2021-03');
  assert.equal(gap.exportsUsd, undefined);
  assert.equal(gap.balanceUsd, undefined);
  assert.equal(bn(gap.importsUsd), 39.9);
  assert.deepEqual(gap.notes, ['exports not in the data']);
  assert.equal(month('2023-09').exportsUsd, 11_780_200_000);
  assert.deepEqual(month('2025-12').revision, { exportsUsd: 8_313_500_000, importsUsd: 21_106_800_000, balanceUsd: -12_793_300_000, vintage: '2026-06' });
  assert.equal(month('2026-03').exportsUsd, undefined);
  assert.equal(month('2026-03').revision?.vintage, '2026-06');
  assert.equal(report.months!.at(-1)!.month, '2026-12', 'an explicit --to runs to the end of that year');
  assert.deepEqual(month('2026-06').notes, ['no figures for this month in the data']);
  const open = tradeBalance(shared, { partner: 'CN', from: 2026, monthly: true });
  assert.equal(open.months!.at(-1)!.month, '2026-04', 'without --to the months stop where the data does');
});

test('a year outside the data is a row without figures, said so', () => {
  const y = yearOf(1995);
  assert.equal(y.basis, 'none');
  assert.equal(y.balanceUsd, undefined);
  assert.deepEqual(y.notes, ['no figures for this year in the data']);
});

test('property: a year of complete months is their exact sum; a year with a gap is never summed as if the gap were zero', () => {
  const month = fc.option(fc.record({ exports: fc.integer({ min: 0, max: 50_000 }), imports: fc.integer({ min: 0, max: 50_000 }) }), { freq: 4, nil: undefined });
  fc.assert(
    fc.property(fc.array(month, { minLength: 12, maxLength: 12 }), (cells) => {
      const months: TradeMonth[] = cells.flatMap((c, i) => {
        if (!c) return [];
        const m = `2030-${String(i + 1).padStart(2, '0')}`;
        return [{ month: m, exports: { usd: c.exports * 1e5, source: 's' }, imports: { usd: c.imports * 1e5, source: 's' } }];
      });
      const data: BalanceData = { series: [{ file: 'f', partner: 'CN', vintage: 'main', months }], annual: [] };
      const y = tradeBalance(data, { partner: 'CN', from: 2030, to: 2030 }).years![0]!;
      if (months.length === 12) {
        assert.equal(y.basis, 'months');
        assert.equal(y.exportsUsd, months.reduce((s, m) => s + m.exports!.usd, 0));
        assert.equal(y.balanceUsd, y.exportsUsd! - y.importsUsd!);
      } else {
        assert.notEqual(y.basis, 'months');
        assert.ok(y.months === undefined || y.months < 12);
        if (y.basis === 'year_to_date') assert.ok(y.notes[0]!.startsWith('year to date'));
      }
    }),
  );
});
