import type BetterSqlite3 from 'better-sqlite3';

/**
 * The store's migrations by name, in the order they run (their steps are in migrations.ts): here
 * apart, so that a command that only reads and appends can tell whether a database is up to date
 * without loading the query builder.
 */
export const MIGRATION_NAMES = ['2026-11-28-001-initial', '2026-11-29-002-party-identifiers', '2026-12-05-003-api-keys'] as const;

/** prev_hash of the first audit record (the initial migration writes it into audit_head). */
export const GENESIS_HASH = '0'.repeat(64);

export type MigrationName = (typeof MIGRATION_NAMES)[number];

/** Where Kysely's migrator records the migrations it ran (its default table). */
const MIGRATION_TABLE = 'kysely_migration';

/** Whether every migration has run on this SQLite connection (false when the bookkeeping table is missing). */
export function sqliteMigrated(db: BetterSqlite3.Database): boolean {
  const table = db.prepare('select 1 from sqlite_master where type = ? and name = ?').get('table', MIGRATION_TABLE);
  if (!table) return false;
  const ran = new Set((db.prepare(`select name from ${MIGRATION_TABLE}`).all() as { name: string }[]).map((r) => r.name));
  return MIGRATION_NAMES.every((name) => ran.has(name));
}
