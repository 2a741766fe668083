import type { Kysely } from 'kysely';
import { loadQueryBuilder, type Store } from './database.js';
import type { Database } from './schema.js';

/**
 * Runs `fn` in a transaction that writes. On SQLite it is BEGIN IMMEDIATE: the write lock is taken
 * up front, so two processes never both read a balance and then race to write it (a deferred
 * transaction would fail its upgrade with SQLITE_BUSY instead of waiting). On PostgreSQL it is an
 * ordinary transaction; callers lock the rows they change with conditional updates or FOR UPDATE.
 */
export async function writeTransaction<T>(store: Store, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (store.dialect === 'postgres') return retryingConflicts(() => store.db.transaction().execute(fn));
  const { sql } = await loadQueryBuilder();
  return store.db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    try {
      const result = await fn(conn);
      await sql`commit`.execute(conn);
      return result;
    } catch (err) {
      await sql`rollback`.execute(conn).catch(() => {});
      throw err;
    }
  });
}

/** PostgreSQL's codes for a transaction it rolled back to break a deadlock or a serialization conflict. */
const CONFLICT_CODES: ReadonlySet<string> = new Set(['40P01', '40001']);
const CONFLICT_ATTEMPTS = 5;

/**
 * Runs a transaction again when PostgreSQL rolled it back as a deadlock victim or for a
 * serialization conflict: the rollback undid all of it, and the other transaction has gone ahead, so
 * a new attempt reads the state that won. Concurrent draws on one license, each locking its line and
 * the audit chain, can meet so. Other errors, and the last attempt's conflict, are the caller's.
 */
export async function retryingConflicts<T>(attempt: () => Promise<T>, attempts = CONFLICT_ATTEMPTS, pauseMs = 20): Promise<T> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      const code = (error as { code?: unknown } | null)?.code;
      if (n >= attempts || typeof code !== 'string' || !CONFLICT_CODES.has(code)) throw error;
      // Jittered, growing pauses, so that the transactions that met do not meet again in step.
      await new Promise((wake) => setTimeout(wake, pauseMs * n * (0.5 + Math.random())));
    }
  }
}
