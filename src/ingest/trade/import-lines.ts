import type { ImportLine, ImportLines } from '../../model/trade.js';
import { toIso2 } from '../countries.js';
import type { CsvTable } from './csv-table.js';
import type { Parsed, RowProblem } from './parsed.js';
import { parseScaledUsd } from './values.js';

/**
 * US imports for consumption by product and partner for one year, with the duty Census calculated:
 * `cty_code, cty_name, hs10 (or hs2), con_val_<year>_usd, cal_dut_<year>_usd` in dollars (whole, or with
 * a decimal part as some exports write them). Other columns (descriptions, third parties' model outputs)
 * are not read. A partner and product appearing twice would be counted twice, so the second is refused.
 * Partners are named by Census code and name; the name gives the ISO code, and code 0003 marks the EU
 * as one block.
 */

const VALUE = /^con_val_(\d{4})_usd$/;
/** Census Schedule C code of the European Union as one partner. */
const CENSUS_EU = '0003';
const DUTY = /^cal_dut_(\d{4})_usd$/;

interface Columns {
  code: number;
  name: number;
  product: number;
  value: number;
  duty: number;
  year: number;
}

function columnsOf(header: readonly string[], level: ImportLines['level']): Columns | undefined {
  const value = header.findIndex((h) => VALUE.test(h));
  const duty = header.findIndex((h) => DUTY.test(h));
  const year = VALUE.exec(header[value] ?? '')?.[1];
  if (value < 0 || duty < 0 || year !== DUTY.exec(header[duty]!)?.[1]) return undefined;
  const [code, name, product] = [header.indexOf('cty_code'), header.indexOf('cty_name'), header.indexOf(level)];
  if (code < 0 || name < 0 || product < 0) return undefined;
  return { code, name, product, value, duty, year: Number(year) };
}

export function isImportWeightsHeader(header: readonly string[]): boolean {
  return columnsOf(header, 'hs10') !== undefined;
}

export function isImportTotalsHeader(header: readonly string[]): boolean {
  return columnsOf(header, 'hs2') !== undefined && !header.includes('hs10');
}

function parseImportLines(level: ImportLines['level'], table: CsvTable): Parsed<ImportLines> {
  const at = columnsOf(table.header, level);
  if (!at) throw new Error(`the header has no cty_code, cty_name, ${level}, con_val_<year>_usd and cal_dut_<year>_usd columns`);
  const digits = level === 'hs10' ? /^\d{10}$/ : /^\d{2}$/;
  const lines: ImportLine[] = [];
  const problems: RowProblem[] = [];
  const seen = new Set<string>();
  for (const [record, row] of table.rows.entries()) {
    const code = row[at.code] ?? '';
    const product = row[at.product] ?? '';
    const value = parseScaledUsd(row[at.value] ?? '', 1);
    const duty = parseScaledUsd(row[at.duty] ?? '', 1);
    let problem: string | undefined;
    if (!/^\d{4}$/.test(code)) problem = `cty_code '${code}' is not a four-digit Census country code`;
    else if (!digits.test(product)) problem = `${level} '${product}' is not ${level === 'hs10' ? 'ten' : 'two'} digits`;
    else if (value === undefined || value === null || value < 0) problem = `value '${row[at.value] ?? ''}' is not an amount of dollars`;
    else if (duty === undefined || duty === null || duty < 0) problem = `calculated duty '${row[at.duty] ?? ''}' is not an amount of dollars`;
    else if (seen.has(`${code} ${product}`)) problem = `${code} ${product} appears twice`;
    if (problem) {
      problems.push({ record, reason: problem });
      continue;
    }
    seen.add(`${code} ${product}`);
    const line: ImportLine = { partnerCode: code, partnerName: row[at.name] ?? '', product, valueUsd: value!, calculatedDutyUsd: duty! };
    if (code === CENSUS_EU) line.euBlock = true;
    else {
      const origin = toIso2(line.partnerName);
      if (origin) line.origin = origin;
    }
    lines.push(line);
  }
  return { value: { year: at.year, level, lines }, rowsRead: table.rows.length, problems };
}

export function parseImportWeights(_file: string, table: CsvTable): Parsed<ImportLines> {
  return parseImportLines('hs10', table);
}

export function parseImportTotals(_file: string, table: CsvTable): Parsed<ImportLines> {
  return parseImportLines('hs2', table);
}
