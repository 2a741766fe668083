import { CHART_CONFIG } from './config.js';
import type { Plot } from './frame.js';
import type { Scale } from './scale.js';
import { el, text } from './svg.js';

/**
 * The horizontal time axis, in fractional years (2021.25 is the start of April 2021): a tick at the
 * start of each year and the year written in the middle of the part of it that is shown, every year
 * while they fit, else every 2nd, 5th or 10th.
 */
export function timeAxis(plot: Plot, domain: readonly [number, number], x: Scale, mark: (year: number) => string = String): string {
  const { colors, font, maxTimeLabels } = CHART_CONFIG;
  const [d0, d1] = domain;
  const years: number[] = [];
  for (let y = Math.floor(d0); y < d1; y++) years.push(y);
  const every = [1, 2, 5, 10, 20, 50].find((k) => years.length / k <= maxTimeLabels) ?? 100;
  const bottom = plot.top + plot.height;
  const parts: string[] = [];
  for (const year of years) {
    if (year > d0) parts.push(el('line', { x1: x(year), y1: bottom, x2: x(year), y2: bottom + 5, stroke: colors.axis }));
    if (year % every !== 0) continue;
    const middle = (Math.max(d0, year) + Math.min(d1, year + 1)) / 2;
    parts.push(text({ x: x(middle), y: bottom + 20, 'font-size': font.label, 'text-anchor': 'middle' }, mark(year)));
  }
  return el('g', { class: 'time-axis' }, ...parts);
}
