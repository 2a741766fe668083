import { accessSync, constants, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import { errors } from '../model/error-catalogue.js';
import { isPostgresUrl, loadQueryBuilder, openDatabase, openSqliteDirect, type Store } from '../store/database.js';
import { countParties } from '../store/parties.js';
import { describeStorageFailure, isStorageFailure } from '../store/storage-errors.js';
import type { RuntimeConfig } from './config.js';

/** 'read': the use case only reads (list, show, verify); 'write': it records something. */
export type StoreAccess = 'read' | 'write';

export interface StoreUseOptions {
  /** Adds what the caller committed so far to the message of a storage failure. */
  progress?: () => string | undefined;
  /**
   * False when the use case itself does the work a stopped command left pending (the re-screen after
   * an activation): the store is then opened without finishing it first. Default true.
   */
  recover?: boolean;
  /**
   * False when `fn` needs no query builder: it runs its statements on `store.direct()` when that is
   * there (else on `store.db`, then loaded). A SQLite store is then opened without loading Kysely, what
   * a one-shot `clearance check` saves most of its start-up on. Default true: `store.db` is ready.
   */
  builder?: boolean;
}

/**
 * Work a stopped command left, finished when the store is first opened for writing (see pending-work.ts):
 * `pending` says cheaply whether there is any, so that a reader opens as a writer to finish it.
 */
export interface StoreRecovery {
  pending(): boolean;
  finish(store: Store): Promise<void>;
}

export interface StoreSource {
  /**
   * Runs `fn` over the store, opened on first use. A failure of the database itself (full, gone,
   * read-only, locked) becomes a ClearanceError of kind `unavailable` naming the database and saying
   * what was kept; `progress` adds what the caller committed so far. The transaction in progress was
   * rolled back, so nothing is half-written.
   */
  use<T>(access: StoreAccess, fn: (store: Store) => Promise<T>, options?: StoreUseOptions): Promise<T>;
  /** Whether the store was opened for writing (by a use case, or to finish pending work). */
  opened(): StoreAccess | undefined;
  /** How many parties the store holds, without creating it: undefined when there is no store yet. */
  partyCount(): Promise<number | undefined>;
  close(): Promise<void>;
}

function sqliteFile(config: RuntimeConfig): string {
  return join(config.dataDir, 'clearance.db');
}

/** Whether this process may write the data folder (an auditor's read-only copy may not). */
function dataFolderWritable(config: RuntimeConfig): boolean {
  try {
    accessSync(config.dataDir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The store of a Runtime. A reader opens SQLite read-only when the database exists and is migrated (an
 * auditor's read-only copy can be read), else it opens as a writer does, creating and migrating the
 * store on first use. Once a writer is open, readers use it too. The first writer finishes the work a
 * stopped command left (`recovery`), and a reader opens as a writer for it when the folder may be written.
 */
export function createStoreSource(config: RuntimeConfig, log: Logger, recovery?: StoreRecovery): StoreSource {
  let reader: Promise<Store> | undefined;
  let writer: Promise<Store> | undefined;
  const base = { url: config.databaseUrl, dataDir: config.dataDir, sqliteMaxBytes: config.sqliteMaxBytes };

  /**
   * SQLite as it is, up to date, without the query builder (see openSqliteDirect); else openDatabase,
   * which creates and migrates. Work left pending needs the query builder, so it is loaded first then.
   */
  async function openWritable(recover: boolean): Promise<Store> {
    if (recover && recovery?.pending()) await loadQueryBuilder();
    return (isPostgresUrl(config.databaseUrl) ? undefined : openSqliteDirect(base)) ?? openDatabase(base);
  }
  const openWriter = (recover = true) =>
    (writer ??= openWritable(recover).then(async (store) => {
      if (recover && recovery) await recovery.finish(store);
      return store;
    }));
  async function openReader(): Promise<Store> {
    if (writer) return writer;
    if (!isPostgresUrl(config.databaseUrl) && !existsSync(sqliteFile(config))) return openWriter();
    if (recovery?.pending() && dataFolderWritable(config)) return openWriter();
    if (!isPostgresUrl(config.databaseUrl)) {
      // Missing or older (not up to date): the writer creates it or brings it up to date first.
      return openSqliteDirect({ ...base, readOnly: true }) ?? openWriter();
    }
    const store = await openDatabase({ ...base, readOnly: true });
    try {
      if (await (await import('../store/migrations.js')).isMigrated(store.db, store.dialect, store.schema)) return store;
    } catch (err) {
      await store.close().catch(() => {});
      throw err;
    }
    // An older store: the writer brings it up to date first.
    await store.close();
    return openWriter();
  }

  return {
    async use(access, fn, options = {}) {
      const opening = access === 'write' ? openWriter(options.recover !== false) : (reader ??= openReader());
      const store = await opening.catch((err: unknown) => {
        // A failed open is not kept: the next call tries again.
        if (opening === writer) writer = undefined;
        else reader = undefined;
        throw err;
      });
      try {
        if (options.builder !== false || !store.direct()) await loadQueryBuilder();
        return await fn(store);
      } catch (err) {
        if (!isStorageFailure(err)) throw err;
        log.warn({ location: store.location, code: (err as { code?: string }).code }, 'storage failure');
        throw errors.storageFailed(describeStorageFailure(store.location, err, options.progress?.()));
      }
    },
    opened() {
      if (writer) return 'write';
      return reader ? 'read' : undefined;
    },
    async partyCount() {
      if (!isPostgresUrl(config.databaseUrl) && !existsSync(sqliteFile(config))) return undefined;
      const store = await openDatabase({ ...base, migrate: false });
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
    },
    async close() {
      const open = [reader, writer].filter((s): s is Promise<Store> => s !== undefined);
      reader = writer = undefined;
      const stores = new Set(await Promise.all(open.map((p) => p.catch(() => undefined))));
      for (const store of stores) await store?.close().catch(() => {});
    },
  };
}
