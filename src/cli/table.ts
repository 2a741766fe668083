import { stringify } from 'csv-stringify/sync';
import { errors } from '../model/error-catalogue.js';

/**
 * Command output as a table for people, CSV for spreadsheets, or JSON for programs. In a table a figure
 * the data does not have is written `..` (the statisticians' mark), never 0 and never left blank.
 */

export type OutputFormat = 'table' | 'csv' | 'json';

export const NOT_IN_DATA = '..';

export function parseOutputFormat(value: string | undefined): OutputFormat {
  const format = value ?? 'table';
  if (format !== 'table' && format !== 'csv' && format !== 'json') throw errors.invalidOption('--format', value, 'must be table, csv or json');
  return format;
}

export interface Column<T> {
  header: string;
  cell: (row: T) => string | number | undefined;
  /** Right-aligned (figures). */
  right?: boolean;
}

export function renderTable<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  const cells = rows.map((r) => columns.map((c) => String(c.cell(r) ?? NOT_IN_DATA)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i]!.length)));
  const line = (values: readonly string[]) =>
    values
      .map((v, i) => (columns[i]!.right ? v.padStart(widths[i]!) : i === values.length - 1 ? v : v.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n') + '\n';
}

/** CSV with a header row; a figure the data does not have is an empty cell. */
export function renderCsv<T>(columns: readonly Column<T>[], rows: readonly T[]): string {
  return stringify([columns.map((c) => c.header), ...rows.map((r) => columns.map((c) => c.cell(r) ?? ''))]);
}

/** Billions of dollars with `digits` decimals, from whole dollars. */
export function billions(usd: number | undefined, digits = 1): string | undefined {
  return usd === undefined ? undefined : (usd / 1e9).toFixed(digits);
}

export function percent(share: number | undefined): string | undefined {
  return share === undefined ? undefined : `${(share * 100).toFixed(1)}%`;
}
