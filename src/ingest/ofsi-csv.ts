import { parse, CsvError } from 'csv-parse';
import { Transform } from 'node:stream';
import type { ParseOptions, ParseResult } from '../model/parse-result.js';
import { extraLines } from './csl.js';
import { RejectedFileError } from './malformed.js';
import { OfsiRows } from './ofsi-rows.js';
import type { InputSource } from './source.js';

/** A record beyond this is a broken quote, not data (the longest real row is a few kilobytes). */
const MAX_CSV_RECORD_CHARS = 1_000_000;

/**
 * Parses OFSI's `ConList.csv` (the "2022format" layout and the older one with `NI Details`). OFSI
 * ends every row, the last one too, with a line break; a file whose last byte is not one, or that
 * ends inside a quoted cell, was cut short and is refused as a whole rather than read as a shorter list.
 */
export async function parseOfsiCsv(input: InputSource, options: ParseOptions = {}): Promise<ParseResult> {
  const file = input.name;
  const rows = new OfsiRows(file);
  let lastByte = -1;
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      if (chunk.length) lastByte = chunk[chunk.length - 1]!;
      done(null, chunk);
    },
  });
  const parser = input
    .open()
    .pipe(tap)
    .pipe(parse({ bom: true, relax_column_count: true, info: true, max_record_size: MAX_CSV_RECORD_CHARS }));
  let lastLine = 0;
  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const line = item.info.lines - extraLines(item.record);
      lastLine = item.info.lines;
      if (rows.hasHeader && item.record.length !== rows.headerWidth && item.record.some((c) => c !== '')) {
        rows.reportMalformed(line, `expected ${rows.headerWidth} columns, found ${item.record.length}`);
        continue;
      }
      rows.push(item.record, line);
    }
  } catch (err) {
    if (err instanceof CsvError) throw new RejectedFileError(file, `unreadable CSV, a truncated or damaged file: ${err.message}`);
    throw err;
  }
  if (lastByte === -1) throw new RejectedFileError(file, 'the file is empty');
  if (lastByte !== 0x0a) throw new RejectedFileError(file, `the file ends in the middle of line ${lastLine}, a truncated file`);
  return rows.result('ofsi-csv', options);
}
