import type { Readable } from 'node:stream';

/**
 * Whether a delimited text file (CSV, tab-separated) ends the way a whole file ends. A download or a copy
 * that stopped early ends in the middle of a record, and a parser, which reads what it is given, would hand
 * back the rows before the cut as if they were the whole list. The end tells:
 * - a record whose quoted field never closes (or runs to the end past the record size limit) is cut;
 * - a file that ends without a line break is whole only if its last record has every field and its last
 *   field is quoted and closed (BIS and trade.gov publish files that end so); a record short of fields, or
 *   an unquoted last field, may have been cut anywhere and is refused.
 * A cut that falls exactly at the end of a row leaves a shorter file that is whole by its form; the data
 * folder's guards (shrinkage against the active version, a copy that is the start of the active file)
 * catch those.
 * The parser reports each record and each record it skipped, in parse order (csv-parse's `on_record`
 * and `on_skip`), and lets this watch the bytes go by.
 */

/** csv-parse errors that mean the end of the file came inside a record. */
const CUT_RECORD_CODES = new Set(['CSV_QUOTE_NOT_CLOSED', 'CSV_MAX_RECORD_SIZE']);
const QUOTE = 0x22;
const EOF_MARK = 0x1a;
const TAIL_BYTES = 16;

type Last = { kind: 'record'; fields: number } | { kind: 'cut'; reason: string };

export class CsvEnd {
  private tail: Buffer = Buffer.alloc(0);
  private last: Last | undefined;

  /** Watches the bytes of `stream` as they go to the parser; returns the stream. */
  watch<T extends Readable>(stream: T): T {
    stream.on('data', (chunk: Buffer | string) => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      this.tail = Buffer.concat([this.tail, bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES))]).subarray(-TAIL_BYTES);
    });
    return stream;
  }

  /**
   * A record the parser read, as csv-parse hands it to `on_record`: the fields, or `{ record, info }` when
   * its `info` option is on. Blank records (OFAC's end-of-file byte on its own line) do not count.
   */
  record(item: readonly string[] | { record: readonly string[] }): void {
    const fields = 'record' in item ? item.record : item;
    if (fields.every((f) => /^[\s\x00-\x1f]*$/.test(f))) return;
    this.last = { kind: 'record', fields: fields.length };
  }

  /** A record the parser could not read. */
  skipped(err: { code?: string; message?: string } | undefined): void {
    if (err?.code && CUT_RECORD_CODES.has(err.code)) {
      this.last = { kind: 'cut', reason: err.code === 'CSV_QUOTE_NOT_CLOSED' ? 'a quoted field that never closes' : 'a quoted field that runs on to the end of the file' };
    } else {
      this.last = { kind: 'record', fields: -1 };
    }
  }

  /**
   * Why the file looks cut off, or undefined when it ends whole. `expectedFields` is the field count of a
   * whole record (the header's, or the format's), when known.
   */
  truncation(expectedFields: number | undefined): string | undefined {
    const last = this.last;
    if (!last) return undefined;
    if (last.kind === 'cut') return `the file ends inside its last record (${last.reason}): it looks cut off`;
    let end = this.tail.length;
    while (end > 0 && this.tail[end - 1] === EOF_MARK) end--;
    const lastByte = end > 0 ? this.tail[end - 1] : undefined;
    // A file that ends on the CR of a CR LF was cut between the two bytes of its last line break; the
    // parser would read the lone CR into the last field.
    if (lastByte === 0x0d) return 'the file ends between the two bytes of a line break (CR without its LF): it looks cut off';
    if (lastByte === 0x0a) return undefined;
    if (expectedFields !== undefined && last.fields !== expectedFields) {
      return `the file ends inside its last record (${last.fields < 0 ? 'an unreadable record' : `${last.fields} of ${expectedFields} fields`}, no line break): it looks cut off`;
    }
    if (lastByte !== QUOTE) return 'the file ends without a line break inside an unquoted field, so its last record may be cut off';
    return undefined;
  }
}
