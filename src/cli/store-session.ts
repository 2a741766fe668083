import { DatabaseUnavailableError, type Store } from '../store/database.js';
import { openStoreFromEnv } from '../store/open-from-env.js';
import { describeStorageFailure, isStorageFailure } from '../store/storage-errors.js';
import { EXIT } from './errors.js';

/**
 * Opens the store for one command and always closes it. An unreachable database is reported in one
 * line naming it (without password) with exit code 1; nothing was written, so nothing is lost. A
 * database that fails during the command (full, gone, read-only) is reported the same way: the
 * transaction in progress was rolled back and the ones committed before it stand. `progress`, when
 * given, says in that line what was kept (e.g. how many parties of an import were committed).
 */
export async function withStore<T>(dataDir: string | undefined, fn: (store: Store) => Promise<T>, options: { progress?: () => string | undefined } = {}): Promise<T | undefined> {
  let store: Store;
  try {
    store = await openStoreFromEnv({ dataDir });
  } catch (err) {
    if (err instanceof DatabaseUnavailableError) {
      process.stderr.write(`clearance: ${err.message}\n`);
      process.exitCode = EXIT.failure;
      return undefined;
    }
    throw err;
  }
  try {
    return await fn(store);
  } catch (err) {
    if (!isStorageFailure(err)) throw err;
    process.stderr.write(`clearance: ${describeStorageFailure(store.location, err, options.progress?.())}\n`);
    process.exitCode = EXIT.failure;
    return undefined;
  } finally {
    await store.close().catch(() => {});
  }
}
