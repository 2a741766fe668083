import type { Kysely, Selectable } from 'kysely';
import type { AlertsTable, AlertStatus, Database } from './schema.js';

/** A screening hit worth an analyst's look, before it is stored. */
export interface AlertCandidate {
  partyId: number;
  list: string;
  entryId: string;
  entryHash: string;
  entryName: string;
  matchedName: string;
  listVersion: string;
  score: number;
  explanation: unknown;
}

export interface Alert extends AlertCandidate {
  id: number;
  party: { id: string; name: string };
  status: AlertStatus;
  createdAt: string;
  updatedAt: string;
}

const pairKey = (partyId: number, list: string, entryId: string) => `${partyId}\u0000${list}\u0000${entryId}`;

/**
 * Stores new alerts, skipping a party/entry pair that already has an alert for the same entry content
 * (whatever its status): an open one needs no twin, and a cleared or confirmed one stands until the
 * listing changes. The unique key (party, list, entry, list version) makes a re-run insert nothing twice.
 */
export async function raiseAlerts(trx: Kysely<Database>, candidates: readonly AlertCandidate[]): Promise<number[]> {
  if (candidates.length === 0) return [];
  const partyIds = [...new Set(candidates.map((c) => c.partyId))];
  const known = new Set<string>();
  for (let i = 0; i < partyIds.length; i += 1000) {
    const rows = await trx
      .selectFrom('alerts')
      .select(['party_id', 'list_code', 'entry_id', 'entry_hash'])
      .where('party_id', 'in', partyIds.slice(i, i + 1000))
      .execute();
    for (const r of rows) known.add(`${pairKey(r.party_id, r.list_code, r.entry_id)}\u0000${r.entry_hash}`);
  }
  const now = new Date().toISOString();
  const fresh = candidates.filter((c) => !known.has(`${pairKey(c.partyId, c.list, c.entryId)}\u0000${c.entryHash}`));
  const ids: number[] = [];
  for (let i = 0; i < fresh.length; i += 1000) {
    const inserted = await trx
      .insertInto('alerts')
      .values(
        fresh.slice(i, i + 1000).map((c) => ({
          party_id: c.partyId,
          list_code: c.list,
          entry_id: c.entryId,
          entry_hash: c.entryHash,
          entry_name: c.entryName,
          matched_name: c.matchedName,
          list_version: c.listVersion,
          score: c.score,
          explanation: JSON.stringify(c.explanation),
          status: 'open' as const,
          created_at: now,
          updated_at: now,
        })),
      )
      .onConflict((oc) => oc.columns(['party_id', 'list_code', 'entry_id', 'list_version']).doNothing())
      .returning('id')
      .execute();
    ids.push(...inserted.map((r) => r.id));
  }
  return ids;
}

function toAlert(r: Selectable<AlertsTable> & { external_id: string; party_name: string }): Alert {
  return {
    id: r.id,
    partyId: r.party_id,
    party: { id: r.external_id, name: r.party_name },
    list: r.list_code,
    entryId: r.entry_id,
    entryHash: r.entry_hash,
    entryName: r.entry_name,
    matchedName: r.matched_name,
    listVersion: r.list_version,
    score: r.score,
    explanation: JSON.parse(r.explanation),
    status: r.status,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function alertQuery(db: Kysely<Database>) {
  return db
    .selectFrom('alerts')
    .innerJoin('parties', 'parties.id', 'alerts.party_id')
    .selectAll('alerts')
    .select(['parties.external_id', 'parties.name as party_name']);
}

export async function listAlerts(db: Kysely<Database>, filter: { status?: AlertStatus; limit?: number } = {}): Promise<Alert[]> {
  let q = alertQuery(db).orderBy('alerts.id');
  if (filter.status) q = q.where('alerts.status', '=', filter.status);
  if (filter.limit) q = q.limit(filter.limit);
  return (await q.execute()).map(toAlert);
}

export async function getAlert(db: Kysely<Database>, id: number): Promise<Alert | undefined> {
  const row = await alertQuery(db).where('alerts.id', '=', id).executeTakeFirst();
  return row ? toAlert(row) : undefined;
}

/** What an analyst's action leaves in the store: the alert's status, the action, and for a clearance the pair cleared. */
export interface AlertAction {
  alert: Alert;
  /** confirmed, cleared, escalated, clear_requested, clear_approved */
  action: string;
  actor: string;
  note?: string;
  status: AlertStatus;
  at: string;
}

/**
 * Writes an analyst's action inside the caller's transaction (which also appends its audit record: the
 * store knows nothing of the audit trail). A clearance makes the party/entry pair stand cleared until
 * the listed entry's content changes.
 */
export async function recordAlertAction(trx: Kysely<Database>, a: AlertAction): Promise<void> {
  const { alert, at } = a;
  await trx.updateTable('alerts').set({ status: a.status, updated_at: at }).where('id', '=', alert.id).execute();
  await trx.insertInto('alert_actions').values({ alert_id: alert.id, action: a.action, actor: a.actor, note: a.note ?? null, created_at: at }).execute();
  if (a.status === 'cleared') {
    await trx
      .insertInto('clearances')
      .values({ party_id: alert.partyId, list_code: alert.list, entry_id: alert.entryId, entry_hash: alert.entryHash, alert_id: alert.id, created_at: at })
      .onConflict((oc) => oc.columns(['party_id', 'list_code', 'entry_id']).doUpdateSet({ entry_hash: alert.entryHash, alert_id: alert.id, created_at: at }))
      .execute();
  }
}

/** Who last asked for this alert's clearance (the four-eyes rule's first pair of eyes). */
export async function clearanceRequester(db: Kysely<Database>, id: number): Promise<string | undefined> {
  const request = await db.selectFrom('alert_actions').select('actor').where('alert_id', '=', id).where('action', '=', 'clear_requested').orderBy('id', 'desc').executeTakeFirst();
  return request?.actor;
}

export async function alertHistory(db: Kysely<Database>, id: number): Promise<{ action: string; actor: string; note: string | null; at: string }[]> {
  const rows = await db.selectFrom('alert_actions').selectAll().where('alert_id', '=', id).orderBy('id').execute();
  return rows.map((r) => ({ action: r.action, actor: r.actor, note: r.note, at: r.created_at }));
}
