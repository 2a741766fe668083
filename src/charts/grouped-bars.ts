import { CHART_CONFIG } from './config.js';
import { chartFrame, type ChartText } from './frame.js';
import { el, text } from './svg.js';
import { wrapText } from './text-layout.js';
import { valueAxis } from './value-axis.js';

/**
 * Bars side by side for each of a few groups (a category in a year): one bar per series, an optional
 * annotation over a bar (a share), and `..` where the data has no figure, never a bar of 0.
 */

export interface BarGroup {
  label: string;
  /** A second line under the label (the year, "to 2021-02"). */
  sublabel?: string;
  /** One value per series; undefined is not in the data. */
  values: readonly (number | undefined)[];
  /** Text written over the bar of the same index. */
  annotations?: readonly (string | undefined)[];
}

export interface GroupedBarChart extends ChartText {
  unit: string;
  series: readonly string[];
  groups: readonly BarGroup[];
  formatValue: (value: number) => string;
}

const NOT_IN_DATA = '..';

export function groupedBarsSvg(chart: GroupedBarChart): string {
  const { palette, font, colors, barGap } = CHART_CONFIG;
  const keys = chart.series.map((label, i) => ({ label, color: palette[i % palette.length]!, kind: 'bar' as const }));
  const frame = chartFrame(chart, keys);
  const { plot } = frame;
  const values = chart.groups.flatMap((g) => g.values.filter((v): v is number => v !== undefined));
  const axis = valueAxis(plot, values, chart.unit, chart.formatValue);
  const y = axis.scale;
  const groupWidth = plot.width / Math.max(1, chart.groups.length);
  const barWidth = (groupWidth * (1 - barGap)) / Math.max(1, chart.series.length);
  const zero = y(0);
  const groups = chart.groups.map((g, gi) => {
    const left = plot.left + gi * groupWidth + (groupWidth * barGap) / 2;
    const bars = chart.series.map((_, si) => {
      const value = g.values[si];
      const x = left + si * barWidth;
      const middle = x + barWidth / 2;
      if (value === undefined) return text({ class: 'not-in-data', x: middle, y: zero - 4, 'font-size': font.small, 'text-anchor': 'middle', fill: colors.muted }, NOT_IN_DATA);
      const [top, bottom] = [Math.min(y(value), zero), Math.max(y(value), zero)];
      const note = g.annotations?.[si];
      return el(
        'g',
        { class: 'bar' },
        el('rect', { x: x + 1, y: top, width: Math.max(1, barWidth - 2), height: bottom - top, fill: palette[si % palette.length], 'data-series': si, 'data-value': value }),
        note ? text({ x: middle, y: value >= 0 ? top - 4 : bottom + 12, 'font-size': font.small, 'text-anchor': 'middle' }, note) : '',
      );
    });
    const center = plot.left + (gi + 0.5) * groupWidth;
    const lines = [...wrapText(g.label, groupWidth - 6, font.label).slice(0, 2), ...(g.sublabel ? [g.sublabel] : [])];
    const labels = lines.map((line, li) =>
      text({ x: center, y: plot.top + plot.height + 18 + li * 14, 'font-size': li < lines.length - (g.sublabel ? 1 : 0) ? font.label : font.small, 'text-anchor': 'middle' }, line),
    );
    return el('g', { class: 'bar-group', 'data-group': gi }, ...bars, ...labels);
  });
  return frame.document([axis.svg, ...groups]);
}
