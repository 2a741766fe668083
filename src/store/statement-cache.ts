import type BetterSqlite3 from 'better-sqlite3';

/** How many distinct SQL texts keep their prepared statement; past it the cache starts afresh. */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * Makes `db.prepare` reuse the statement prepared before for the same SQL text. Kysely's SQLite driver
 * prepares every query it runs, and on a busy server (one audit append per batch of answers, a license
 * read per check) preparing cost as much as running. A statement still being iterated (a streamed
 * query) is busy and cannot run twice at once, so such a call gets a fresh one. SQLite prepares a
 * cached statement again by itself when the schema changed (a migration). A cached statement is shared:
 * no caller may switch its modes (`pluck`, `raw`, `expand`, `safeIntegers`); nothing in src/ does.
 */
export function cacheStatements(db: BetterSqlite3.Database, size = STATEMENT_CACHE_SIZE): BetterSqlite3.Database {
  const prepare = db.prepare.bind(db);
  const cache = new Map<string, BetterSqlite3.Statement>();
  const cached = (source: string): BetterSqlite3.Statement => {
    const known = cache.get(source);
    if (known && !known.busy) return known;
    const fresh = prepare(source);
    if (known) return fresh;
    if (cache.size >= size) cache.clear();
    cache.set(source, fresh);
    return fresh;
  };
  db.prepare = cached as typeof db.prepare;
  return db;
}
