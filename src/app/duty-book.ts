import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { Parser } from 'csv-parse';
import { ClearanceError } from '../model/errors.js';

/**
 * A book of entry lines as a file: JSON Lines (one entry object per line) or CSV with the entry
 * fields as columns (`id,hts,country_of_origin,entry_date,customs_value_usd,...`). Rows come with
 * the file line they were read from, for messages.
 */

export interface BookRow {
  line: number;
  raw: unknown;
}

export function bookFormat(path: string): 'jsonl' | 'csv' {
  const lower = path.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson') || lower.endsWith('.json')) return 'jsonl';
  throw new ClearanceError('book_format', 'invalid', `--input '${path}': give a .jsonl (one JSON entry per line) or .csv file`, { field: '--input', value: path });
}

async function* jsonl(path: string): AsyncGenerator<BookRow> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const text of lines) {
    n++;
    if (text.trim() === '') continue;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (err) {
      throw new ClearanceError('book_line_invalid', 'invalid', `--input '${path}' line ${n}: not valid JSON (${(err as Error).message})`, { field: `line ${n}`, value: text.slice(0, 80) });
    }
    yield { line: n, raw };
  }
}

interface CsvRecord {
  line: number;
  fields: string[];
}

/**
 * csv-parse's parser handing on the records of each chunk it reads as one batch (a book of a million
 * lines then costs a few hundred asynchronous steps, not millions), each record with the file line it
 * starts on: the parser's line count when it pushes a record is the line the record ends on, less the
 * line breaks inside its quoted fields. (The count takes a quoted CRLF for two lines, on that record
 * and every later one: made up here.) This is much cheaper than `info: true`, which copies the
 * parser's state into every record.
 */
class LineNumberedParser extends Parser {
  private overcount = 0;
  private batch: CsvRecord[] = [];

  override push(record: unknown, encoding?: BufferEncoding): boolean {
    if (record === null) {
      this.handOn();
      return super.push(null, encoding);
    }
    const fields = record as string[];
    let breaks = 0;
    for (const f of fields) {
      for (let at = f.indexOf('\n'); at >= 0; at = f.indexOf('\n', at + 1)) {
        breaks++;
        if (at > 0 && f.charCodeAt(at - 1) === 13) this.overcount++;
      }
    }
    this.batch.push({ line: this.info.lines - this.overcount - breaks, fields });
    return true;
  }

  private handOn(): void {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    super.push(batch);
  }

  override _transform(chunk: Buffer, encoding: BufferEncoding, callback: (err?: Error | null) => void): void {
    super._transform(chunk, encoding, (err?: Error | null) => {
      this.handOn();
      callback(err);
    });
  }

  override _flush(callback: (err?: Error | null) => void): void {
    super._flush((err?: Error | null) => {
      this.handOn();
      callback(err);
    });
  }
}

async function* csv(path: string): AsyncGenerator<BookRow[]> {
  const parser = createReadStream(path).pipe(new LineNumberedParser({ bom: true, skip_empty_lines: true, trim: true }));
  try {
    let header: string[] | undefined;
    for await (const records of parser as AsyncIterable<CsvRecord[]>) {
      const rows: BookRow[] = [];
      for (const record of records) {
        if (!header) {
          header = record.fields.map((c) => c.trim().toLowerCase());
          continue;
        }
        const raw: Record<string, string> = {};
        for (let i = 0; i < record.fields.length; i++) if (record.fields[i] !== '') raw[header[i]!] = record.fields[i]!;
        rows.push({ line: record.line, raw });
      }
      yield rows;
    }
  } catch (err) {
    if (err instanceof ClearanceError) throw err;
    throw new ClearanceError('book_csv_invalid', 'invalid', `--input '${path}': ${(err as Error).message}`, { field: '--input', value: path });
  }
}

async function* singly(rows: AsyncIterable<BookRow>): AsyncGenerator<BookRow[]> {
  for await (const row of rows) yield [row];
}

/** The rows of a book in file order, in batches (as many as the file's next chunk holds). */
export function readBookBatches(path: string): AsyncGenerator<BookRow[]> {
  if (!existsSync(path)) throw new ClearanceError('book_missing', 'invalid', `--input '${path}': no such file`, { field: '--input', value: path });
  return bookFormat(path) === 'csv' ? csv(path) : singly(jsonl(path));
}

async function* flat(batches: AsyncIterable<BookRow[]>): AsyncGenerator<BookRow> {
  for await (const batch of batches) yield* batch;
}

/** The rows of a book, in file order. */
export function readBook(path: string): AsyncGenerator<BookRow> {
  return flat(readBookBatches(path));
}
