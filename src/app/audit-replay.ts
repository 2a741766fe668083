import { diffHits, diffValue, type Difference } from '../audit/diff.js';
import { getAuditRecord, type AuditRecord } from '../audit/log.js';
import { determine } from '../ear/index.js';
import { hitSummary } from '../jobs/hits-to-alerts.js';
import { applyLicenses, type LicensedDecision } from '../licenses/apply.js';
import { checkDraw, type DrawRequest } from '../licenses/eligibility.js';
import { getLicense, listLicenses } from '../licenses/register.js';
import { errors } from '../model/error-catalogue.js';
import type { EntryKind } from '../model/list-entry.js';
import type { QueryIdentifier } from '../screening/types.js';
import type { Store } from '../store/database.js';
import { validTransaction } from './check.js';
import { checkScreenParty } from './party-screener.js';
import { screenWith } from './screen-party.js';
import type { Runtime } from './runtime.js';

/* Replay: the recorded question decided again with today's lists, rules and register. */

export interface Replay {
  seq: number;
  kind: string;
  recordedAt: string;
  /** True when nothing differs. */
  same: boolean;
  differences: Difference[];
  now: unknown;
}

interface Replayed {
  now: unknown;
  differences: Difference[];
}

interface CheckInputs {
  transaction: unknown;
  asOf?: string;
  rules?: string;
  list?: string[];
}

async function replayCheck(rt: Runtime, store: Store, record: AuditRecord): Promise<Replayed> {
  const inputs = record.inputs as CheckInputs;
  const tx = validTransaction(inputs.transaction);
  const pack = await rt.rules.pack({ rules: inputs.rules });
  const lists = await rt.lists.resolve({ list: inputs.list });
  const decision = determine(tx, { pack, asOf: inputs.asOf, screenParty: checkScreenParty(lists.screener(), pack), listsVersion: lists.snapshot.hash });
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

async function replayScreen(rt: Runtime, record: AuditRecord): Promise<Replayed> {
  const inputs = record.inputs as { party: { name: string; type?: EntryKind; country?: string; dob?: string; identifiers?: QueryIdentifier[] }; threshold?: number; limit?: number; lists?: string[] };
  const party = inputs.party;
  const lists = await rt.lists.resolve();
  // Records before the threshold was recorded were made at the default one.
  const query = { name: party.name, type: party.type, country: party.country, dob: party.dob, identifiers: party.identifiers };
  const hits = hitSummary(screenWith(lists, query, { threshold: inputs.threshold, limit: inputs.limit, listCodes: inputs.lists }));
  const was = (record.outputs as { hits: { list: string; entityId: string; score: number }[] }).hits;
  return { now: { hits, lists: lists.version }, differences: [...diffValue('versions.lists', record.versions.lists, lists.version), ...diffHits(was, hits)] };
}

async function replayDraw(store: Store, record: AuditRecord): Promise<Replayed> {
  const req = record.inputs as DrawRequest & { asOf: string };
  const license = await getLicense(store.db, req.license);
  const now = !license ? { status: 'blocked', reason: `license ${req.license} is no longer in the register` } : checkDraw(license, req, req.asOf);
  const nowStatus = 'ok' in now ? (now.ok ? 'drawn' : 'blocked') : now.status;
  const was = record.outputs as { status: string };
  return { now: { ...now, note: 'checked against the register as it stands; nothing drawn' }, differences: diffValue('status', was.status, nowStatus) };
}

/**
 * `clearance audit replay`: decides a recorded check, screening or license draw again with today's
 * data and says what differs. Nothing is drawn or recorded.
 */
export async function replayAudit(rt: Runtime, seq: number): Promise<Replay> {
  return rt.store.use('read', async (store) => {
    const record = await getAuditRecord(store.db, seq);
    if (!record) throw errors.auditRecordNotFound(seq);
    let replayed: Replayed;
    if (record.kind === 'check') replayed = await replayCheck(rt, store, record);
    else if ((record.kind === 'screen' || record.kind === 'rescreen') && (record.inputs as { party?: unknown }).party) replayed = await replayScreen(rt, record);
    else if (record.kind === 'license_draw') replayed = await replayDraw(store, record);
    else throw errors.notReplayable(seq, record.kind);
    return { seq, kind: record.kind, recordedAt: record.at, same: replayed.differences.length === 0, differences: replayed.differences, now: replayed.now };
  });
}
