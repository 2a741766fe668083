import type { AnnualTradeTotal } from '../../model/trade.js';
import type { CsvTable } from './csv-table.js';
import { BALANCE_SLACK_USD, flowColumns, readFlowFigures } from './flow-columns.js';
import type { Parsed, RowProblem } from './parsed.js';
import { dateIn, parseYear } from './values.js';

/**
 * Annual US goods trade totals with one partner: `year` and the flow columns of the c5700 layout, in
 * millions of dollars, with either `source` (and `vintage_note`) naming who published each figure, or
 * `fetched_vintage` giving the day the publisher's table was read. A table read several times holds one
 * row per year and fetch; the newest year of a fetch is the year to date as the page showed it then.
 */

export function isAnnualTradeHeader(header: readonly string[]): boolean {
  return header[0] === 'year' && typeof flowColumns(header) !== 'string';
}

export function parseAnnualTrade(file: string, table: CsvTable): Parsed<AnnualTradeTotal[]> {
  const columns = flowColumns(table.header);
  if (typeof columns === 'string') throw new Error(columns);
  const sourceAt = table.header.indexOf('source');
  const noteAt = table.header.indexOf('vintage_note');
  const fetchedAt = table.header.indexOf('fetched_vintage');
  const totals: AnnualTradeTotal[] = [];
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  for (const [record, row] of table.rows.entries()) {
    const year = parseYear(row[0] ?? '');
    if (year === undefined) {
      problems.push({ record, reason: `year '${row[0]}' is not a year` });
      continue;
    }
    const figures = readFlowFigures(row, columns, BALANCE_SLACK_USD.year);
    if (typeof figures === 'string' || Object.keys(figures).length === 0) {
      problems.push({ record, reason: typeof figures === 'string' ? figures : `${year} has no figure` });
      continue;
    }
    const source = (sourceAt >= 0 && row[sourceAt]) || file;
    const vintage = fetchedAt >= 0 ? row[fetchedAt] || undefined : dateIn(source);
    const key = `${year} ${vintage ?? ''} ${source}`;
    if (seen.has(key)) {
      problems.push({ record, reason: `${year} appears twice for the same source and vintage` });
      continue;
    }
    seen.add(key);
    const total: AnnualTradeTotal = { file, partner: columns.partner, year, source, newestOfFetch: false };
    if (figures.exports !== undefined) total.exportsUsd = figures.exports;
    if (figures.imports !== undefined) total.importsUsd = figures.imports;
    if (figures.balance !== undefined) total.balanceUsd = figures.balance;
    if (vintage) total.vintage = vintage;
    if (noteAt >= 0 && row[noteAt]) total.note = row[noteAt];
    totals.push(total);
  }
  if (fetchedAt >= 0) markNewestOfFetch(totals);
  return { value: totals, rowsRead: table.rows.length, problems };
}

function markNewestOfFetch(totals: AnnualTradeTotal[]): void {
  const newest = new Map<string, number>();
  for (const t of totals) newest.set(t.vintage ?? '', Math.max(newest.get(t.vintage ?? '') ?? 0, t.year));
  for (const t of totals) t.newestOfFetch = newest.get(t.vintage ?? '') === t.year;
}
