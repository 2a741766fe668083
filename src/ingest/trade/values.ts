import { toIso2 } from '../countries.js';

/**
 * Reading the cells of trade files. A blank cell is a gap and comes back `undefined`; a cell that is
 * not a number comes back `null`, which the parser reports as a malformed row.
 */

const MONTH = /^(\d{4})-(\d{2})$/;
/** NumPy and spreadsheet spellings of "no value": gaps, as a blank cell is. */
const NO_VALUE = new Set(['', 'nan', 'NaN', 'NA', 'N/A', 'null']);

/** `YYYY-MM`, or `YYYY-MM-DD` of the first of a month (some files write months as days). */
export function parseMonth(text: string): string | undefined {
  const t = /^\d{4}-\d{2}-01$/.test(text) ? text.slice(0, 7) : text;
  const m = MONTH.exec(t);
  if (!m) return undefined;
  const month = Number(m[2]);
  return Number(m[1]) >= 1900 && month >= 1 && month <= 12 ? t : undefined;
}

export function parseYear(text: string): number | undefined {
  return /^\d{4}$/.test(text) && Number(text) >= 1900 ? Number(text) : undefined;
}

/** An amount in `unit` dollars (1e6 for millions) as whole dollars. */
export function parseScaledUsd(text: string, unit: number): number | undefined | null {
  if (NO_VALUE.has(text)) return undefined;
  if (!/^-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return null;
  const usd = Math.round(Number(text) * unit);
  return Number.isSafeInteger(usd) ? usd : null;
}

/**
 * The partner named in a column such as `us_exports_to_china_musd`, as an ISO code: the files name the
 * partner, the engine keys it by code.
 */
export function partnerOfColumn(column: string, pattern: RegExp): string | undefined {
  const name = pattern.exec(column)?.[1];
  return name === undefined ? undefined : toIso2(name.replace(/_/g, ' '));
}

/** The first ISO date in a text such as "Census via CNSNews (2022-02-08)". */
export function dateIn(text: string): string | undefined {
  return /\b(\d{4}-\d{2}-\d{2})\b/.exec(text)?.[1];
}
