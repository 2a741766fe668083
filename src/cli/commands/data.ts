import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { ListEntry } from '../../model/list-entry.js';
import { primaryName } from '../../model/list-entry.js';
import {
  activateVersion,
  activeVersionId,
  importPaths,
  listVersions,
  loadVersionSnapshot,
  resolveDataDir,
  resolveVersionId,
} from '../../ingest/data-folder.js';
import { UnknownListFormatError } from '../../ingest/detect.js';
import { loadSnapshotFromPaths } from '../../ingest/load.js';
import { RejectedFileError } from '../../ingest/malformed.js';
import { currentSources, OFFICIAL_SOURCES, sourcesAt, type RemoteSource } from '../../ingest/official-sources.js';
import { updateFromRemote } from '../../ingest/update.js';
import { diffEntries } from '../../snapshot/diff.js';
import { NothingToRescreenError, rescreenDataFolder } from '../../jobs/rescreen-data-folder.js';
import { DatabaseUnavailableError } from '../../store/database.js';
import { resolveActor, storedPartyCount } from '../../store/open-from-env.js';
import { EXIT, UsageError } from '../errors.js';
import { progressBar } from '../progress.js';
import { withStore } from '../store-session.js';

interface DataDirOption {
  dataDir?: string;
}

interface RescreenOption {
  /** False with --no-rescreen. */
  rescreen: boolean;
}

/**
 * After a new list version became active: when the store holds parties, bring them to it by delta
 * re-screening (only the added and changed entries) and print one line. Without a store, or with an
 * empty one, nothing is opened or created.
 */
async function rescreenStoredParties(dataDir: string | undefined, version: string): Promise<void> {
  let parties: number | undefined;
  try {
    parties = await storedPartyCount({ dataDir });
  } catch (err) {
    if (!(err instanceof DatabaseUnavailableError)) throw err;
    process.stderr.write(`clearance: version ${version} is active, but stored parties were not re-screened: ${err.message}; run 'clearance parties rescreen' once it is back\n`);
    process.exitCode = EXIT.failure;
    return;
  }
  if (!parties) return;
  await withStore(dataDir, async (store) => {
    const bar = progressBar('re-screening parties', parties);
    let shown = 0;
    try {
      const result = await rescreenDataFolder(store, resolveDataDir(dataDir), {
        actor: resolveActor(),
        onProgress: (done) => {
          bar.tick(done - shown);
          shown = done;
        },
      });
      bar.stop();
      if ('upToDate' in result) process.stdout.write(`re-screening: the ${parties} stored parties are already screened against ${result.upToDate}\n`);
      else {
        process.stdout.write(
          `re-screened ${result.partiesScreened} of ${parties} stored parties against ${result.added} added and ${result.changed} changed entries (${result.from} -> ${result.to}): ${result.alertsRaised} new alert${result.alertsRaised === 1 ? '' : 's'}\n`,
        );
      }
    } catch (err) {
      if (!(err instanceof NothingToRescreenError)) throw err;
      process.stderr.write(`clearance: stored parties were not re-screened: ${err.message}; 'clearance parties rescreen --from VERSION' re-screens them\n`);
    } finally {
      bar.stop();
    }
  });
}

function asUsage(err: unknown): never {
  if (err instanceof UnknownListFormatError || err instanceof RejectedFileError) throw new UsageError(err.message);
  throw err;
}

function describeEntry(e: ListEntry): string {
  return `${e.list.code} ${e.id} ${primaryName(e)}`;
}

/** A version reference (id, prefix, 'active') or a path to list files. */
async function entriesOf(ref: string, dataDir: string | undefined): Promise<{ label: string; entries: readonly ListEntry[] }> {
  if (existsSync(ref)) {
    const snapshot = await loadSnapshotFromPaths([ref]).catch(asUsage);
    return { label: ref, entries: snapshot.entries };
  }
  const home = resolveDataDir(dataDir);
  let id: string;
  try {
    id = resolveVersionId(home, ref);
  } catch (err) {
    throw new UsageError(`${(err as Error).message}; give a version id or a path to list files`);
  }
  return { label: id, entries: (await loadVersionSnapshot(home, id)).entries };
}

function parseSourceOverrides(values: string[] | undefined, base: RemoteSource[]): RemoteSource[] {
  if (!values || values.length === 0) return currentSources(base);
  const byName = new Map(base.map((s) => [s.name, s] as const));
  const chosen: RemoteSource[] = [];
  for (const value of values) {
    const eq = value.indexOf('=');
    const name = eq > 0 ? value.slice(0, eq) : value;
    const source = byName.get(name);
    if (!source) throw new UsageError(`--source '${value}': unknown source '${name}' (known: ${[...byName.keys()].join(', ')})`);
    if (eq > 0) {
      if (source.files.length !== 1) throw new UsageError(`--source '${value}': ${name} has several files; use --base-url for it`);
      chosen.push({ ...source, files: [{ ...source.files[0]!, url: value.slice(eq + 1) }] });
    } else chosen.push(source);
  }
  return chosen;
}

export function registerDataCommands(program: Command): void {
  const data = program.command('data').description('manage the versioned restricted-party lists in the data folder');
  const dataDirOption = ['--data-dir <dir>', 'data folder (default $CLEARANCE_HOME or ~/.clearance)'] as const;

  data
    .command('import')
    .description('validate list files (or folders) and add them as a new version, atomically')
    .argument('<path...>', 'official list files or folders (CSL consolidated.csv/.json, OFAC sdn.csv set, UN consolidated.xml, BIS dpl.txt, EU FSF XML, OFSI ConList.xlsx/.csv, UK Sanctions List XML)')
    .option(...dataDirOption)
    .option('--force', 'accept files with more than 1% malformed rows')
    .option('--no-rescreen', 'do not re-screen the stored parties against the new version')
    .action(async (paths: string[], opts: DataDirOption & RescreenOption & { force?: boolean }) => {
      const home = resolveDataDir(opts.dataDir);
      const result = await importPaths(home, paths, { force: opts.force }).catch(asUsage);
      if (result.unchanged) {
        process.stdout.write(`unchanged: the files match active version ${result.manifest.id}\n`);
        return;
      }
      process.stdout.write(`imported version ${result.manifest.id} (now active) into ${home}\n`);
      for (const s of result.manifest.sources) {
        const mark = result.changed.includes(s.name) ? '*' : ' ';
        process.stdout.write(`  ${mark} ${s.name.padEnd(10)} ${String(s.entryCount).padStart(7)} entries  ${s.contentHash.slice(0, 12)}  ${s.malformedRows} malformed\n`);
      }
      if (opts.rescreen) await rescreenStoredParties(opts.dataDir, result.manifest.id);
    });

  data
    .command('update')
    .description('download the official lists, validate them and switch to them; on any failure the active version stays')
    .option(...dataDirOption)
    .option('--force', 'accept a list that dropped more than 10% of its entries, or has malformed rows')
    .option('--partial', 'keep the sources that succeeded even if others failed')
    .option('--base-url <url>', 'fetch every source from a mirror laid out as <url>/<source>/<file>')
    .option('--source <name[=url]...>', 'only these sources (csl, ofac-sdn, un, bis-dpl, eu-fsf, uk-fcdo; uk-ofsi, closed, only when named), optionally from another URL')
    .option('--timeout <ms>', 'give up on a connection or a stalled transfer after this long', '30000')
    .option('--retries <n>', 'attempts per file', '3')
    .option('--no-rescreen', 'do not re-screen the stored parties against the new version')
    .action(async (opts: DataDirOption & RescreenOption & { force?: boolean; partial?: boolean; baseUrl?: string; source?: string[]; timeout: string; retries: string }) => {
      const timeout = Number(opts.timeout);
      const attempts = Number(opts.retries);
      if (!Number.isFinite(timeout) || timeout <= 0) throw new UsageError(`--timeout '${opts.timeout}' is not a positive number of milliseconds`);
      if (!Number.isInteger(attempts) || attempts < 1) throw new UsageError(`--retries '${opts.retries}' is not a positive integer`);
      const base = opts.baseUrl ? sourcesAt(opts.baseUrl) : [...OFFICIAL_SOURCES];
      const sources = parseSourceOverrides(opts.source, base);
      const home = resolveDataDir(opts.dataDir);
      const result = await updateFromRemote(home, {
        sources,
        force: opts.force,
        partial: opts.partial,
        download: { connectTimeoutMs: timeout, idleTimeoutMs: timeout, attempts, backoffMs: 500 },
        onEvent: (e) => {
          if (e.type === 'download') process.stderr.write(`fetching ${e.source}: ${e.url}\n`);
          if (e.type === 'failed') process.stderr.write(`FAILED ${e.source}: ${e.error}\n`);
        },
      });
      if (result.commit && !result.commit.unchanged) {
        process.stdout.write(`updated: version ${result.commit.manifest.id} is active (changed: ${result.commit.changed.join(', ')})\n`);
        if (opts.rescreen) await rescreenStoredParties(opts.dataDir, result.commit.manifest.id);
      } else if (result.commit?.unchanged) {
        process.stdout.write(`unchanged: the lists match active version ${result.commit.manifest.id}\n`);
      }
      if (result.failures.length > 0) {
        const active = activeVersionId(home);
        process.stderr.write(
          result.commit
            ? `some sources failed and kept their previous files (--partial)\n`
            : `update failed; ${active ? `version ${active} stays active` : 'no version is active'}\n`,
        );
        process.exitCode = 1;
      }
    });

  data
    .command('list')
    .description('print the stored list versions; * marks the active one')
    .option(...dataDirOption)
    .option('--json', 'print JSON')
    .action((opts: DataDirOption & { json?: boolean }) => {
      const home = resolveDataDir(opts.dataDir);
      const versions = listVersions(home);
      const active = activeVersionId(home);
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ active: active ?? null, versions }, null, 2)}\n`);
        return;
      }
      if (versions.length === 0) {
        process.stdout.write(`no list versions in ${home}; run 'clearance data import PATH' or 'clearance data update'\n`);
        return;
      }
      for (const v of versions) {
        process.stdout.write(`${v.id === active ? '*' : ' '} ${v.id}  ${v.createdAt}\n`);
        for (const s of v.sources) {
          const lists = Object.entries(s.countsByList)
            .sort((a, b) => b[1] - a[1])
            .map(([k, n]) => `${k} ${n}`)
            .join(', ');
          process.stdout.write(`    ${s.name.padEnd(10)} ${String(s.entryCount).padStart(7)}  ${s.contentHash.slice(0, 12)}  ${s.sourceDate ?? ''}  ${lists}\n`);
        }
      }
    });

  data
    .command('activate')
    .description('make a stored version active again (rollback)')
    .argument('<version>', 'version id or unique prefix')
    .option(...dataDirOption)
    .action((ref: string, opts: DataDirOption) => {
      const home = resolveDataDir(opts.dataDir);
      let id: string;
      try {
        id = activateVersion(home, ref);
      } catch (err) {
        throw new UsageError((err as Error).message);
      }
      process.stdout.write(`version ${id} is active\n`);
    });

  data
    .command('diff')
    .description('added, removed and changed entries between two versions (ids, "active", or paths to list files)')
    .argument('<a>', 'older version id or path')
    .argument('<b>', 'newer version id or path')
    .option(...dataDirOption)
    .option('--json', 'print JSON with the entries')
    .option('--limit <n>', 'entries shown per section in text mode', '20')
    .action(async (a: string, b: string, opts: DataDirOption & { json?: boolean; limit: string }) => {
      const before = await entriesOf(a, opts.dataDir);
      const after = await entriesOf(b, opts.dataDir);
      const diff = diffEntries(before.entries, after.entries);
      if (opts.json) {
        process.stdout.write(
          `${JSON.stringify({
            from: before.label,
            to: after.label,
            counts: { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length, unchanged: diff.unchanged },
            added: diff.added,
            removed: diff.removed,
            changed: diff.changed.map((c) => ({ key: c.key, fields: c.fields, before: c.before, after: c.after })),
          })}\n`,
        );
        return;
      }
      const limit = Math.max(0, Number(opts.limit) || 0);
      process.stdout.write(`${before.label} -> ${after.label}\n`);
      process.stdout.write(`added ${diff.added.length}, removed ${diff.removed.length}, changed ${diff.changed.length}, unchanged ${diff.unchanged}\n`);
      const section = (title: string, lines: string[]) => {
        if (lines.length === 0) return;
        process.stdout.write(`\n${title}:\n`);
        for (const line of lines.slice(0, limit)) process.stdout.write(`  ${line}\n`);
        if (lines.length > limit) process.stdout.write(`  ... ${lines.length - limit} more (--limit, --json)\n`);
      };
      section('added', diff.added.map(describeEntry));
      section('removed', diff.removed.map(describeEntry));
      section('changed', diff.changed.map((c) => `${describeEntry(c.after)}  [${c.fields.join(', ')}]`));
    });
}
