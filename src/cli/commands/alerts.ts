import type { Command } from 'commander';
import { AlertActionError, alertHistory, approveClearance, getAlert, listAlerts, resolveAlert, type Alert, type Resolution } from '../../store/alerts.js';
import type { AlertStatus } from '../../store/schema.js';
import { FOUR_EYES, getSetting, setSetting } from '../../store/settings.js';
import { resolveActor } from '../../store/open-from-env.js';
import { BlockedError, UsageError } from '../errors.js';
import { withStore } from '../store-session.js';

const STATUSES = new Set<string>(['open', 'confirmed', 'cleared', 'escalated', 'pending_clearance']);
const RESOLUTIONS = new Set<string>(['confirmed', 'cleared', 'escalated']);

function idOf(raw: string): number {
  const id = Number(raw);
  if (!Number.isInteger(id) || id <= 0) throw new UsageError(`alert id '${raw}' must be a positive integer`);
  return id;
}

function line(a: Alert): string {
  return `${a.id}\t${a.status}\t${a.party.id}\t${a.party.name}\t${a.list} ${a.entryId}\t${a.entryName}\t${a.score.toFixed(3)}\t${a.listVersion}`;
}

function rethrow(err: unknown): never {
  if (err instanceof AlertActionError) throw err.kind === 'refused' ? new BlockedError(err.message) : new UsageError(err.message);
  throw err;
}

export function registerAlertsCommands(program: Command): void {
  const alerts = program.command('alerts').description('screening alerts and the analysts\' decisions on them');
  alerts
    .command('list')
    .description('alerts: id, status, party, list entry, score, list version')
    .option('--status <status>', 'only this status: open, confirmed, cleared, escalated, pending_clearance')
    .option('--limit <n>', 'at most this many')
    .option('--json', 'print JSON with explanations')
    .option('--data-dir <dir>', 'data folder')
    .action(async (opts: { status?: string; limit?: string; json?: boolean; dataDir?: string }) => {
      if (opts.status !== undefined && !STATUSES.has(opts.status)) throw new UsageError(`--status '${opts.status}' must be one of ${[...STATUSES].join(', ')}`);
      const limit = opts.limit === undefined ? undefined : Number(opts.limit);
      if (limit !== undefined && (!Number.isInteger(limit) || limit <= 0)) throw new UsageError(`--limit '${opts.limit}' must be a positive integer`);
      await withStore(opts.dataDir, async (store) => {
        const rows = await listAlerts(store.db, { status: opts.status as AlertStatus | undefined, limit });
        if (opts.json) process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
        else process.stdout.write(rows.map((r) => `${line(r)}\n`).join(''));
      });
    });
  alerts
    .command('show <id>')
    .description('one alert with its explanation and the actions taken on it')
    .option('--data-dir <dir>', 'data folder')
    .action(async (raw: string, opts: { dataDir?: string }) => {
      const id = idOf(raw);
      await withStore(opts.dataDir, async (store) => {
        const alert = await getAlert(store.db, id);
        if (!alert) throw new UsageError(`no alert ${id}`);
        process.stdout.write(`${JSON.stringify({ ...alert, history: await alertHistory(store.db, id) }, null, 2)}\n`);
      });
    });
  alerts
    .command('resolve <id>')
    .description('confirm a true match, clear a false positive (with --note), or escalate')
    .requiredOption('--as <resolution>', 'confirmed, cleared or escalated')
    .option('--note <text>', 'the reason; required to clear')
    .option('--actor <name>', 'the analyst (default $CLEARANCE_ACTOR or $USER)')
    .option('--data-dir <dir>', 'data folder')
    .action(async (raw: string, opts: { as: string; note?: string; actor?: string; dataDir?: string }) => {
      const id = idOf(raw);
      if (!RESOLUTIONS.has(opts.as)) throw new UsageError(`--as '${opts.as}' must be confirmed, cleared or escalated`);
      await withStore(opts.dataDir, async (store) => {
        const alert = await resolveAlert(store, id, opts.as as Resolution, resolveActor(opts.actor), opts.note).catch(rethrow);
        process.stdout.write(`${line(alert)}\n`);
      });
    });
  alerts
    .command('approve <id>')
    .description('four-eyes rule: a second analyst approves a pending clearance')
    .option('--note <text>', 'comment')
    .option('--actor <name>', 'the approving analyst (default $CLEARANCE_ACTOR or $USER)')
    .option('--data-dir <dir>', 'data folder')
    .action(async (raw: string, opts: { note?: string; actor?: string; dataDir?: string }) => {
      const id = idOf(raw);
      await withStore(opts.dataDir, async (store) => {
        const alert = await approveClearance(store, id, resolveActor(opts.actor), opts.note).catch(rethrow);
        process.stdout.write(`${line(alert)}\n`);
      });
    });
  alerts
    .command('four-eyes [state]')
    .description('show, or turn on or off, the rule that a clearance needs a second analyst')
    .option('--data-dir <dir>', 'data folder')
    .action(async (state: string | undefined, opts: { dataDir?: string }) => {
      if (state !== undefined && state !== 'on' && state !== 'off') throw new UsageError(`four-eyes '${state}' must be on or off`);
      await withStore(opts.dataDir, async (store) => {
        if (state) await setSetting(store.db, FOUR_EYES, state);
        process.stdout.write(`four-eyes rule: ${(await getSetting(store.db, FOUR_EYES)) ?? 'off'}\n`);
      });
    });
}
