import { test } from 'node:test';
import assert from 'node:assert/strict';
import { effectiveRateChartSvg } from '../../src/charts/effective-rate-chart.js';
import type { EffectiveRateReport } from '../../src/flows/effective-rate-types.js';
import { publishedRateOn } from '../../src/flows/published-rates.js';
import { byClass, findAll, parseSvg, textOf } from '../helpers/svg-tree.js';

/** Reports written for this test (made-up figures): the chart's structure, not the rates. */
function report(date: string, programs: Record<string, number>): EffectiveRateReport {
  const by_program = Object.entries(programs).map(([key, rate_pct]) => ({ key, value_usd: 1, duty_usd: rate_pct, rate_pct, programs: {} }));
  return {
    date,
    weights: { file: 'w.csv', year: 2024, lines: 1, value_usd: 100 },
    rate_pct: Object.values(programs).reduce((s, v) => s + v, 0),
    value_usd: 100,
    duty_usd: 0,
    by_program,
    by_country: [],
    by_chapter: [],
    coverage: [],
    left_out: [],
    assumed: [],
    metal_content: { share: 0.5, lines: 0, value_usd: 0, rate_pct_if_none: 0, rate_pct_if_all: 0 },
    realised: [],
    notes: [],
  };
}

test('the rate at each date stacked by program, the total over each bar, the Budget Lab figure across it where there is one', () => {
  const reports = [report('2025-01-01', { base: 2.2, section_301: 1.4 }), report('2026-06-30', { base: 2.2, section_301: 1.5, section_232: 10, section_122: 3.3 })];
  const svg = parseSvg(effectiveRateChartSvg(reports, reports.map((r) => publishedRateOn(r.date))));
  const columns = findAll(svg, byClass('column'));
  assert.equal(columns.length, 2);
  assert.deepEqual(
    findAll(columns[1]!, (n) => n.name === 'rect').map((r) => Number(r.attrs['data-value'])),
    [2.2, 1.5, 10, 3.3],
  );
  assert.match(textOf(columns[1]!), /17\.0/);
  const refs = findAll(svg, byClass('reference'));
  assert.deepEqual(refs.map((r) => r.attrs['data-value']), ['2.4'], 'no Budget Lab figure is known for 2026-06-30');
  assert.match(textOf(findAll(svg, byClass('legend'))[0]!), /Section 232.*Budget Lab published rate/);
  assert.match(findAll(svg, byClass('chart-note')).map(textOf).join(' '), /State of U\.S\. Tariffs: July 14, 2025/);
});
