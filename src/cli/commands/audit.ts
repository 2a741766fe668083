import type { Command } from 'commander';
import { diffHits, diffValue, type Difference } from '../../audit/diff.js';
import { getAuditRecord, listAudit, type AuditRecord } from '../../audit/log.js';
import { determine, parseTransaction } from '../../ear/index.js';
import { resolveDataDir } from '../../ingest/data-folder.js';
import { hitSummary } from '../../jobs/hits-to-alerts.js';
import { applyLicenses, type LicensedDecision } from '../../licenses/apply.js';
import { checkDraw, type DrawRequest } from '../../licenses/eligibility.js';
import { getLicense, listLicenses } from '../../licenses/register.js';
import type { EntryKind } from '../../model/list-entry.js';
import type { QueryIdentifier } from '../../screening/types.js';
import type { Store } from '../../store/database.js';
import { resolveRulesPack } from '../rules-source.js';
import { listVersionOf, resolveSnapshot, screenerOfResolved } from '../snapshot-source.js';
import { checkScreenParty } from '../check-screener.js';
import { verifyAudit } from '../../audit/verify.js';
import { EXIT, UsageError } from '../errors.js';
import { withStore } from '../store-session.js';

function seqOf(raw: string): number {
  const seq = Number(raw);
  if (!Number.isInteger(seq) || seq <= 0) throw new UsageError(`audit record id '${raw}' must be a positive integer`);
  return seq;
}

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the hash-chained audit trail of every decision');
  audit
    .command('verify')
    .description('recompute the hash chain; exit 1 naming the first record edited, deleted or out of place')
    .option('--data-dir <dir>', 'data folder')
    .action(async (opts: { dataDir?: string }) => {
      await withStore(opts.dataDir, async (store) => {
        const result = await verifyAudit(store.db);
        if (result.ok) {
          process.stdout.write(`audit trail intact: ${result.records} records, head ${result.headSeq}\n`);
          return;
        }
        process.stdout.write(`${JSON.stringify(result)}\n`);
        process.stderr.write(`clearance: audit trail broken at record ${result.firstBad!.seq}: ${result.firstBad!.problem}\n`);
        process.exitCode = EXIT.failure;
      });
    });
  audit
    .command('list')
    .description('the newest audit records')
    .option('--limit <n>', 'how many', '20')
    .option('--kind <kind>', 'only this kind (screen, screen_batch, check, license_draw, license_cancel, license_add, analyst_action, rescreen)')
    .option('--data-dir <dir>', 'data folder')
    .action(async (opts: { limit: string; kind?: string; dataDir?: string }) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit <= 0) throw new UsageError(`--limit '${opts.limit}' must be a positive integer`);
      await withStore(opts.dataDir, async (store) => {
        for (const r of await listAudit(store.db, { limit, kind: opts.kind })) {
          process.stdout.write(`${r.seq}\t${r.at}\t${r.kind}\t${r.actor}\t${r.hash.slice(0, 12)}\n`);
        }
      });
    });
  audit
    .command('show <id>')
    .description('one audit record with its inputs, outputs and versions')
    .option('--data-dir <dir>', 'data folder')
    .action(async (id: string, opts: { dataDir?: string }) => {
      const seq = seqOf(id);
      await withStore(opts.dataDir, async (store) => {
        const record = await getAuditRecord(store.db, seq);
        if (!record) throw new UsageError(`no audit record ${seq}`);
        process.stdout.write(`${JSON.stringify(record, null, 2)}\n`);
      });
    });
  registerAuditReplay(audit);
}

/* Replay: the recorded question decided again with today's lists, rules and register. */

interface CheckInputs {
  transaction: unknown;
  asOf?: string;
  rules?: string;
  list?: string[];
}

async function replayCheck(store: Store, record: AuditRecord, dataDir: string | undefined): Promise<{ now: unknown; differences: Difference[] }> {
  const inputs = record.inputs as CheckInputs;
  const tx = parseTransaction(inputs.transaction);
  const home = resolveDataDir(dataDir);
  const pack = await resolveRulesPack(inputs.rules, home);
  const resolved = await resolveSnapshot({ list: inputs.list, dataDir });
  const snapshot = resolved.snapshot;
  const decision = determine(tx, { pack, asOf: inputs.asOf, screenParty: checkScreenParty(screenerOfResolved(resolved), pack), listsVersion: snapshot.hash });
  const now = applyLicenses(decision, tx, await listLicenses(store.db, { destination: tx.destination.toUpperCase() }));
  const was = record.outputs as LicensedDecision;
  const differences: Difference[] = [
    ...diffValue('outcome', was.outcome, now.outcome),
    ...diffValue('licensing.may_proceed', was.licensing?.may_proceed, now.licensing.may_proceed),
    ...diffValue('versions', was.versions, now.versions),
  ];
  now.items.forEach((item, i) => {
    const before = was.items?.[i];
    differences.push(...diffValue(`items[${i}].outcome`, before?.outcome, item.outcome));
    differences.push(...diffValue(`items[${i}].reasons`, before?.reasons.map((r) => r.code), item.reasons.map((r) => r.code)));
  });
  now.parties.forEach((p, i) => differences.push(...diffHits(was.parties?.[i]?.hits ?? [], p.hits, `parties[${i}].hits`)));
  return { now, differences };
}

async function replayScreen(record: AuditRecord, dataDir: string | undefined): Promise<{ now: unknown; differences: Difference[] }> {
  const inputs = record.inputs as { party: { name: string; type?: EntryKind; country?: string; dob?: string; identifiers?: QueryIdentifier[] }; threshold?: number };
  const party = inputs.party;
  const resolved = await resolveSnapshot({ dataDir });
  const lists = listVersionOf(resolved);
  // Records before the threshold was recorded were made at the default one.
  const hits = hitSummary(screenerOfResolved(resolved).screen({ name: party.name, type: party.type, country: party.country, dob: party.dob, identifiers: party.identifiers }, { threshold: inputs.threshold }));
  const was = (record.outputs as { hits: { list: string; entityId: string; score: number }[] }).hits;
  return { now: { hits, lists }, differences: [...diffValue('versions.lists', record.versions.lists, lists), ...diffHits(was, hits)] };
}

async function replayDraw(store: Store, record: AuditRecord): Promise<{ now: unknown; differences: Difference[] }> {
  const req = record.inputs as DrawRequest & { asOf: string };
  const license = await getLicense(store.db, req.license);
  const now = !license ? { status: 'blocked', reason: `license ${req.license} is no longer in the register` } : checkDraw(license, req, req.asOf);
  const nowStatus = 'ok' in now ? (now.ok ? 'drawn' : 'blocked') : now.status;
  const was = record.outputs as { status: string };
  return { now: { ...now, note: 'checked against the register as it stands; nothing drawn' }, differences: diffValue('status', was.status, nowStatus) };
}

export function registerAuditReplay(audit: Command): void {
  audit
    .command('replay <id>')
    .description('decide a recorded question again with today\'s data and show what would differ (exit 0 same, 3 different)')
    .option('--data-dir <dir>', 'data folder')
    .action(async (raw: string, opts: { dataDir?: string }) => {
      const seq = seqOf(raw);
      await withStore(opts.dataDir, async (store) => {
        const record = await getAuditRecord(store.db, seq);
        if (!record) throw new UsageError(`no audit record ${seq}`);
        let replayed;
        if (record.kind === 'check') replayed = await replayCheck(store, record, opts.dataDir);
        else if ((record.kind === 'screen' || record.kind === 'rescreen') && (record.inputs as { party?: unknown }).party) replayed = await replayScreen(record, opts.dataDir);
        else if (record.kind === 'license_draw') replayed = await replayDraw(store, record);
        else throw new UsageError(`audit record ${seq} is a ${record.kind}: only check, screen and license_draw decisions can be replayed`);
        process.stdout.write(`${JSON.stringify({ seq, kind: record.kind, recordedAt: record.at, same: replayed.differences.length === 0, differences: replayed.differences, now: replayed.now }, null, 2)}\n`);
        if (replayed.differences.length > 0) process.exitCode = EXIT.blocked;
      });
    });
}
