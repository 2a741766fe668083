import { CHART_CONFIG } from './config.js';
import { legend, LEGEND_ROW, type LegendItem } from './legend.js';
import { el, svgDocument, text } from './svg.js';
import { wrapText } from './text-layout.js';

/** The parts every chart shares: background, title, subtitle, legend, the plot's place, notes underneath. */

export interface Plot {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface ChartText {
  title: string;
  subtitle?: string;
  /** Sources, gaps and caveats, one sentence each, written under the plot. */
  notes: string[];
}

export interface Frame {
  width: number;
  height: number;
  plot: Plot;
  /** The document: the frame around `body` (drawn in the plot's coordinates, which are the page's). */
  document: (body: string[]) => string;
}

export function chartFrame(content: ChartText, keys: readonly LegendItem[]): Frame {
  const { width, height: baseHeight, margin, font, colors, noteLine } = CHART_CONFIG;
  const key = legend(keys, 16, 70, width - 16);
  // A legend of more than one row takes its room from the top of the plot.
  const top = margin.top + Math.max(0, key.rows - 1) * LEGEND_ROW;
  const plot: Plot = { left: margin.left, top, width: width - margin.left - margin.right, height: baseHeight - top - margin.bottom };
  const noteLines = content.notes.flatMap((n) => wrapText(n, width - 2 * 16, font.small));
  const height = baseHeight + noteLines.length * noteLine + (noteLines.length ? 8 : 0);
  const document = (body: string[]) =>
    svgDocument(width, height, content.title, [
      el('rect', { class: 'background', x: 0, y: 0, width, height, fill: colors.background }),
      el(
        'g',
        { 'font-family': font.family, fill: colors.text },
        text({ class: 'chart-title', x: 16, y: 28, 'font-size': font.title, 'font-weight': 'bold' }, content.title),
        content.subtitle ? text({ class: 'chart-subtitle', x: 16, y: 48, 'font-size': font.subtitle, fill: colors.muted }, content.subtitle) : '',
        key.svg,
        ...body,
        ...noteLines.map((line, i) =>
          text({ class: 'chart-note', x: 16, y: baseHeight + 4 + (i + 1) * noteLine, 'font-size': font.small, fill: colors.muted }, line),
        ),
      ),
    ]);
  return { width, height, plot, document };
}
