import { CHART_CONFIG } from './config.js';
import { el, text } from './svg.js';
import { textWidth } from './text-layout.js';

/** A row of legend keys above the plot: a swatch (bar, line, dashed line or shaded band) and a label. */

export interface LegendItem {
  label: string;
  color: string;
  kind: 'bar' | 'line' | 'dash' | 'band';
}

const SWATCH = 22;

function swatch(item: LegendItem, x: number, y: number): string {
  if (item.kind === 'bar' || item.kind === 'band') {
    return el('rect', { x, y: y - 9, width: SWATCH, height: 10, fill: item.color, stroke: item.kind === 'band' ? CHART_CONFIG.colors.grid : undefined });
  }
  return el('line', { x1: x, y1: y - 4, x2: x + SWATCH, y2: y - 4, stroke: item.color, 'stroke-width': 2.5, 'stroke-dasharray': item.kind === 'dash' ? '4 3' : undefined });
}

export const LEGEND_ROW = 16;

/** Keys laid left to right from (`x`, `y`), onto a new row when one would pass `right`; and how many rows that took. */
export function legend(items: readonly LegendItem[], x: number, y: number, right: number): { svg: string; rows: number } {
  const size = CHART_CONFIG.font.label;
  const parts: string[] = [];
  let [cx, cy] = [x, y];
  for (const item of items) {
    const w = SWATCH + 6 + textWidth(item.label, size) + 18;
    if (cx > x && cx + w > right) [cx, cy] = [x, cy + LEGEND_ROW];
    parts.push(swatch(item, cx, cy), text({ x: cx + SWATCH + 6, y: cy, 'font-size': size }, item.label));
    cx += w;
  }
  return { svg: el('g', { class: 'legend' }, ...parts), rows: items.length ? (cy - y) / LEGEND_ROW + 1 : 0 };
}
