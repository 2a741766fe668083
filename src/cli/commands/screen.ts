import { createReadStream, existsSync, renameSync, rmSync, createWriteStream } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, basename, join, resolve } from 'node:path';
import { appendAudit } from '../../audit/log.js';
import { resolveActor } from '../../store/open-from-env.js';
import { writeTransaction } from '../../store/transaction.js';
import { withStore } from '../store-session.js';
import type { Command } from 'commander';
import { availableParallelism } from 'node:os';
import { hitsJson } from '../../screening/hit-json.js';
import { screenBatchJsonInOrder } from '../../screening/parallel.js';
import { DEFAULT_THRESHOLD, screenerOver } from '../../screening/screen.js';
import type { ScreeningQuery } from '../../screening/types.js';
import { UsageError } from '../errors.js';
import { parseThreshold } from '../options.js';
import { progressBar } from '../progress.js';
import { INPUT_COLUMNS, readScreeningInput, type ScreenInputRow } from '../screening-input.js';
import { indexOfResolved, resolveSnapshot } from '../snapshot-source.js';

/** Below this many rows, starting workers and building an index in each costs more than it saves. */
const PARALLEL_FROM_ROWS = 20_000;
/** Output written in pieces of about this many characters. */
const WRITE_BATCH_CHARS = 64 * 1024;

async function fileSha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * One output line: {"id":...,"name":...,"hits":[...]}. The hits arrive as JSON text (from a worker or
 * hit-json.ts), so the line is spliced rather than rebuilt; with these fixed keys and string values
 * the bytes are those JSON.stringify would write for the whole object.
 */
function outputLine(row: ScreenInputRow, hitsJsonText: string): string {
  return `{"id":${JSON.stringify(row.id)},"name":${JSON.stringify(row.name)},"hits":${hitsJsonText}}`;
}

export function registerScreenCommand(program: Command): void {
  program
    .command('screen')
    .description(`screen a CSV of names (${INPUT_COLUMNS}) against restricted-party lists; writes JSONL in input order`)
    .option('--list <file...>', 'official list file or folder (repeatable); default: the data folder\'s active version')
    .requiredOption('--input <file>', 'CSV with header id,name and optional type, country, dob and identifier columns')
    .requiredOption('--output <file>', 'JSON Lines output, one object per input row')
    .option('--threshold <x>', `report hits scoring at least this (0..1, default ${DEFAULT_THRESHOLD})`)
    .option('--limit <n>', 'at most this many hits per row', '10')
    .option('--data-dir <dir>', 'data folder (default $CLEARANCE_HOME or ~/.clearance)')
    .option('--force', 'accept list files with more than 1% malformed rows')
    .option('--actor <name>', 'who screens, for the audit trail (default $CLEARANCE_ACTOR or $USER)')
    .option('--workers <n>', `threads that screen, this one included (default: all cores from ${PARALLEL_FROM_ROWS} rows, else 1)`)
    .action(async (opts: { list?: string[]; input: string; output: string; threshold?: string; limit: string; dataDir?: string; force?: boolean; workers?: string; actor?: string }) => {
      if (opts.workers !== undefined && !(Number.isInteger(Number(opts.workers)) && Number(opts.workers) >= 1 && Number(opts.workers) <= 64)) {
        throw new UsageError(`--workers '${opts.workers}' must be an integer from 1 to 64`);
      }
      const threshold = parseThreshold(opts.threshold);
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit '${opts.limit}' must be a positive integer`);
      if (!existsSync(dirname(opts.output) || '.')) throw new UsageError(`--output '${opts.output}': folder ${dirname(opts.output)} does not exist`);
      const rows = await readScreeningInput(opts.input);
      const resolved = await resolveSnapshot({ list: opts.list, dataDir: opts.dataDir, force: opts.force });
      const { snapshot, origin } = resolved;
      const workers = opts.workers === undefined ? (rows.length >= PARALLEL_FROM_ROWS ? availableParallelism() : 1) : Number(opts.workers);
      const tmp = join(dirname(opts.output), `.${basename(opts.output)}.${process.pid}.tmp`);
      const out = createWriteStream(tmp);
      const bar = progressBar('screening', rows.length);
      let rowsWithHits = 0;
      try {
        // A row is a query (name, type, country, dob) with its id and position beside: screened as it is,
        // rather than copied into a million more objects.
        const queries: readonly ScreeningQuery[] = rows;
        const index = indexOfResolved(resolved);
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
          await screenBatchJsonInOrder({ index }, queries, { workers: workers - 1, alsoOnThisThread: true, threshold, limit, onProgress: (done) => bar.update(done) }, (start, answers) => {
            for (let k = 0; k < answers.length; k++) if (addRow(start + k, answers[k]!)) flush();
          });
        } else {
          const screener = screenerOver(index);
          for (let i = 0; i < rows.length; i++) {
            const due = addRow(i, hitsJson(screener.screen(queries[i]!, { threshold, limit })));
            bar.tick();
            if (due && !flush()) await new Promise<void>((r) => out.once('drain', () => r()));
          }
        }
        flush();
        await new Promise<void>((res, rej) => out.end((err?: Error | null) => (err ? rej(err) : res())));
        renameSync(tmp, opts.output);
        bar.stop();
        process.stderr.write(
          `screened ${rows.length} names against ${snapshot.entries.length} list entries (${origin}): ${rowsWithHits} with hits at or above ${threshold}; results in ${opts.output}\n`,
        );
        // One audit record per run: the files are identified by their hashes, so the record proves which
        // input was screened against which lists and what came out, without copying a million rows.
        const record = {
          kind: 'screen_batch' as const,
          actor: resolveActor(opts.actor),
          inputs: { input: resolve(opts.input), inputSha256: await fileSha256(opts.input), rows: rows.length, threshold, limit, lists: origin },
          outputs: { output: resolve(opts.output), outputSha256: await fileSha256(opts.output), rowsWithHits },
          versions: { lists: snapshot.hash },
        };
        await withStore(opts.dataDir, (store) => writeTransaction(store, (trx) => appendAudit(trx, store.dialect, [record])));
      } catch (err) {
        out.destroy();
        rmSync(tmp, { force: true });
        throw err;
      } finally {
        bar.stop();
      }
    });
}
