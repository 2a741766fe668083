import type { PurchaseCommitment } from '../../model/trade.js';
import type { CsvTable } from './csv-table.js';
import type { Parsed, RowProblem } from './parsed.js';
import { parseScaledUsd } from './values.js';

/**
 * Purchase commitments of a trade agreement: one row per category, one column per year
 * (`additional_over_<baseline year>_baseline_<year>_usd_bn`, billions of dollars), and the `source` text
 * ("same" repeats the row above). A `total` row is checked against the sum of the others, not kept.
 */

const YEAR_COLUMN = /^additional_over_(\d{4})_baseline_(\d{4})_usd_bn$/;
const BILLION = 1_000_000_000;
/** Totals are rounded to a tenth of a billion. */
const TOTAL_SLACK_USD = 100_000_000;

export function isCommitmentsHeader(header: readonly string[]): boolean {
  return header[0] === 'category' && header.some((h) => YEAR_COLUMN.test(h));
}

export function parseCommitments(_file: string, table: CsvTable): Parsed<PurchaseCommitment[]> {
  const years = table.header.flatMap((h, at) => {
    const m = YEAR_COLUMN.exec(h);
    return m ? [{ at, baselineYear: Number(m[1]), year: Number(m[2]) }] : [];
  });
  const sourceAt = table.header.indexOf('source');
  const rows: PurchaseCommitment[] = [];
  const problems: RowProblem[] = [];
  let previousSource = '';
  const totals: { record: number; usd: number; year: number }[] = [];
  for (const [record, row] of table.rows.entries()) {
    const group = row[0] ?? '';
    const given = sourceAt >= 0 ? (row[sourceAt] ?? '') : '';
    const source = given === 'same' ? previousSource : given;
    previousSource = source;
    const amounts = years.map((y) => ({ ...y, usd: parseScaledUsd(row[y.at] ?? '', BILLION) }));
    const bad = amounts.find((a) => a.usd === null || (a.usd !== undefined && a.usd < 0));
    if (!group || bad) {
      problems.push({ record, reason: group ? `'${row[bad!.at]}' is not an amount of billions` : 'no category' });
      continue;
    }
    for (const a of amounts) {
      if (a.usd === undefined || a.usd === null) continue;
      if (/^total$/i.test(group)) totals.push({ record, usd: a.usd, year: a.year });
      else rows.push({ group, baselineYear: a.baselineYear, year: a.year, additionalUsd: a.usd, source });
    }
  }
  for (const total of totals) {
    const sum = rows.filter((r) => r.year === total.year).reduce((s, r) => s + r.additionalUsd, 0);
    if (Math.abs(sum - total.usd) > TOTAL_SLACK_USD) {
      problems.push({ record: total.record, reason: `total for ${total.year} is ${total.usd / BILLION} bn but the categories add up to ${sum / BILLION} bn` });
    }
  }
  return { value: rows, rowsRead: table.rows.length, problems };
}
