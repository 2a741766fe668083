import { CHART_CONFIG } from './config.js';
import type { Plot } from './frame.js';
import { linearScale, niceTicks, type Scale } from './scale.js';
import { el, text } from './svg.js';

/** The vertical value axis: round ticks covering the values and zero, grid lines, and the unit. */

export interface ValueAxis {
  scale: Scale;
  svg: string;
}

export function valueAxis(plot: Plot, values: readonly number[], unit: string, format: (v: number) => string): ValueAxis {
  const { colors, font, valueTicks } = CHART_CONFIG;
  const ticks = niceTicks(Math.min(0, ...values), Math.max(0, ...values), valueTicks);
  const scale = linearScale([ticks[0]!, ticks.at(-1)!], [plot.top + plot.height, plot.top]);
  const parts = ticks.map((t) =>
    el(
      'g',
      { class: 'value-tick' },
      el('line', { x1: plot.left, y1: scale(t), x2: plot.left + plot.width, y2: scale(t), stroke: t === 0 ? colors.axis : colors.grid, 'stroke-width': t === 0 ? 1.2 : 1 }),
      text({ x: plot.left - 8, y: scale(t) + 4, 'font-size': font.label, 'text-anchor': 'end', fill: colors.muted }, format(t)),
    ),
  );
  parts.push(text({ class: 'value-unit', x: plot.left - 8, y: plot.top - 10, 'font-size': font.label, 'text-anchor': 'end', fill: colors.muted }, unit));
  return { scale, svg: el('g', { class: 'value-axis' }, ...parts) };
}
