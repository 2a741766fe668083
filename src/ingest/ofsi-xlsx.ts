import { readSheet, SheetNotFoundError } from 'read-excel-file/universal';
import type { ParseOptions, ParseResult } from '../model/parse-result.js';
import { RejectedFileError } from './malformed.js';
import { OfsiRows } from './ofsi-rows.js';
import type { InputSource } from './source.js';

/** The workbook is read whole (OFSI's is about 2 MB); a file far larger is not a list. */
const MAX_XLSX_BYTES = 256 * 1024 * 1024;

/** The sheet OFSI writes the list to; a workbook without it is read from its first sheet. */
const SHEET = 'Data';

type Cell = string | number | boolean | Date | null;

async function readAll(input: InputSource): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input.open()) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Buffer);
    size += bytes.length;
    if (size > MAX_XLSX_BYTES) throw new RejectedFileError(input.name, `larger than ${MAX_XLSX_BYTES} bytes: not an OFSI workbook`);
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

/** A cell as the CSV layout would hold it: dates day first, as OFSI writes them in text cells. */
function cellText(cell: Cell): string {
  if (cell === null) return '';
  if (cell instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(cell.getUTCDate())}/${pad(cell.getUTCMonth() + 1)}/${cell.getUTCFullYear()}`;
  }
  return String(cell);
}

async function sheetRows(bytes: Uint8Array): Promise<Cell[][]> {
  // Numbers are kept as written: an id or document number must not become 1.2e+21.
  const options = { parseNumber: (text: string) => text, trim: false };
  const blob = new Blob([bytes]);
  try {
    return (await readSheet(blob, SHEET, options)) as Cell[][];
  } catch (err) {
    if (!(err instanceof SheetNotFoundError)) throw err;
    return (await readSheet(blob, options)) as Cell[][];
  }
}

/**
 * Parses OFSI's `ConList.xlsx`. An xlsx file is a zip archive whose directory sits at its end, so a
 * cut or damaged download cannot be opened at all and is refused as a whole.
 */
export async function parseOfsiXlsx(input: InputSource, options: ParseOptions = {}): Promise<ParseResult> {
  const bytes = await readAll(input);
  let sheet: Cell[][];
  try {
    sheet = await sheetRows(bytes);
  } catch (err) {
    const cause = (err as { cause?: Error }).cause?.message;
    throw new RejectedFileError(
      input.name,
      `not a readable .xlsx workbook (a truncated or damaged file?): ${(err as Error).message}${cause ? ` (${cause})` : ''}`,
    );
  }
  const rows = new OfsiRows(input.name);
  sheet.forEach((cells, index) => rows.push(cells.map(cellText), index + 1));
  return rows.result('ofsi-xlsx', options);
}
