import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { parse, type Options } from 'csv-parse';

/** A CSV file as its header and data rows, each row an array of the file's own text. */
export interface CsvTable {
  header: string[];
  rows: string[][];
}

const OPTIONS: Options = { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true };

/** The bytes of a trade file: `.gz` files are decompressed as they are read. */
export function openTradeFile(path: string): Readable {
  const raw = createReadStream(path);
  return path.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
}

export async function readCsvTable(path: string): Promise<CsvTable> {
  const rows: string[][] = [];
  for await (const row of openTradeFile(path).pipe(parse(OPTIONS)) as AsyncIterable<string[]>) rows.push(row);
  const header = rows.shift() ?? [];
  return { header, rows };
}

/** Only the first record, without reading (or decompressing) the rest of the file. */
export async function readCsvHeader(path: string): Promise<string[]> {
  const source = openTradeFile(path);
  try {
    for await (const row of source.pipe(parse({ ...OPTIONS, to_line: 1 })) as AsyncIterable<string[]>) return row;
    return [];
  } finally {
    source.destroy();
  }
}

/**
 * The line on which data row `record` (0 for the first after the header) ends, counting quoted line
 * breaks. Worked out only when a message needs it: having the parser count lines for every row makes
 * reading a large file three times slower.
 */
export async function lineOfRecord(path: string, record: number): Promise<number> {
  let at = -1;
  for await (const row of openTradeFile(path).pipe(parse({ ...OPTIONS, info: true })) as AsyncIterable<{ info: { lines: number } }>) {
    if (at++ === record) return row.info.lines;
  }
  return 0;
}
