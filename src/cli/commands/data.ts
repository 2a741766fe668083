import type { Command } from 'commander';
import type { ActivationHooks, CommitResult } from '../../app/data.js';
import { parseCount } from '../../app/options.js';
import type { RescreenOutcome } from '../../app/rescreen.js';
import { errors } from '../../model/error-catalogue.js';
import type { ListEntry } from '../../model/list-entry.js';
import { primaryName } from '../../model/list-entry.js';
import type { CliContext } from '../context.js';
import { EXIT } from '../exit-codes.js';
import type { Progress } from '../progress.js';

interface DataDirOption {
  dataDir?: string;
}

interface RescreenOption {
  /** False with --no-rescreen. */
  rescreen: boolean;
}

function describeEntry(e: ListEntry): string {
  return `${e.list.code} ${e.id} ${primaryName(e)}`;
}

/** One line about re-screening the stored parties against the new version (nothing when there are none). */
function reportRescreen(cli: CliContext, outcome: RescreenOutcome | undefined, version: string): void {
  switch (outcome?.status) {
    case undefined:
    case 'no_parties':
      return;
    case 'up_to_date':
      cli.out(`re-screening: the ${outcome.parties} stored parties are already screened against ${outcome.version}\n`);
      return;
    case 'rescreened': {
      const r = outcome.result;
      cli.out(
        `re-screened ${r.partiesScreened} of ${outcome.parties} stored parties against ${r.added} added and ${r.changed} changed entries (${r.from} -> ${r.to}): ${r.alertsRaised} new alert${r.alertsRaised === 1 ? '' : 's'}\n`,
      );
      return;
    }
    case 'no_recorded_version':
      cli.err(`clearance: stored parties were not re-screened: ${outcome.message}; 'clearance parties rescreen --from VERSION' re-screens them\n`);
      return;
    case 'store_unavailable':
      cli.err(`clearance: version ${version} is active, but stored parties were not re-screened: ${outcome.message}; run 'clearance parties rescreen' once it is back\n`);
      cli.exitCode = EXIT.failure;
  }
}

/** Hooks that print the new version (and what --force let through) and draw the re-screening bar. */
function activationHooks(cli: CliContext, bar: Progress, printCommit: (commit: CommitResult) => void): ActivationHooks {
  const onCommitted = (commit: CommitResult) => {
    printCommit(commit);
    if (commit.unchanged) return;
    for (const f of commit.forced) cli.err(`clearance: --force accepted ${f.source}: ${f.reason} (recorded in the audit trail)\n`);
  };
  return { onCommitted, onRescreenProgress: (done, total) => bar.update(done, total) };
}

export function registerDataCommands(program: Command, cli: CliContext): void {
  const data = program.command('data').description('manage the versioned restricted-party lists in the data folder');
  const dataDirOption = ['--data-dir <dir>', 'data folder (default $CLEARANCE_HOME or ~/.clearance)'] as const;

  data
    .command('import')
    .description('validate list files (or folders) and add them as a new version, atomically')
    .argument('<path...>', 'official list files or folders (CSL consolidated.csv/.json, OFAC sdn.csv set, UN consolidated.xml, BIS dpl.txt, EU FSF XML, OFSI ConList.xlsx/.csv, UK Sanctions List XML)')
    .option(...dataDirOption)
    .option('--force', 'accept files the import guards refuse (malformed rows, cut off, shrunk against the active version); recorded in the audit trail')
    .option('--no-rescreen', 'do not re-screen the stored parties against the new version')
    .action(async (paths: string[], opts: DataDirOption & RescreenOption & { force?: boolean }) => {
      const { importLists } = await import('../../app/data.js');
      const rt = await cli.runtime(opts);
      const bar = cli.progress('re-screening parties');
      try {
        const printCommit = (commit: CommitResult) => {
          if (commit.unchanged) {
            cli.out(`unchanged: the files match active version ${commit.manifest.id}\n`);
            return;
          }
          cli.out(`imported version ${commit.manifest.id} (now active) into ${rt.dataDir}\n`);
          for (const s of commit.manifest.sources) {
            const mark = commit.changed.includes(s.name) ? '*' : ' ';
            cli.out(`  ${mark} ${s.name.padEnd(10)} ${String(s.entryCount).padStart(7)} entries  ${s.contentHash.slice(0, 12)}  ${s.malformedRows} malformed\n`);
          }
        };
        const result = await importLists(rt, { paths, force: opts.force, rescreen: opts.rescreen, actor: cli.actor() }, activationHooks(cli, bar, printCommit));
        bar.stop();
        reportRescreen(cli, result.rescreen, result.commit.manifest.id);
      } finally {
        bar.stop();
      }
    });

  data
    .command('update')
    .description('download the official lists, validate them and switch to them; on any failure the active version stays')
    .option(...dataDirOption)
    .option('--force', 'accept a list that dropped more than 10% of its entries, was cut off or has malformed rows; recorded in the audit trail')
    .option('--partial', 'keep the sources that succeeded even if others failed')
    .option('--base-url <url>', 'fetch every source from a mirror laid out as <url>/<source>/<file>')
    // Commander reads an option as variadic only when a word character stands before '...>' ('<name[=url]...>' took one string).
    .option('--source <source...>', 'only these sources, each NAME or NAME=URL (csl, ofac-sdn, un, bis-dpl, eu-fsf, uk-fcdo; uk-ofsi, closed, only when named)')
    .option('--timeout <ms>', 'give up on a connection or a stalled transfer after this long', '30000')
    .option('--retries <n>', 'attempts per file', '3')
    .option('--no-rescreen', 'do not re-screen the stored parties against the new version')
    .action(async (opts: DataDirOption & RescreenOption & { force?: boolean; partial?: boolean; baseUrl?: string; source?: string[]; timeout: string; retries: string }) => {
      const { chooseSources, updateLists } = await import('../../app/data.js');
      const timeout = Number(opts.timeout);
      if (!Number.isFinite(timeout) || timeout <= 0) throw errors.invalidOption('--timeout', opts.timeout, 'is not a positive number of milliseconds');
      const attempts = parseCount(opts.retries, '--retries');
      const sources = chooseSources(opts.source, opts.baseUrl);
      const rt = await cli.runtime(opts);
      const bar = cli.progress('re-screening parties');
      try {
        const printCommit = (commit: CommitResult) => {
          if (commit.unchanged) cli.out(`unchanged: the lists match active version ${commit.manifest.id}\n`);
          else cli.out(`updated: version ${commit.manifest.id} is active (changed: ${commit.changed.join(', ')})\n`);
        };
        const request = { sources, force: opts.force, partial: opts.partial, download: { connectTimeoutMs: timeout, idleTimeoutMs: timeout, attempts, backoffMs: 500 }, rescreen: opts.rescreen, actor: cli.actor() };
        const { update, active, rescreen } = await updateLists(rt, request, {
          ...activationHooks(cli, bar, printCommit),
          onEvent: (e) => {
            if (e.type === 'download') cli.err(`fetching ${e.source}: ${e.url}\n`);
            if (e.type === 'failed') cli.err(`FAILED ${e.source}: ${e.error}\n`);
          },
        });
        bar.stop();
        if (update.commit) reportRescreen(cli, rescreen, update.commit.manifest.id);
        if (update.failures.length > 0) {
          cli.err(update.commit ? `some sources failed and kept their previous files (--partial)\n` : `update failed; ${active ? `version ${active} stays active` : 'no version is active'}\n`);
          cli.exitCode = EXIT.failure;
        }
      } finally {
        bar.stop();
      }
    });

  data
    .command('list')
    .description('print the stored list versions; * marks the active one')
    .option(...dataDirOption)
    .option('--json', 'print JSON')
    .action(async (opts: DataDirOption & { json?: boolean }) => {
      const { listVersions } = await import('../../app/data.js');
      const rt = await cli.runtime(opts);
      const { active, versions } = listVersions(rt);
      if (opts.json) {
        cli.out(`${JSON.stringify({ active, versions }, null, 2)}\n`);
        return;
      }
      if (versions.length === 0) {
        cli.out(`no list versions in ${rt.dataDir}; run 'clearance data import PATH' or 'clearance data update'\n`);
        return;
      }
      for (const v of versions) {
        cli.out(`${v.id === active ? '*' : ' '} ${v.id}  ${v.createdAt}\n`);
        for (const s of v.sources) {
          const lists = Object.entries(s.countsByList)
            .sort((a, b) => b[1] - a[1])
            .map(([k, n]) => `${k} ${n}`)
            .join(', ');
          cli.out(`    ${s.name.padEnd(10)} ${String(s.entryCount).padStart(7)}  ${s.contentHash.slice(0, 12)}  ${s.sourceDate ?? ''}  ${lists}\n`);
        }
      }
    });

  data
    .command('activate')
    .description('make a stored version active again (rollback); the stored parties are re-screened against it')
    .argument('<version>', 'version id or unique prefix')
    .option(...dataDirOption)
    .option('--no-rescreen', 'do not re-screen the stored parties against it')
    .action(async (ref: string, opts: DataDirOption & RescreenOption) => {
      const { activateAndRescreen } = await import('../../app/data.js');
      const bar = cli.progress('re-screening parties');
      try {
        const result = await activateAndRescreen(await cli.runtime(opts), ref, { rescreen: opts.rescreen, actor: cli.actor() }, (done, total) => bar.update(done, total));
        bar.stop();
        cli.out(`version ${result.version} is active\n`);
        reportRescreen(cli, result.rescreen, result.version);
      } finally {
        bar.stop();
      }
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
      const { diffLists } = await import('../../app/data.js');
      const { from, to, diff } = await diffLists(await cli.runtime(opts), a, b);
      if (opts.json) {
        cli.out(
          `${JSON.stringify({
            from,
            to,
            counts: { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length, unchanged: diff.unchanged },
            added: diff.added,
            removed: diff.removed,
            changed: diff.changed.map((c) => ({ key: c.key, fields: c.fields, before: c.before, after: c.after })),
          })}\n`,
        );
        return;
      }
      const limit = Math.max(0, Number(opts.limit) || 0);
      cli.out(`${from} -> ${to}\n`);
      cli.out(`added ${diff.added.length}, removed ${diff.removed.length}, changed ${diff.changed.length}, unchanged ${diff.unchanged}\n`);
      const section = (title: string, lines: string[]) => {
        if (lines.length === 0) return;
        cli.out(`\n${title}:\n`);
        for (const line of lines.slice(0, limit)) cli.out(`  ${line}\n`);
        if (lines.length > limit) cli.out(`  ... ${lines.length - limit} more (--limit, --json)\n`);
      };
      section('added', diff.added.map(describeEntry));
      section('removed', diff.removed.map(describeEntry));
      section('changed', diff.changed.map((c) => `${describeEntry(c.after)}  [${c.fields.join(', ')}]`));
    });
}
