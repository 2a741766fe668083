import type { ConcordanceCode } from '../../model/trade.js';
import type { CsvTable } from './csv-table.js';
import type { Parsed, RowProblem } from './parsed.js';

/**
 * A concordance from HS codes to an agreement's product categories: one row per code (`hs4_o`, from four
 * to ten digits: most rows are headings, some name a subheading or a national line), with its category
 * (`low_catagory`) and top-level group (`high_catagory`), spelled either way.
 */

const CODE = /^hs4_o$|^code$/;

function columnOf(header: readonly string[], level: 'low' | 'high'): number {
  return header.findIndex((h) => new RegExp(`^${level}_cat[ae]gory$`).test(h));
}

export function isConcordanceHeader(header: readonly string[]): boolean {
  return CODE.test(header[0] ?? '') && columnOf(header, 'low') >= 0 && columnOf(header, 'high') >= 0;
}

export function parseConcordance(_file: string, table: CsvTable): Parsed<ConcordanceCode[]> {
  const [lowAt, highAt] = [columnOf(table.header, 'low'), columnOf(table.header, 'high')];
  const codes: ConcordanceCode[] = [];
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  for (const [record, row] of table.rows.entries()) {
    const code = row[0] ?? '';
    const group = row[highAt] ?? '';
    const category = row[lowAt] ?? '';
    let problem: string | undefined;
    if (!/^\d{4,10}$/.test(code)) problem = `code '${code}' is not an HS code of 4 to 10 digits`;
    else if (seen.has(code)) problem = `code ${code} appears twice`;
    else if (!group || !category) problem = `code ${code} has no category`;
    if (problem) {
      problems.push({ record, reason: problem });
      continue;
    }
    seen.add(code);
    codes.push({ code, group, category });
  }
  return { value: codes, rowsRead: table.rows.length, problems };
}
