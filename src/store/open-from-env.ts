import { resolveDataDir } from '../ingest/data-folder.js';
import { openDatabase, type Store } from './database.js';

/** The store the CLI uses: $DATABASE_URL when it is a postgres:// URL, else SQLite in the data folder. */
export function openStoreFromEnv(options: { dataDir?: string } = {}): Promise<Store> {
  return openDatabase({ url: process.env.DATABASE_URL, dataDir: resolveDataDir(options.dataDir) });
}

/** Who is acting: an explicit name, else $CLEARANCE_ACTOR, else the login name. */
export function resolveActor(explicit?: string): string {
  return explicit ?? process.env.CLEARANCE_ACTOR ?? process.env.USER ?? process.env.USERNAME ?? 'unknown';
}
