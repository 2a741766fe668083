import { CHART_CONFIG } from './config.js';
import { chartFrame, type ChartText } from './frame.js';
import { el, text } from './svg.js';
import { valueAxis } from './value-axis.js';

/**
 * One bar per column (a date), stacked from its parts (a program's share of the total), with the total
 * written over it and, where one is known, a reference figure drawn across the bar as a dashed mark
 * (another publisher's number for the same column).
 */

export interface StackedColumn {
  label: string;
  /** One value per series, stacked upwards in series order; non-negative. */
  parts: readonly number[];
  /** A figure to compare with, drawn as a mark across the bar. */
  reference?: number;
}

export interface StackedBarChart extends ChartText {
  unit: string;
  series: readonly string[];
  referenceLabel?: string;
  columns: readonly StackedColumn[];
  formatValue: (value: number) => string;
}

export function stackedBarsSvg(chart: StackedBarChart): string {
  const { palette, font, colors, barGap } = CHART_CONFIG;
  const keys = [
    ...chart.series.map((label, i) => ({ label, color: palette[i % palette.length]!, kind: 'bar' as const })),
    ...(chart.referenceLabel ? [{ label: chart.referenceLabel, color: colors.text, kind: 'dash' as const }] : []),
  ];
  const frame = chartFrame(chart, keys);
  const { plot } = frame;
  const totals = chart.columns.map((c) => c.parts.reduce((s, v) => s + v, 0));
  const axis = valueAxis(plot, [...totals, ...chart.columns.flatMap((c) => (c.reference === undefined ? [] : [c.reference]))], chart.unit, chart.formatValue);
  const y = axis.scale;
  const slot = plot.width / Math.max(1, chart.columns.length);
  const width = slot * (1 - barGap);
  const columns = chart.columns.map((c, ci) => {
    const x = plot.left + ci * slot + (slot * barGap) / 2;
    let base = 0;
    const segments = c.parts.map((v, si) => {
      const [top, bottom] = [y(base + v), y(base)];
      base += v;
      return v > 0 ? el('rect', { x, y: top, width, height: bottom - top, fill: palette[si % palette.length], 'data-series': si, 'data-value': v }) : '';
    });
    const center = x + width / 2;
    const reference =
      c.reference === undefined
        ? ''
        : el('line', { class: 'reference', x1: x - 4, y1: y(c.reference), x2: x + width + 4, y2: y(c.reference), stroke: colors.text, 'stroke-width': 2, 'stroke-dasharray': '5 3', 'data-value': c.reference });
    return el(
      'g',
      { class: 'column', 'data-column': ci },
      ...segments,
      reference,
      text({ x: center, y: y(totals[ci]!) - 5, 'font-size': font.small, 'text-anchor': 'middle' }, chart.formatValue(totals[ci]!)),
      text({ x: center, y: plot.top + plot.height + 18, 'font-size': font.label, 'text-anchor': 'middle' }, c.label),
    );
  });
  return frame.document([axis.svg, ...columns]);
}
