import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import type { Column } from './pack.js';
import { toColumn } from './build-chart.js';
import { earCountryIso2 } from './country-names.js';

/**
 * BIS's CSV export of the Country Chart: a "Countries" column whose cells carry footnote numbers
 * after the name ("Albania 2 3"), one column per chart column with "X" marks, then footnote text.
 */

export interface ChartGrid {
  /** ISO-2 → marked columns. */
  rows: Record<string, Column[]>;
  names: Record<string, string>;
  /** Row labels that could not be resolved to a country, kept for the caller to report. */
  unresolved: string[];
}

export function parseBisChartCsv(text: string): ChartGrid {
  const records = parse(text, { relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
  const header = records[0];
  if (!header || header[0]?.trim() !== 'Countries') throw new Error('BIS chart CSV: first header cell must be "Countries"');
  const cols = header.map((h) => toColumn(h));
  const rows: Record<string, Column[]> = {};
  const names: Record<string, string> = {};
  const unresolved: string[] = [];
  for (const rec of records.slice(1)) {
    const label = (rec[0] ?? '').trim();
    if (!label) continue;
    // The export drops commas ("Korea  North 1"): a double space stands where the comma was.
    const name = label.replace(/(\s+\d+)+$/, '').trim().replace(/\s{2,}/g, ', ');
    const iso = earCountryIso2(name);
    if (!iso) {
      unresolved.push(label);
      continue;
    }
    const marks: Column[] = [];
    cols.forEach((c, i) => {
      if (c && (rec[i] ?? '').trim().toUpperCase() === 'X') marks.push(c);
    });
    // The export repeats some countries under a second spelling with an empty row; the marked row wins.
    const existing = rows[iso];
    if (existing && existing.length >= marks.length) continue;
    rows[iso] = marks;
    names[iso] = name;
  }
  return { rows, names, unresolved };
}

export async function readBisChartCsv(path: string): Promise<ChartGrid> {
  return parseBisChartCsv(await readFile(path, 'utf8'));
}
