import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { timeSeriesSvg, type TimeSeriesChart } from '../../src/charts/time-series.js';
import { groupedBarsSvg } from '../../src/charts/grouped-bars.js';
import { byClass, findAll, parseSvg, textOf } from '../helpers/svg-tree.js';

const chart = (over: Partial<TimeSeriesChart> = {}): TimeSeriesChart => ({
  title: 'T',
  notes: [],
  period: 1,
  unit: '$ bn',
  series: [],
  events: [],
  bands: [],
  formatValue: String,
  ...over,
});

test('a line breaks where a figure is missing, a lone figure gets a dot, and a missing bar is not drawn', () => {
  const points = [10, 12, undefined, 9, undefined, 14, 15].map((y, i) => ({ x: 2010 + i, y }));
  const svg = parseSvg(
    timeSeriesSvg(chart({ series: [{ key: 'a', label: 'A', kind: 'line', points }, { key: 'b', label: 'B', kind: 'bar', points }] })),
  );
  const line = findAll(svg, byClass('series-line'))[0]!;
  const path = findAll(line, (n) => n.name === 'path')[0]!;
  assert.equal(path.attrs['d']!.match(/M/g)!.length, 3, 'three runs: 2010-11, 2013, 2015-16');
  assert.equal(findAll(line, (n) => n.name === 'circle').length, 1, 'the lone 2013 figure');
  const bars = findAll(findAll(svg, byClass('series-bars'))[0]!, (n) => n.name === 'rect');
  assert.deepEqual(bars.map((b) => b.attrs['data-x']), ['2010', '2011', '2013', '2015', '2016']);
});

test('bar heights are proportional to their values, from the zero line up or down', () => {
  fc.assert(
    fc.property(fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 1, maxLength: 30 }), (values) => {
      const points = values.map((y, i) => ({ x: 2000 + i, y }));
      const svg = parseSvg(timeSeriesSvg(chart({ series: [{ key: 'b', label: 'B', kind: 'bar', points }] })));
      const bars = findAll(svg, (n) => n.name === 'rect' && n.attrs['data-value'] !== undefined);
      assert.equal(bars.length, values.length);
      const unit = bars.map((b) => Number(b.attrs['height']) / Math.abs(Number(b.attrs['data-value']))).filter((u) => Number.isFinite(u));
      for (const u of unit) assert.ok(Math.abs(u - unit[0]!) < 0.05 * unit[0]! + 0.02, `${u} vs ${unit[0]}`);
    }),
    { numRuns: 50 },
  );
});

test('events inside the period are marked with their label, those outside are not; gaps are shaded and named', () => {
  const points = [1, 2, 3, 4].map((y, i) => ({ x: 2018 + i, y }));
  const svg = parseSvg(
    timeSeriesSvg(
      chart({
        series: [{ key: 'a', label: 'A', kind: 'line', points }],
        events: [
          { x: 2019.5, label: 'inside' },
          { x: 2030, label: 'outside' },
        ],
        bands: [{ from: 2019, to: 2021, label: 'no exports' }],
      }),
    ),
  );
  assert.deepEqual(findAll(svg, byClass('event')).map(textOf), ['inside']);
  assert.deepEqual(findAll(svg, byClass('gap')).map(textOf), ['no exports']);
  assert.match(textOf(findAll(svg, byClass('legend'))[0]!), /A.*gap in the data.*event/);
});

test('grouped bars: one bar per series and group, `..` for a figure not in the data, annotations over their bars', () => {
  const svg = parseSvg(
    groupedBarsSvg({
      title: 'G',
      notes: ['a note'],
      unit: '$ bn',
      series: ['s1', 's2'],
      groups: [
        { label: 'one', values: [10, 20], annotations: [undefined, '50%'] },
        { label: 'two', sublabel: '2021', values: [5, undefined] },
      ],
      formatValue: String,
    }),
  );
  const rects = findAll(svg, (n) => n.name === 'rect' && n.attrs['data-value'] !== undefined);
  assert.deepEqual(rects.map((r) => r.attrs['data-value']), ['10', '20', '5']);
  assert.equal(Number(rects[1]!.attrs['height']), 2 * Number(rects[0]!.attrs['height']));
  assert.deepEqual(findAll(svg, byClass('not-in-data')).map(textOf), ['..']);
  assert.match(textOf(svg), /50%/);
  assert.deepEqual(findAll(svg, byClass('chart-note')).map(textOf), ['a note']);
});
