import { CHART_CONFIG } from './config.js';
import { chartFrame, type ChartText, type Plot } from './frame.js';
import type { LegendItem } from './legend.js';
import { linearScale, type Scale } from './scale.js';
import { el, num, text } from './svg.js';
import { timeAxis } from './time-axis.js';
import { textWidth } from './text-layout.js';
import { valueAxis } from './value-axis.js';

/**
 * A chart of figures over time: lines and bars per period, dated events as marked verticals, and shaded
 * bands where the data has gaps. A missing figure is drawn as nothing (a line breaks there), never as 0.
 */

export interface TimePoint {
  /** The start of the period, in fractional years (2021.25 is April 2021). */
  x: number;
  y: number | undefined;
}

export interface TimeSeries {
  label: string;
  kind: 'line' | 'bar';
  /** A key for styling and tests, e.g. `exports`. */
  key: string;
  points: readonly TimePoint[];
}

/** Something that happened on a date, marked by a dashed vertical. */
export interface TimeEvent {
  x: number;
  label: string;
}

/** A stretch of time the data lacks some figure for. */
export interface TimeBand {
  from: number;
  to: number;
  label: string;
}

export interface TimeSeriesChart extends ChartText {
  /** The length of one period in years: 1 for annual figures, 1/12 for monthly ones. */
  period: number;
  unit: string;
  series: readonly TimeSeries[];
  events: readonly TimeEvent[];
  bands: readonly TimeBand[];
  formatValue: (value: number) => string;
  /** The year as written under the axis (e.g. with a mark for a part year). */
  yearLabel?: (year: number) => string;
}

function colorOf(chart: TimeSeriesChart, series: TimeSeries): string {
  const { palette } = CHART_CONFIG;
  return palette[chart.series.indexOf(series) % palette.length]!;
}

function lineSvg(s: TimeSeries, color: string, x: Scale, y: Scale, period: number): string {
  const runs: TimePoint[][] = [];
  let run: TimePoint[] = [];
  for (const p of [...s.points].sort((a, b) => a.x - b.x)) {
    if (p.y === undefined) {
      if (run.length) runs.push(run);
      run = [];
    } else run.push(p);
  }
  if (run.length) runs.push(run);
  const at = (p: TimePoint) => `${num(x(p.x + period / 2))} ${num(y(p.y!))}`;
  const d = runs.map((r) => `M${r.map(at).join(' L')}`).join(' ');
  // A figure with no neighbour would be a path of one point, which draws nothing: it gets a dot.
  const dots = runs.filter((r) => r.length === 1).map((r) => el('circle', { cx: x(r[0]!.x + period / 2), cy: y(r[0]!.y!), r: 3, fill: color }));
  return el('g', { class: 'series-line', 'data-series': s.key }, d ? el('path', { d, fill: 'none', stroke: color, 'stroke-width': 2.5, 'stroke-linejoin': 'round' }) : '', ...dots);
}

function barsSvg(bars: readonly TimeSeries[], chart: TimeSeriesChart, x: Scale, y: Scale): string[] {
  const slot = (chart.period * (1 - CHART_CONFIG.barGap)) / Math.max(1, bars.length);
  return bars.map((s, i) =>
    el(
      'g',
      { class: 'series-bars', 'data-series': s.key, fill: colorOf(chart, s) },
      ...s.points
        .filter((p) => p.y !== undefined)
        .map((p) => {
          const left = p.x + (chart.period * CHART_CONFIG.barGap) / 2 + i * slot;
          const [top, bottom] = [Math.min(y(p.y!), y(0)), Math.max(y(p.y!), y(0))];
          return el('rect', { x: x(left), y: top, width: x(left + slot) - x(left), height: bottom - top, 'data-x': p.x, 'data-value': p.y });
        }),
    ),
  );
}

function bandsSvg(bands: readonly TimeBand[], plot: Plot, x: Scale): string {
  const { colors, font } = CHART_CONFIG;
  return el(
    'g',
    { class: 'gaps' },
    ...bands.map((b) => {
      const width = x(b.to) - x(b.from);
      const label = textWidth(b.label, font.small) + 8 < width ? text({ x: x(b.from) + 4, y: plot.top + plot.height - 6, 'font-size': font.small, fill: colors.muted }, b.label) : '';
      return el('g', { class: 'gap' }, el('rect', { x: x(b.from), y: plot.top, width, height: plot.height, fill: colors.gap }), label);
    }),
  );
}

/**
 * Event labels sit at the top of the plot, right of their line (left of it near the right edge), each on
 * the first row where it overlaps no label already placed.
 */
function eventsSvg(events: readonly TimeEvent[], plot: Plot, x: Scale): string {
  const { colors, font } = CHART_CONFIG;
  const right = plot.left + plot.width;
  const rows: [number, number][][] = [];
  const parts = [...events]
    .sort((a, b) => a.x - b.x)
    .map((e) => {
      const at = x(e.x);
      const width = textWidth(e.label, font.small);
      const fits = at + 4 + width <= right;
      const span: [number, number] = fits ? [at, at + 4 + width] : [at - 4 - width, at];
      let row = rows.findIndex((placed) => placed.every(([a, b]) => span[1] < a || span[0] > b));
      if (row < 0) row = rows.push([]) - 1;
      rows[row]!.push(span);
      return el(
        'g',
        { class: 'event' },
        el('line', { x1: at, y1: plot.top, x2: at, y2: plot.top + plot.height, stroke: colors.event, 'stroke-dasharray': '4 3' }),
        // A halo of the background keeps a label legible where it crosses another event's line.
        text(
          { x: fits ? at + 4 : at - 4, y: plot.top + 14 + row * 14, 'font-size': font.small, fill: colors.muted, 'text-anchor': fits ? 'start' : 'end', stroke: colors.background, 'stroke-width': 3, 'paint-order': 'stroke' },
          e.label,
        ),
      );
    });
  return el('g', { class: 'events' }, ...parts);
}

export function timeSeriesSvg(chart: TimeSeriesChart): string {
  const starts = chart.series.flatMap((s) => s.points.map((p) => p.x));
  const domain: [number, number] = starts.length ? [Math.min(...starts), Math.max(...starts) + chart.period] : [0, 1];
  const events = chart.events.filter((e) => e.x >= domain[0] && e.x <= domain[1]);
  const keys: LegendItem[] = chart.series.map((s) => ({ label: s.label, color: colorOf(chart, s), kind: s.kind }));
  if (chart.bands.length) keys.push({ label: 'gap in the data', color: CHART_CONFIG.colors.gap, kind: 'band' });
  if (events.length) keys.push({ label: 'event', color: CHART_CONFIG.colors.event, kind: 'dash' });
  const frame = chartFrame(chart, keys);
  const { plot } = frame;
  const x = linearScale(domain, [plot.left, plot.left + plot.width]);
  const values = chart.series.flatMap((s) => s.points.flatMap((p) => (p.y === undefined ? [] : [p.y])));
  const axis = valueAxis(plot, values, chart.unit, chart.formatValue);
  return frame.document([
    bandsSvg(chart.bands, plot, x),
    axis.svg,
    ...barsSvg(chart.series.filter((s) => s.kind === 'bar'), chart, x, axis.scale),
    ...chart.series.filter((s) => s.kind === 'line').map((s) => lineSvg(s, colorOf(chart, s), x, axis.scale, chart.period)),
    eventsSvg(events, plot, x),
    timeAxis(plot, domain, x, chart.yearLabel),
  ]);
}
