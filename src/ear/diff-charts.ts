import type { Column, CountryChart } from './pack.js';
import { COLUMNS } from './pack.js';
import type { ChartGrid } from './bis-chart-csv.js';

/** One cell that differs between two Country Charts. */
export interface ChartChange {
  country: string;
  column: Column;
  before: boolean;
  after: boolean;
}

type Grid = Record<string, readonly Column[]>;

function gridOf(chart: CountryChart | ChartGrid): Grid {
  if ('columns' in chart) {
    const out: Grid = {};
    for (const [code, row] of Object.entries(chart.rows)) out[code] = row.marks;
    return out;
  }
  return chart.rows;
}

/**
 * Cell-level differences. Only countries present in both charts are compared, and rows that one
 * side marks as embargoed (no marks, pointer to Part 746) are skipped, since their emptiness is not a value.
 */
export function diffCharts(a: CountryChart | ChartGrid, b: CountryChart | ChartGrid): ChartChange[] {
  const ga = gridOf(a);
  const gb = gridOf(b);
  const embargoed = new Set<string>();
  for (const c of [a, b]) if ('columns' in c) for (const [code, row] of Object.entries(c.rows)) if (row.embargo) embargoed.add(code);
  const changes: ChartChange[] = [];
  for (const country of Object.keys(ga).sort()) {
    const rb = gb[country];
    const ra = ga[country];
    if (!rb || !ra || embargoed.has(country)) continue;
    const sa = new Set(ra);
    const sb = new Set(rb);
    for (const column of COLUMNS) {
      const before = sa.has(column);
      const after = sb.has(column);
      if (before !== after) changes.push({ country, column, before, after });
    }
  }
  return changes;
}
