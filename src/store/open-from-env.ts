import { resolveDataDir } from '../ingest/data-folder.js';
import { openDatabase, sqliteMaxBytesFromEnv, type Store } from './database.js';

/** The store the CLI uses: $DATABASE_URL when it is a postgres:// URL, else SQLite in the data folder. */
export function openStoreFromEnv(options: { dataDir?: string } = {}): Promise<Store> {
  return openDatabase({ url: process.env.DATABASE_URL, dataDir: resolveDataDir(options.dataDir), sqliteMaxBytes: sqliteMaxBytesFromEnv() });
}
