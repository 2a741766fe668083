import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { DialectName } from '../store/database.js';
import { AUDIT_LOG_COLUMNS, type AuditLogTable, type Database } from '../store/schema.js';
import { canonicalJson } from '../snapshot/canonical-json.js';
import { recordHash } from './chain.js';
import { auditTableMissing } from './missing-table.js';

export type AuditKind = 'screen' | 'screen_batch' | 'check' | 'license_draw' | 'license_cancel' | 'license_add' | 'analyst_action' | 'rescreen' | 'list_forced';

export interface AuditEntry {
  kind: AuditKind;
  actor: string;
  inputs: unknown;
  outputs: unknown;
  versions: { lists?: string; rules?: string };
  /** Defaults to now; tests pass a fixed time. */
  at?: string;
}

export interface AuditRecord {
  seq: number;
  kind: AuditKind;
  actor: string;
  at: string;
  inputs: unknown;
  outputs: unknown;
  versions: { lists?: string; rules?: string };
  prevHash: string;
  hash: string;
}

/**
 * Appends records to the hash chain inside the caller's transaction, so that a decision and its audit
 * record commit or vanish together. The head row is locked (FOR UPDATE on PostgreSQL; SQLite callers
 * hold the write lock already), which orders concurrent appenders.
 */
export async function appendAudit(trx: Kysely<Database>, dialect: DialectName, entries: readonly AuditEntry[]): Promise<number[]> {
  if (entries.length === 0) return [];
  try {
    return await appendRows(trx, dialect, entries);
  } catch (err) {
    throw auditTableMissing(undefined, err) ?? err;
  }
}

/** The rows that continue the chain from its head (seq, hash) with `entries`, each hashed over the one before. */
function chainRows(head: { seq: number; hash: string }, entries: readonly AuditEntry[]): AuditLogTable[] {
  let seq = head.seq;
  let prev = head.hash;
  const rows: AuditLogTable[] = [];
  for (const e of entries) {
    seq += 1;
    const fields = {
      seq,
      kind: e.kind,
      actor: e.actor,
      at: e.at ?? new Date().toISOString(),
      inputs: canonicalJson(e.inputs ?? null),
      outputs: canonicalJson(e.outputs ?? null),
      versions: canonicalJson(e.versions),
      prev_hash: prev,
    };
    const hash = recordHash(fields);
    rows.push({ ...fields, hash });
    prev = hash;
  }
  return rows;
}

function missingHead(): never {
  throw auditTableMissing('audit_head', new Error('the audit_head row is missing'))!;
}

async function appendRows(trx: Kysely<Database>, dialect: DialectName, entries: readonly AuditEntry[]): Promise<number[]> {
  let head = trx.selectFrom('audit_head').select(['seq', 'hash']).where('id', '=', 1);
  if (dialect === 'postgres') head = head.forUpdate();
  const rows = chainRows((await head.executeTakeFirst()) ?? missingHead(), entries);
  // Parameter limits (SQLite 32766, PostgreSQL 65535) allow a few thousand 9-column rows per statement.
  for (let i = 0; i < rows.length; i += 1000) await trx.insertInto('audit_log').values(rows.slice(i, i + 1000)).execute();
  const last = rows.at(-1)!;
  await trx.updateTable('audit_head').set({ seq: last.seq, hash: last.hash }).where('id', '=', 1).execute();
  return rows.map((r) => r.seq);
}

const INSERT_AUDIT_ROW = `insert into audit_log (${AUDIT_LOG_COLUMNS.join(', ')}) values (${AUDIT_LOG_COLUMNS.map(() => '?').join(', ')})`;

/**
 * appendAudit on a SQLite connection directly, in a transaction of its own (BEGIN IMMEDIATE, as
 * writeTransaction's): the same rows, so a chain may mix records of both. For a question that writes
 * nothing else (a check that draws nothing), without loading the query builder.
 */
export function appendAuditDirect(db: BetterSqlite3.Database, entries: readonly AuditEntry[]): number[] {
  if (entries.length === 0) return [];
  const append = db.transaction(() => {
    const rows = chainRows((db.prepare('select seq, hash from audit_head where id = 1').get() as { seq: number; hash: string } | undefined) ?? missingHead(), entries);
    const insert = db.prepare(INSERT_AUDIT_ROW);
    for (const row of rows) insert.run(AUDIT_LOG_COLUMNS.map((c) => row[c]));
    const last = rows.at(-1)!;
    db.prepare('update audit_head set seq = ?, hash = ? where id = 1').run(last.seq, last.hash);
    return rows.map((r) => r.seq);
  });
  try {
    return append.immediate();
  } catch (err) {
    throw auditTableMissing(undefined, err) ?? err;
  }
}

export function toAuditRecord(row: AuditLogTable): AuditRecord {
  return {
    seq: row.seq,
    kind: row.kind as AuditKind,
    actor: row.actor,
    at: row.at,
    inputs: JSON.parse(row.inputs),
    outputs: JSON.parse(row.outputs),
    versions: JSON.parse(row.versions) as AuditRecord['versions'],
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export async function getAuditRecord(db: Kysely<Database>, seq: number): Promise<AuditRecord | undefined> {
  const row = await db.selectFrom('audit_log').selectAll().where('seq', '=', seq).executeTakeFirst();
  return row ? toAuditRecord(row) : undefined;
}

export async function listAudit(db: Kysely<Database>, options: { limit?: number; kind?: string } = {}): Promise<AuditRecord[]> {
  let q = db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').limit(options.limit ?? 50);
  if (options.kind) q = q.where('kind', '=', options.kind);
  return (await q.execute()).map(toAuditRecord);
}
