import type { Citation, Decision } from '../ear/decision.js';
import type { ChartCellChange } from './chart-overlay.js';

/**
 * A decision made on a scenario pack, with every citation of a Country Chart cell the scenario set
 * saying so, so that an answer never passes a supposed cell off as the chart in force.
 */

function cellRef(c: ChartCellChange): string {
  return `${c.country} x ${c.column.slice(0, 2)} ${c.column.slice(2)}`;
}

export function citeScenarioCells(decision: Decision, changes: readonly ChartCellChange[], scenario: string): Decision {
  if (changes.length === 0) return decision;
  const byRef = new Map(changes.map((c) => [cellRef(c), c]));
  const mark = (cites: Citation[]): Citation[] =>
    cites.map((c) => {
      const cell = c.kind === 'chart' ? byRef.get(c.ref) : undefined;
      if (!cell) return c;
      const said = `cell ${cell.after ? 'marked X' : 'left blank'} by scenario "${scenario}" (not law; the chart in force has it ${cell.before ? 'marked X' : 'blank'})`;
      return { ...c, note: c.note ? `${c.note}; ${said}` : said };
    });
  return {
    ...decision,
    citations: mark(decision.citations),
    items: decision.items.map((i) => ({
      ...i,
      citations: mark(i.citations),
      ...(i.checked ? { checked: i.checked.map((k) => ({ ...k, citations: mark(k.citations) })) } : {}),
    })),
  };
}
