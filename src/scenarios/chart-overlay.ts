import { createHash } from 'node:crypto';
import type { Column, RulesPack } from '../ear/pack.js';
import { COLUMNS } from '../ear/pack.js';
import { invalidInput } from '../model/errors.js';

/**
 * Country Chart cells laid over a rules pack in memory: a new pack (its own version id) whose chart
 * rows differ in the cells the scenario sets; every other part of the pack is shared with the base,
 * which never changes. The EAR engine then decides on it as on any pack.
 */

/** One cell as a scenario sets it, with the field that set it (for messages). */
export interface ChartCellSet {
  country: string;
  column: Column;
  mark: boolean;
  /** `chart[2]`, or `chart_from` for cells a whole chart supplied. */
  field: string;
}

/** A cell the overlay changed: its mark in the base pack and in the scenario pack. */
export interface ChartCellChange {
  country: string;
  column: Column;
  before: boolean;
  after: boolean;
}

/** "CC 2" or "cc2" as the chart's column id ("CC2"), or an error naming the field. */
export function chartColumn(text: string, field: string): Column {
  const id = text.replace(/\s+/g, '').toUpperCase();
  if (!(COLUMNS as readonly string[]).includes(id)) throw invalidInput(field, text, `not a Country Chart column (${COLUMNS.join(', ')})`);
  return id as Column;
}

/** The cells the overlay would change (cells already so marked change nothing and are left out). */
export function chartChanges(base: RulesPack, cells: readonly ChartCellSet[]): ChartCellChange[] {
  const after = new Map<string, ChartCellSet>();
  for (const c of cells) {
    const row = base.chart.rows[c.country];
    if (!row) throw invalidInput(`${c.field}.country`, c.country, `has no Country Chart row in rules pack ${base.version}`);
    if (row.embargo) throw invalidInput(`${c.field}.country`, c.country, `its Country Chart row is embargoed (${row.embargo.pointer}): it has no cells to set`);
    after.set(`${c.country} ${c.column}`, c);
  }
  const out: ChartCellChange[] = [];
  for (const c of after.values()) {
    const before = base.chart.rows[c.country]!.marks.includes(c.column);
    if (before !== c.mark) out.push({ country: c.country, column: c.column, before, after: c.mark });
  }
  return out.sort((a, b) => (a.country === b.country ? COLUMNS.indexOf(a.column) - COLUMNS.indexOf(b.column) : a.country < b.country ? -1 : 1));
}

/** The pack with the changes laid over its chart; the base itself when there are none. */
export function withChartChanges(base: RulesPack, changes: readonly ChartCellChange[], scenario: string): RulesPack {
  if (changes.length === 0) return base;
  const rows = { ...base.chart.rows };
  for (const c of changes) {
    const row = rows[c.country]!;
    const marks = c.after ? [...row.marks, c.column] : row.marks.filter((m) => m !== c.column);
    rows[c.country] = { ...row, marks: COLUMNS.filter((m) => marks.includes(m)) };
  }
  const digest = createHash('sha256').update(JSON.stringify([scenario, changes])).digest('hex').slice(0, 12);
  return { ...base, version: `${base.version}+scenario:${digest}`, chart: { ...base.chart, rows } };
}
