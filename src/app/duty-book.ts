import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import Papa from 'papaparse';
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

interface CsvChunk {
  records: string[][];
  errors: Papa.ParseError[];
}

/** A whole line of the file that holds nothing (papaparse hands it on as one empty field). */
function blank(fields: string[]): boolean {
  return fields.length === 1 && fields[0]!.trim() === '';
}

/** The field without the blanks around it (most fields have none: then no new string is made). */
function trimmed(f: string): string {
  if (f.length === 0) return f;
  const a = f.charCodeAt(0);
  const b = f.charCodeAt(f.length - 1);
  return a <= 32 || b <= 32 || a === 0xfeff ? f.replace(/^\ufeff/, '').trim() : f;
}

/**
 * The records of a CSV book, as papaparse reads them from the file a chunk at a time (it reads this
 * input several times faster than csv-parse did). Each record starts on the line after the lines of
 * the records and blank lines before it: one line each, plus the line breaks inside its quoted fields.
 */
async function* csv(path: string): AsyncGenerator<BookRow[]> {
  const queue: (CsvChunk | Error | null)[] = [];
  let wake: (() => void) | undefined;
  let parser: Papa.Parser | undefined;
  const put = (item: CsvChunk | Error | null): void => {
    queue.push(item);
    wake?.();
    wake = undefined;
  };
  Papa.parse(createReadStream(path, 'utf8') as unknown as File, {
    skipEmptyLines: false,
    chunk: (results: Papa.ParseResult<string[]>, p: Papa.Parser) => {
      parser = p;
      p.pause();
      put({ records: results.data, errors: results.errors });
    },
    complete: () => put(null),
    error: (err: Error) => put(err),
  });
  let header: string[] | undefined;
  let lines = 0;
  let ended = false;
  try {
    for (;;) {
      if (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      const item = queue.shift()!;
      if (item === null) {
        ended = true;
        return;
      }
      if (item instanceof Error) throw item;
      const rows: BookRow[] = [];
      const firstError = item.errors.find((e) => e.type !== 'Delimiter');
      for (let r = 0; r < item.records.length; r++) {
        const fields = item.records[r]!;
        const line = lines + 1;
        lines++;
        for (const f of fields) for (let at = f.indexOf('\n'); at >= 0; at = f.indexOf('\n', at + 1)) lines++;
        if (firstError && firstError.row === r) throw new Error(`${firstError.message} (line ${line})`);
        if (blank(fields)) continue;
        if (!header) {
          header = fields.map((c) => trimmed(c).toLowerCase());
          continue;
        }
        if (fields.length !== header.length) throw new Error(`Invalid Record Length: expect ${header.length}, got ${fields.length} on line ${line}`);
        const raw: Record<string, string> = {};
        for (let i = 0; i < fields.length; i++) {
          const f = trimmed(fields[i]!);
          if (f !== '') raw[header[i]!] = f;
        }
        rows.push({ line, raw });
      }
      if (rows.length > 0) yield rows;
      parser?.resume();
    }
  } catch (err) {
    if (err instanceof ClearanceError) throw err;
    throw new ClearanceError('book_csv_invalid', 'invalid', `--input '${path}': ${(err as Error).message}`, { field: '--input', value: path });
  } finally {
    // A reader stopped early (an error, a consumer that stops) closes the file.
    if (!ended) parser?.abort();
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
