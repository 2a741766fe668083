import type { Kysely } from 'kysely';
import { appendAudit } from '../audit/log.js';
import { errors } from '../model/error-catalogue.js';
import { alertHistory, clearanceRequester, getAlert, listAlerts as alertsIn, recordAlertAction, type Alert } from '../store/alerts.js';
import type { Store } from '../store/database.js';
import type { AlertStatus, Database } from '../store/schema.js';
import { FOUR_EYES, getSetting, setSetting } from '../store/settings.js';
import { writeTransaction } from '../store/transaction.js';
import type { Runtime } from './runtime.js';

export type { Alert, AlertStatus };

export type Resolution = 'confirmed' | 'cleared' | 'escalated';

export const ALERT_STATUSES: readonly AlertStatus[] = ['open', 'confirmed', 'cleared', 'escalated', 'pending_clearance'];
export const RESOLUTIONS: readonly Resolution[] = ['confirmed', 'cleared', 'escalated'];

export async function listAlerts(rt: Runtime, filter: { status?: AlertStatus; limit?: number } = {}): Promise<Alert[]> {
  return rt.store.use('read', (store) => alertsIn(store.db, filter));
}

/** Alerts waiting for an analyst: open, or a clearance waiting for its second pair of eyes. */
export async function countOpenAlerts(rt: Runtime): Promise<number> {
  return rt.store.use('read', async (store) => {
    const row = await store.db.selectFrom('alerts').select((eb) => eb.fn.countAll<number>().as('n')).where('status', 'in', ['open', 'pending_clearance']).executeTakeFirstOrThrow();
    return Number(row.n);
  });
}

export type AlertWithHistory = Alert & { history: Awaited<ReturnType<typeof alertHistory>> };

export async function showAlert(rt: Runtime, id: number): Promise<AlertWithHistory> {
  return rt.store.use('read', async (store) => {
    const alert = await getAlert(store.db, id);
    if (!alert) throw errors.alertNotFound(id);
    return { ...alert, history: await alertHistory(store.db, id) };
  });
}

/** The action, its audit record (kind analyst_action) and the alert's new status, in one transaction. */
async function act(trx: Kysely<Database>, store: Store, alert: Alert, action: string, actor: string, note: string | undefined, status: AlertStatus, at: string): Promise<void> {
  await recordAlertAction(trx, { alert, action, actor, note, status, at });
  await appendAudit(trx, store.dialect, [
    {
      kind: 'analyst_action',
      actor,
      at,
      inputs: { alert: alert.id, action, note, party: alert.party, list: alert.list, entryId: alert.entryId, entryHash: alert.entryHash },
      outputs: { status },
      versions: { lists: alert.listVersion },
    },
  ]);
}

/**
 * An analyst's decision on an alert, over a store. Clearing a false positive needs a note; with the
 * four-eyes rule on it waits in 'pending_clearance' until a different analyst approves it.
 * `noteField` names the note as the caller's input does (`--note`, `note`).
 */
export async function decideAlert(store: Store, id: number, resolution: Resolution, actor: string, note?: string, options: { at?: string; noteField?: string } = {}): Promise<Alert> {
  if (resolution === 'cleared' && !note?.trim()) throw errors.noteRequired(options.noteField ?? '--note');
  const at = options.at ?? new Date().toISOString();
  const fourEyes = (await getSetting(store.db, FOUR_EYES)) === 'on';
  await writeTransaction(store, async (trx) => {
    const alert = await getAlert(trx, id);
    if (!alert) throw errors.alertNotFound(id);
    if (resolution === 'cleared' && fourEyes) await act(trx, store, alert, 'clear_requested', actor, note, 'pending_clearance', at);
    else await act(trx, store, alert, resolution, actor, note, resolution, at);
  });
  return (await getAlert(store.db, id))!;
}

/** The second pair of eyes, over a store: a different analyst approves a pending clearance. */
export async function approveClearance(store: Store, id: number, actor: string, note?: string, options: { at?: string } = {}): Promise<Alert> {
  const at = options.at ?? new Date().toISOString();
  await writeTransaction(store, async (trx) => {
    const alert = await getAlert(trx, id);
    if (!alert) throw errors.alertNotFound(id);
    if (alert.status !== 'pending_clearance') throw errors.alertNotPending(id, alert.status);
    if ((await clearanceRequester(trx, id)) === actor) throw errors.fourEyes(actor);
    await act(trx, store, alert, 'clear_approved', actor, note, 'cleared', at);
  });
  return (await getAlert(store.db, id))!;
}

export interface AlertDecision {
  id: number;
  resolution: Resolution;
  note?: string;
  actor: string;
}

/** `clearance alerts resolve`: confirm a true match, clear a false positive (with a note), or escalate. */
export async function resolveAlert(rt: Runtime, d: AlertDecision, noteField = '--note'): Promise<Alert> {
  return rt.store.use('write', (store) => decideAlert(store, d.id, d.resolution, d.actor, d.note, { at: rt.clock.now().toISOString(), noteField }));
}

/** `clearance alerts approve`: the four-eyes rule's second analyst. */
export async function approveAlert(rt: Runtime, d: { id: number; note?: string; actor: string }): Promise<Alert> {
  return rt.store.use('write', (store) => approveClearance(store, d.id, d.actor, d.note, { at: rt.clock.now().toISOString() }));
}

/** The four-eyes rule: shown, or turned on or off. */
export async function fourEyesRule(rt: Runtime, state?: 'on' | 'off'): Promise<'on' | 'off'> {
  return rt.store.use(state ? 'write' : 'read', async (store) => {
    if (state) await setSetting(store.db, FOUR_EYES, state);
    return (await getSetting(store.db, FOUR_EYES)) === 'on' ? 'on' : 'off';
  });
}
