import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import type { InputEncoding } from '../ingest/text-encoding.js';
import { hitsJson } from '../screening/hit-json.js';
import { screenBatchJsonInOrder } from '../screening/parallel.js';
import type { ScreeningQuery } from '../screening/types.js';
import { recordAudit } from './audit-record.js';
import type { ListsOrigin } from './lists.js';
import { fileSha256 } from './file-hash.js';
import { checkOutputPath, OutputFile } from './output-file.js';
import type { Runtime } from './runtime.js';
import { PARALLEL_FROM_ROWS } from './screen-file-defaults.js';
import { readScreeningInput, type ScreenInputRow } from './screening-input.js';

/** Output written in pieces of about this many characters. */
const WRITE_BATCH_CHARS = 64 * 1024;

export interface ScreenFileRequest {
  /** CSV of parties (see screening-input.ts). */
  input: string;
  /** The input's text encoding when it is not UTF-8 (`--encoding`). */
  encoding?: InputEncoding;
  /** JSON Lines output, one object per input row; it appears only when complete. */
  output: string;
  list?: readonly string[];
  force?: boolean;
  threshold: number;
  limit: number;
  /** Threads that screen, this one included; default all cores from PARALLEL_FROM_ROWS rows, else 1. */
  workers?: number;
  actor: string;
}

export interface ScreenFileResult {
  rows: number;
  rowsWithHits: number;
  entries: number;
  origin: ListsOrigin;
  threshold: number;
  output: string;
}


/**
 * One output line: {"id":...,"name":...,"hits":[...]}. The hits arrive as JSON text (from a worker or
 * hit-json.ts), so the line is spliced rather than rebuilt; with these fixed keys and string values
 * the bytes are those JSON.stringify would write for the whole object.
 */
function outputLine(row: ScreenInputRow, hitsJsonText: string): string {
  return `{"id":${JSON.stringify(row.id)},"name":${JSON.stringify(row.name)},"hits":${hitsJsonText}}`;
}

/**
 * `clearance screen`: screens every row of a CSV against the lists and writes JSON Lines in input
 * order. The input is read and checked whole first, so a bad row stops the run before any output
 * exists; the output is written beside and renamed into place when complete, and never over the input or
 * a list. One audit record per run identifies input and output by their hashes.
 */
export async function screenFile(rt: Runtime, req: ScreenFileRequest, onProgress: (done: number, total: number) => void = () => {}): Promise<ScreenFileResult> {
  checkOutputPath('--output', req.output, [{ field: '--input', path: req.input }, ...(req.list ?? []).map((path) => ({ field: '--list', path }))]);
  const rows = await readScreeningInput(req.input, { encoding: req.encoding });
  const lists = await rt.lists.resolve({ list: req.list, force: req.force });
  const { threshold, limit } = req;
  const workers = req.workers ?? (rows.length >= PARALLEL_FROM_ROWS ? availableParallelism() : 1);
  const out = new OutputFile('--output', req.output);
  let rowsWithHits = 0;
  try {
    // A row is a query (name, type, country, dob) with its id and position beside: screened as it is,
    // rather than copied into a million more objects.
    const queries: readonly ScreeningQuery[] = rows;
    const index = lists.index();
    // Lines go to the stream a batch at a time: a write per line costs the stream more than the
    // line costs to make.
    let pending = '';
    /** Adds row i's line; true when the batch is due to be written. */
    const addRow = (i: number, hits: string): boolean => {
      if (hits !== '[]') rowsWithHits++;
      pending += `${outputLine(rows[i]!, hits)}\n`;
      return pending.length >= WRITE_BATCH_CHARS;
    };
    /** Writes the batch; false when the stream asks the writer to wait for 'drain'. */
    const flush = (): boolean => {
      const drained = pending.length === 0 || out.write(pending);
      pending = '';
      return drained;
    };
    if (workers > 1) {
      // This thread screens from the start while the other workers receive the index it built;
      // each writes the hits' JSON itself. Lines are written in input order as they are done.
      // The stream buffers what the disk has not taken yet: it takes lines far faster than they come.
      await screenBatchJsonInOrder({ index }, queries, { workers: workers - 1, alsoOnThisThread: true, threshold, limit, onProgress: (done) => onProgress(done, rows.length) }, (start, answers) => {
        for (let k = 0; k < answers.length; k++) if (addRow(start + k, answers[k]!)) flush();
      });
    } else {
      const screener = lists.screener();
      for (let i = 0; i < rows.length; i++) {
        const due = addRow(i, hitsJson(screener.screen(queries[i]!, { threshold, limit })));
        onProgress(i + 1, rows.length);
        if (due && !flush()) await out.drained();
      }
    }
    flush();
    await out.commit();
  } catch (err) {
    out.abort();
    throw err;
  }
  // One audit record per run: the files are identified by their hashes, so the record proves which
  // input was screened against which lists and what came out, without copying a million rows.
  const record = {
    kind: 'screen_batch' as const,
    actor: req.actor,
    inputs: { input: resolve(req.input), inputSha256: await fileSha256(req.input), rows: rows.length, threshold, limit, lists: lists.origin },
    outputs: { output: resolve(req.output), outputSha256: await fileSha256(req.output), rowsWithHits },
    versions: { lists: lists.snapshot.hash },
  };
  await rt.store.use('write', (store) => recordAudit(rt, store, [record]));
  return { rows: rows.length, rowsWithHits, entries: lists.snapshot.entries.length, origin: lists.origin, threshold, output: req.output };
}
