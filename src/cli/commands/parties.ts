import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { resolveDataDir } from '../../ingest/data-folder.js';
import { importParties } from '../../jobs/party-import.js';
import { NothingToRescreenError, rescreenDataFolder } from '../../jobs/rescreen-data-folder.js';
import { DEFAULT_THRESHOLD } from '../../screening/screen.js';
import { countParties } from '../../store/parties.js';
import { resolveActor } from '../../store/open-from-env.js';
import { UsageError } from '../errors.js';
import { parseThreshold } from '../options.js';
import { progressBar } from '../progress.js';
import { listVersionOf, resolveSnapshot, screenerOfResolved } from '../snapshot-source.js';
import { INPUT_COLUMNS, inputLineOf, readScreeningInput } from '../screening-input.js';
import { withStore } from '../store-session.js';

export function registerPartiesCommands(program: Command): void {
  const parties = program.command('parties').description('stored customers and suppliers, screened, with alerts for analysts');
  parties
    .command('import <customers.csv>')
    .description(`screen a CSV (${INPUT_COLUMNS}) and store the parties, raising an alert per hit; an interrupted import resumes when rerun`)
    .option('--list <file...>', 'list files to screen against; default: the data folder\'s active version')
    .option('--threshold <x>', `alert on hits scoring at least this (default ${DEFAULT_THRESHOLD})`)
    .option('--batch-size <n>', 'parties per committed batch', '500')
    .option('--actor <name>', 'who imports (default $CLEARANCE_ACTOR or $USER)')
    .option('--data-dir <dir>', 'data folder')
    .action(async (file: string, opts: { list?: string[]; threshold?: string; batchSize: string; actor?: string; dataDir?: string }) => {
      const t = parseThreshold(opts.threshold);
      const batchSize = Number(opts.batchSize);
      if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch-size '${opts.batchSize}' must be a positive integer`);
      const rows = await readScreeningInput(file);
      const seen = new Map<string, number>();
      for (const r of rows) {
        if (!r.id.trim()) throw new UsageError(`'${file}' line ${await inputLineOf(file, r.record)}: field 'id' is empty; stored parties need their own id`);
        const first = seen.get(r.id);
        if (first !== undefined) {
          throw new UsageError(`'${file}' line ${await inputLineOf(file, r.record)}: id '${r.id}' already appears on line ${await inputLineOf(file, first)}`);
        }
        seen.set(r.id, r.record);
      }
      const resolved = await resolveSnapshot({ list: opts.list, dataDir: opts.dataDir });
      const versioned = resolved.origin === 'data-folder';
      const listVersion = listVersionOf(resolved);
      // The same file screened against the same lists is the same import: a rerun resumes it.
      const importId = createHash('sha256').update(readFileSync(file)).update(`\n${listVersion}\n${t}`).digest('hex');
      const screener = screenerOfResolved(resolved);
      // Parties committed so far (whole batches), for the one-line report if the database fails midway.
      let committed: number | undefined;
      const progress = () => (committed === undefined ? undefined : `${committed} of ${rows.length} parties committed; the same command resumes from there`);
      await withStore(opts.dataDir, async (store) => {
        const bar = progressBar('screening parties', rows.length);
        let shown = 0;
        try {
          const result = await importParties(
            store,
            rows.map(({ record: _record, ...p }) => p),
            {
              importId,
              file,
              listVersion,
              threshold: t,
              versioned,
              actor: resolveActor(opts.actor),
              batchSize,
              screen: (p) => screener.screen({ name: p.name, type: p.type as never, country: p.country, dob: p.dob, identifiers: p.identifiers }, { threshold: t }),
              onProgress: (done) => {
                committed = done;
                bar.tick(done - shown);
                shown = done;
              },
            },
          );
          bar.stop();
          process.stdout.write(`${JSON.stringify({ ...result, listVersion })}\n`);
        } finally {
          bar.stop();
        }
      }, { progress });
    });
  parties
    .command('rescreen')
    .description('re-screen stored parties against only the entries added or changed since they were last screened')
    .option('--from <version>', 'the list version parties were screened against (default: the recorded one)')
    .option('--to <version>', 'the list version to bring them to (default: active)')
    .option('--threshold <x>', `alert on hits scoring at least this (default ${DEFAULT_THRESHOLD})`)
    .option('--full-scan', 'screen every stored party, not only those sharing a name key with the change')
    .option('--actor <name>', 'who runs it')
    .option('--data-dir <dir>', 'data folder')
    .action(async (opts: { from?: string; to?: string; threshold?: string; fullScan?: boolean; actor?: string; dataDir?: string }) => {
      const t = parseThreshold(opts.threshold);
      await withStore(opts.dataDir, async (store) => {
        const total = await countParties(store.db);
        const bar = progressBar('re-screening parties', total);
        let shown = 0;
        try {
          const result = await rescreenDataFolder(store, resolveDataDir(opts.dataDir), {
            from: opts.from,
            to: opts.to,
            threshold: t,
            fullScan: opts.fullScan,
            actor: resolveActor(opts.actor),
            onProgress: (done) => {
              bar.tick(done - shown);
              shown = done;
            },
          }).catch((err: unknown) => {
            if (err instanceof NothingToRescreenError) throw new UsageError(err.message);
            throw err;
          });
          bar.stop();
          process.stdout.write(`${JSON.stringify(result)}\n`);
        } finally {
          bar.stop();
        }
      });
    });
}
