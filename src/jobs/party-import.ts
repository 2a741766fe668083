import type { Store } from '../store/database.js';
import { writeTransaction } from '../store/transaction.js';
import { setPartyKeys, upsertParties, type PartyInput } from '../store/parties.js';
import type { EntryKind } from '../model/list-entry.js';
import { partyNameKeys } from './name-keys.js';
import { raiseAlerts } from '../store/alerts.js';
import { getSetting, SCREENED_VERSION, setSetting } from '../store/settings.js';
import { appendAudit, type AuditEntry } from '../audit/log.js';
import type { ScreeningHit } from '../screening/types.js';
import type { Logger } from 'pino';
import { createLogger } from '../util/log.js';
import { entryHasher, hitSummary, hitsToCandidates } from './hits-to-alerts.js';

export interface PartyImportOptions {
  /** Identifies the run: the hash of the file and the list version, so that a rerun resumes it. */
  importId: string;
  file: string;
  /** Data-folder version id (or snapshot hash) the parties are screened against. */
  listVersion: string;
  /** True when listVersion is a data-folder version that delta re-screening can start from. */
  versioned: boolean;
  actor: string;
  screen: (party: PartyInput) => ScreeningHit[];
  /** The threshold `screen` applies, recorded with each decision so that a replay screens alike. */
  threshold?: number;
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Where the import says that it resumes (the runtime's logger). */
  log?: Logger;
}

export interface PartyImportResult {
  importId: string;
  total: number;
  /** Rows this run processed (fewer than total when it resumed an interrupted run). */
  processed: number;
  resumedAt: number;
  alertsRaised: number;
  alreadyDone: boolean;
}

/**
 * Screens and stores parties in batches. Each batch's parties, alerts, audit records and the import's
 * progress commit in one transaction, so a crash (even kill -9) leaves whole batches only, and the
 * rerun continues after the last committed one.
 */
export async function importParties(store: Store, parties: readonly PartyInput[], opts: PartyImportOptions): Promise<PartyImportResult> {
  const batchSize = opts.batchSize ?? 500;
  await store.db
    .insertInto('imports')
    .values({
      id: opts.importId,
      file: opts.file,
      list_version: opts.listVersion,
      total_rows: parties.length,
      done_rows: 0,
      alerts_raised: 0,
      status: 'running',
      started_at: new Date().toISOString(),
      finished_at: null,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
  const state = await store.db.selectFrom('imports').selectAll().where('id', '=', opts.importId).executeTakeFirstOrThrow();
  const result: PartyImportResult = { importId: opts.importId, total: parties.length, processed: 0, resumedAt: state.done_rows, alertsRaised: state.alerts_raised, alreadyDone: state.status === 'done' };
  if (state.status === 'done') return result;
  if (parties.length === 0) {
    await store.db.updateTable('imports').set({ status: 'done', finished_at: new Date().toISOString() }).where('id', '=', opts.importId).execute();
    return result;
  }
  if (state.done_rows > 0) (opts.log ?? createLogger('party-import')).info({ importId: opts.importId, resumedAt: state.done_rows }, 'resuming an interrupted import');
  opts.onProgress?.(state.done_rows, parties.length);
  const hash = entryHasher();
  for (let start = state.done_rows; start < parties.length; start += batchSize) {
    const batch = parties.slice(start, start + batchSize);
    // Screening is the slow part and needs no lock: it runs before the write transaction opens.
    const hits = batch.map((p) => opts.screen(p));
    const keys = batch.map((p) => partyNameKeys(p.name, p.type as EntryKind | undefined));
    const end = start + batch.length;
    const raised = await writeTransaction(store, async (trx) => {
      const ids = await upsertParties(trx, batch, opts.importId);
      await setPartyKeys(trx, new Map(batch.map((p, i) => [ids.get(p.id)!, keys[i]!])));
      const candidates = batch.flatMap((p, i) => hitsToCandidates(ids.get(p.id)!, hits[i]!, opts.listVersion, hash));
      const alertIds = await raiseAlerts(trx, candidates);
      const audit: AuditEntry[] = batch.map((p, i) => ({
        kind: 'screen',
        actor: opts.actor,
        inputs: { party: p, importId: opts.importId, threshold: opts.threshold },
        outputs: { hits: hitSummary(hits[i]!) },
        versions: { lists: opts.listVersion },
      }));
      await appendAudit(trx, store.dialect, audit);
      const done = end >= parties.length;
      await trx
        .updateTable('imports')
        .set((eb) => ({
          done_rows: end,
          alerts_raised: eb('alerts_raised', '+', alertIds.length),
          status: done ? 'done' : 'running',
          finished_at: done ? new Date().toISOString() : null,
        }))
        .where('id', '=', opts.importId)
        .execute();
      if (done && opts.versioned && (await getSetting(trx, SCREENED_VERSION)) === undefined) await setSetting(trx, SCREENED_VERSION, opts.listVersion);
      return alertIds.length;
    });
    result.processed += batch.length;
    result.alertsRaised += raised;
    opts.onProgress?.(end, parties.length);
  }
  return result;
}
