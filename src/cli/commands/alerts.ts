import type { Command } from 'commander';
import { ALERT_STATUSES, approveAlert, fourEyesRule, listAlerts, resolveAlert, RESOLUTIONS, showAlert, type Alert, type AlertStatus, type Resolution } from '../../app/alerts.js';
import { parseCount } from '../../app/options.js';
import { errors } from '../../model/error-catalogue.js';
import type { CliContext } from '../context.js';

const ALERT_COLUMNS = ['id', 'status', 'party_id', 'party', 'entry', 'entry_name', 'score', 'list_version'];

function line(a: Alert): string {
  return `${a.id}\t${a.status}\t${a.party.id}\t${a.party.name}\t${a.list} ${a.entryId}\t${a.entryName}\t${a.score.toFixed(3)}\t${a.listVersion}`;
}

const alertId = (raw: string) => parseCount(raw, 'alert id');

export function registerAlertsCommands(program: Command, cli: CliContext): void {
  const alerts = program.command('alerts').description('screening alerts and the analysts\' decisions on them');
  alerts
    .command('list')
    .description('alerts: id, status, party, list entry, score, list version')
    .option('--status <status>', 'only this status: open, confirmed, cleared, escalated, pending_clearance')
    .option('--limit <n>', 'at most this many')
    .option('--json', 'print JSON with explanations')
    .option('--no-header', 'leave out the header row (tab-separated output)')
    .option('--data-dir <dir>', 'data folder')
    .action(async (opts: { status?: string; limit?: string; json?: boolean; header: boolean; dataDir?: string }) => {
      if (opts.status !== undefined && !(ALERT_STATUSES as readonly string[]).includes(opts.status)) throw errors.invalidOption('--status', opts.status, `must be one of ${ALERT_STATUSES.join(', ')}`);
      const limit = opts.limit === undefined ? undefined : parseCount(opts.limit, '--limit');
      const rows = await listAlerts(await cli.runtime(opts), { status: opts.status as AlertStatus | undefined, limit });
      if (opts.json) cli.out(`${JSON.stringify(rows, null, 2)}\n`);
      else cli.out([...(opts.header ? [ALERT_COLUMNS.join('\t')] : []), ...rows.map(line)].map((l) => `${l}\n`).join(''));
    });
  alerts
    .command('show <id>')
    .description('one alert with its explanation and the actions taken on it')
    .option('--data-dir <dir>', 'data folder')
    .action(async (raw: string, opts: { dataDir?: string }) => {
      const alert = await showAlert(await cli.runtime(opts), alertId(raw));
      cli.out(`${JSON.stringify(alert, null, 2)}\n`);
    });
  alerts
    .command('resolve <id>')
    .description('confirm a true match, clear a false positive (with --note), or escalate')
    .requiredOption('--as <resolution>', 'confirmed, cleared or escalated')
    .option('--note <text>', 'the reason; required to clear')
    .option('--actor <name>', 'the analyst (default $CLEARANCE_ACTOR or $USER)')
    .option('--data-dir <dir>', 'data folder')
    .action(async (raw: string, opts: { as: string; note?: string; actor?: string; dataDir?: string }) => {
      const id = alertId(raw);
      if (!(RESOLUTIONS as readonly string[]).includes(opts.as)) throw errors.invalidOption('--as', opts.as, 'must be confirmed, cleared or escalated');
      const alert = await resolveAlert(await cli.runtime(opts), { id, resolution: opts.as as Resolution, note: opts.note, actor: cli.actor(opts.actor) });
      cli.out(`${line(alert)}\n`);
    });
  alerts
    .command('approve <id>')
    .description('four-eyes rule: a second analyst approves a pending clearance')
    .option('--note <text>', 'comment')
    .option('--actor <name>', 'the approving analyst (default $CLEARANCE_ACTOR or $USER)')
    .option('--data-dir <dir>', 'data folder')
    .action(async (raw: string, opts: { note?: string; actor?: string; dataDir?: string }) => {
      const alert = await approveAlert(await cli.runtime(opts), { id: alertId(raw), note: opts.note, actor: cli.actor(opts.actor) });
      cli.out(`${line(alert)}\n`);
    });
  alerts
    .command('four-eyes [state]')
    .description('show, or turn on or off, the rule that a clearance needs a second analyst')
    .option('--data-dir <dir>', 'data folder')
    .action(async (state: string | undefined, opts: { dataDir?: string }) => {
      if (state !== undefined && state !== 'on' && state !== 'off') throw errors.invalidOption('four-eyes', state, 'must be on or off');
      cli.out(`four-eyes rule: ${await fourEyesRule(await cli.runtime(opts), state)}\n`);
    });
}
