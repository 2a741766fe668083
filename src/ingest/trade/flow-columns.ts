import { parseScaledUsd, partnerOfColumn } from './values.js';

/**
 * The columns that US-partner goods trade files share: `us_exports_to_<partner>_musd`,
 * `us_imports_from_<partner>_musd` and `balance_musd`, in millions of dollars.
 */

const EXPORTS = /^us_exports_to_(.+)_musd$/;
const IMPORTS = /^us_imports_from_(.+)_musd$/;
const MILLION = 1_000_000;
/**
 * How far a published balance may be from exports minus imports through rounding: each monthly figure
 * is rounded to a tenth of a million (so a month's three may disagree by 0.15), and a year's totals are
 * sums of twelve such months.
 */
export const BALANCE_SLACK_USD = { month: 150_000, year: 12 * 150_000 } as const;

export interface FlowColumns {
  partner: string;
  exports: number;
  imports: number;
  balance: number;
}

/** The flow columns of a header, or why the header is not one of a US-partner trade file. */
export function flowColumns(header: readonly string[]): FlowColumns | string {
  const exports = header.findIndex((h) => EXPORTS.test(h));
  const imports = header.findIndex((h) => IMPORTS.test(h));
  if (exports < 0 || imports < 0) return 'no us_exports_to_<partner>_musd and us_imports_from_<partner>_musd columns';
  const partner = partnerOfColumn(header[exports]!, EXPORTS);
  if (!partner) return `column '${header[exports]}' names no country clearance knows`;
  if (partnerOfColumn(header[imports]!, IMPORTS) !== partner) return `columns '${header[exports]}' and '${header[imports]}' name different partners`;
  return { partner, exports, imports, balance: header.indexOf('balance_musd') };
}

export interface FlowFigures {
  exports?: number;
  imports?: number;
  balance?: number;
}

/** Exports, imports and balance of one row in whole dollars; a blank cell is a gap. */
export function readFlowFigures(
  row: readonly string[],
  at: { exports: number; imports: number; balance: number },
  slackUsd: number,
): FlowFigures | string {
  const figures: FlowFigures = {};
  for (const key of ['exports', 'imports', 'balance'] as const) {
    if (at[key] < 0) continue;
    const text = row[at[key]] ?? '';
    const usd = parseScaledUsd(text, MILLION);
    if (usd === null) return `${key} '${text}' is not a number`;
    if (usd === undefined) continue;
    if (key !== 'balance' && usd < 0) return `${key} '${text}' is negative`;
    figures[key] = usd;
  }
  const { exports, imports, balance } = figures;
  if (exports !== undefined && imports !== undefined && balance !== undefined && Math.abs(balance - (exports - imports)) > slackUsd) {
    return `balance ${row[at.balance]} is not exports minus imports (${row[at.exports]} - ${row[at.imports]})`;
  }
  return figures;
}
