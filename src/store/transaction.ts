import { sql, type Kysely } from 'kysely';
import type { Store } from './database.js';
import type { Database } from './schema.js';

/**
 * Runs `fn` in a transaction that writes. On SQLite it is BEGIN IMMEDIATE: the write lock is taken
 * up front, so two processes never both read a balance and then race to write it (a deferred
 * transaction would fail its upgrade with SQLITE_BUSY instead of waiting). On PostgreSQL it is an
 * ordinary transaction; callers lock the rows they change with conditional updates or FOR UPDATE.
 */
export async function writeTransaction<T>(store: Store, fn: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
  if (store.dialect === 'postgres') return store.db.transaction().execute(fn);
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
