import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolveDataDir } from '../ingest/data-folder.js';
import { isPostgresUrl, openDatabase, sqliteMaxBytesFromEnv, type Store } from './database.js';
import { countParties } from './parties.js';

/** The store the CLI uses: $DATABASE_URL when it is a postgres:// URL, else SQLite in the data folder. */
export function openStoreFromEnv(options: { dataDir?: string } = {}): Promise<Store> {
  return openDatabase({ url: process.env.DATABASE_URL, dataDir: resolveDataDir(options.dataDir), sqliteMaxBytes: sqliteMaxBytesFromEnv() });
}

/** Who is acting: an explicit name, else $CLEARANCE_ACTOR, else the login name. */
export function resolveActor(explicit?: string): string {
  return explicit ?? process.env.CLEARANCE_ACTOR ?? process.env.USER ?? process.env.USERNAME ?? 'unknown';
}

/**
 * How many parties the CLI's store holds, without creating anything: undefined when there is no store
 * yet (no clearance.db in the data folder, or no tables in the PostgreSQL schema). Throws
 * DatabaseUnavailableError when PostgreSQL cannot be reached.
 */
export async function storedPartyCount(options: { dataDir?: string } = {}): Promise<number | undefined> {
  const url = process.env.DATABASE_URL;
  const dataDir = resolveDataDir(options.dataDir);
  if (!isPostgresUrl(url) && !existsSync(join(dataDir, 'clearance.db'))) return undefined;
  const store = await openDatabase({ url, dataDir, migrate: false });
  try {
    return await countParties(store.db);
  } catch (err) {
    const e = err as { code?: string; message?: string };
    // 42P01 undefined_table (PostgreSQL); "no such table" (SQLite): a database without our tables.
    if (e.code === '42P01' || /no such table/.test(e.message ?? '')) return undefined;
    throw err;
  } finally {
    await store.close().catch(() => {});
  }
}
