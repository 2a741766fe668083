import type { ProductExportLine } from '../../model/trade.js';
import type { CsvTable } from './csv-table.js';
import type { Parsed, RowProblem } from './parsed.js';
import { parseMonth, parseScaledUsd, partnerOfColumn } from './values.js';

/**
 * US exports to one partner by product and month, from the US export statistics:
 * `month, hs6, hs4, us_exports_to_<partner>_usd, ...` in whole dollars, with the agreement category the
 * file assigns each line (`phase_one_high_category`, `phase_one_low_category`). A month may be given at
 * HS4 only (blank hs6). Two lines of the same month and code are separate records (the statistics split
 * some energy lines by unit of quantity): both count.
 */

const VALUE = /^us_exports_to_(.+)_usd$/;

export function isProductExportsHeader(header: readonly string[]): boolean {
  return header[0] === 'month' && header.includes('hs6') && header.includes('hs4') && header.some((h) => VALUE.test(h));
}

export function parseProductExports(file: string, table: CsvTable): Parsed<{ partner: string; lines: ProductExportLine[] }> {
  const at = (name: string) => table.header.indexOf(name);
  const valueAt = table.header.findIndex((h) => VALUE.test(h));
  const partner = partnerOfColumn(table.header[valueAt] ?? '', VALUE);
  if (!partner) throw new Error(`column '${table.header[valueAt]}' names no country clearance knows`);
  const [hs6At, hs4At, groupAt, categoryAt] = [at('hs6'), at('hs4'), at('phase_one_high_category'), at('phase_one_low_category')];
  const lines: ProductExportLine[] = [];
  const problems: RowProblem[] = [];
  for (const [record, row] of table.rows.entries()) {
    const month = parseMonth(row[0] ?? '');
    const hs6 = row[hs6At] ?? '';
    const hs4 = row[hs4At] ?? '';
    const usd = parseScaledUsd(row[valueAt] ?? '', 1);
    let problem: string | undefined;
    if (!month) problem = `month '${row[0]}' is not YYYY-MM`;
    else if (hs6 !== '' && !/^\d{6}$/.test(hs6)) problem = `hs6 '${hs6}' is not six digits`;
    else if (hs4 !== '' && !/^\d{4}$/.test(hs4)) problem = `hs4 '${hs4}' is not four digits`;
    else if (hs6 !== '' && hs4 !== '' && !hs6.startsWith(hs4)) problem = `hs6 ${hs6} is not in hs4 ${hs4}`;
    else if (usd === undefined || usd === null || usd < 0) problem = `value '${row[valueAt] ?? ''}' is not an amount of dollars`;
    if (problem) {
      problems.push({ record, reason: problem });
      continue;
    }
    const line: ProductExportLine = { month: month!, usd: usd! };
    if (hs6) line.hs6 = hs6;
    if (hs4) line.hs4 = hs4;
    if (groupAt >= 0 && row[groupAt]) line.givenGroup = row[groupAt];
    if (categoryAt >= 0 && row[categoryAt]) line.givenCategory = row[categoryAt];
    lines.push(line);
  }
  return { value: { partner, lines }, rowsRead: table.rows.length, problems };
}
