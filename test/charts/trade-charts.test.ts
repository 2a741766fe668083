import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { loadBalanceData } from '../../src/ingest/trade/load.js';
import type { BalanceData } from '../../src/model/trade.js';
import { tradeBalance } from '../../src/flows/balance.js';
import type { CommitmentsReport } from '../../src/flows/commitments-types.js';
import { balanceChartSvg } from '../../src/charts/balance-chart.js';
import { commitmentsChartSvg } from '../../src/charts/commitments-chart.js';
import { byClass, findAll, parseSvg, textOf, type SvgNode } from '../helpers/svg-tree.js';
import { dataPath } from '../helpers/data.js';

let balance: BalanceData;
before(async () => {
  balance = (await loadBalanceData(dataPath('trade'))).data;
});

const barsOf = (svg: SvgNode, series: string) => findAll(findAll(svg, (n) => n.attrs['data-series'] === series)[0]!, (n) => n.name === 'rect');

test('balance by year: a bar per year at the published balance, the three policy events marked and cited, the part year starred', () => {
  const report = tradeBalance(balance, { partner: 'CN', from: 2016, to: 2026 });
  const svg = parseSvg(balanceChartSvg(report));
  const bars = barsOf(svg, 'balance');
  assert.equal(bars.length, 11);
  const year2017 = bars.find((b) => b.attrs['data-x'] === '2017')!;
  assert.equal(Number(year2017.attrs['data-value']).toFixed(1), '-375.2');
  assert.deepEqual(findAll(svg, byClass('event')).map(textOf), [
    '2018 Section 301 tariffs begin (List 1)',
    '2020 Phase One agreement in force',
    '2025 IEEPA tariffs on China begin',
  ]);
  const notes = findAll(svg, byClass('chart-note')).map(textOf).join(' ');
  assert.match(notes, /83 FR 28710/);
  assert.match(notes, /Executive Order 14195, 90 FR 9121/);
  assert.match(notes, /2026\*: 4 months only/);
  assert.match(textOf(findAll(svg, byClass('time-axis'))[0]!), /2026\*/);
});

test('balance by month: the 2021-2023 export gap is shaded and breaks the exports line; the later vintage fills 2026-02..04', () => {
  const report = tradeBalance(balance, { partner: 'CN', from: 2020, monthly: true });
  const svg = parseSvg(balanceChartSvg(report));
  const gaps = findAll(svg, byClass('gap'));
  assert.ok(gaps.length >= 2, `${gaps.length} gaps`);
  assert.match(textOf(gaps[0]!), /no exports/);
  const exportsPath = findAll(findAll(svg, (n) => n.attrs['data-series'] === 'exports')[0]!, (n) => n.name === 'path')[0]!;
  assert.ok(exportsPath.attrs['d']!.match(/M/g)!.length >= 2);
  // No bar stands where the balance is not in the main series.
  assert.ok(!barsOf(svg, 'balance').some((b) => b.attrs['data-x'] === String(2021 + 3 / 12)));
  const revised = findAll(svg, (n) => n.attrs['data-series'] === 'revised-balance')[0]!;
  assert.match(textOf(findAll(svg, byClass('legend'))[0]!), /balance, later vintage \(2026-06\)/);
  assert.ok(findAll(revised, (n) => n.name === 'path').length === 1);
});

test('commitments: baseline, target and purchases per category and year, the share written over the purchases, services left out and said so', () => {
  const row = (year: number, group: string, name: string, baseline: number, target: number, actual: number | undefined, months: number) => ({
    year,
    group,
    name,
    baselineUsd: baseline * 1e9,
    committedIncreaseUsd: (target - baseline) * 1e9,
    targetUsd: target * 1e9,
    actualUsd: actual === undefined ? undefined : actual * 1e9,
    monthsOfData: months,
    shareOfTarget: actual === undefined ? undefined : actual / target,
    notes: [],
  });
  const report = {
    agreement: { id: 'phase-one', title: 'Phase One', partner: 'CN', citations: ['Art. 6.2'] },
    baselineYear: 2017,
    years: [2020, 2021],
    rows: [
      row(2020, 'manufactures', 'Manufactured goods', 50, 83, 52, 12),
      row(2020, 'goods', 'Goods covered', 79, 143, 89, 12),
      { year: 2020, group: 'services', name: 'Services', committedIncreaseUsd: 12.8e9, monthsOfData: 0, notes: [] },
      row(2021, 'goods', 'Goods covered', 79, 177, undefined, 0),
    ],
    basis: 'US export statistics',
    concordance: 'Annex 6.1',
    dataEnds: '2020-12',
    notes: [],
    sources: { exports: 'x.csv', commitments: 'y.csv', agreement: ['Art. 6.2'] },
  } as CommitmentsReport;
  const svg = parseSvg(commitmentsChartSvg(report));
  const groups = findAll(svg, byClass('bar-group'));
  assert.deepEqual(groups.map((g) => findAll(g, (n) => n.name === 'text').map(textOf).slice(-2).join(' ')), [
    'Manufactured goods 2020',
    'Goods covered 2020',
    'Goods covered 2021',
  ]);
  assert.match(textOf(groups[0]!), /62\.7%/);
  assert.deepEqual(findAll(groups[2]!, byClass('not-in-data')).map(textOf), ['..']);
  const notes = findAll(svg, byClass('chart-note')).map(textOf).join(' ');
  assert.match(notes, /Services are committed too but not drawn/);
  assert.match(notes, /measured by US export statistics/);
});
