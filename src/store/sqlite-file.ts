import { existsSync, readFileSync } from 'node:fs';
import BetterSqlite3 from 'better-sqlite3';
import { cacheStatements } from './statement-cache.js';

/*
 * The SQLite connection itself, without the query builder: what the store runs on, whether a command
 * goes through Kysely or (a one-shot check) runs its few statements directly (see database.ts).
 */

/**
 * A reader of the SQLite file. A write-ahead-log database is read through its shared-memory file,
 * which SQLite creates beside it; in a folder nobody may write to (an auditor's read-only copy) it
 * cannot, and the open fails. Such a copy is read from memory instead: the file as it is, marked as a
 * rollback-journal database (header bytes 18-19) so that no log is looked for. A log left beside it
 * would hold committed work that copy lacks, so then the first error stands.
 */
function openReader(file: string): BetterSqlite3.Database {
  const db = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  db.pragma('busy_timeout = 30000');
  try {
    db.prepare('select count(*) from sqlite_master').get();
    return db;
  } catch (err) {
    db.close();
    const code = (err as { code?: string }).code ?? '';
    if (!/^SQLITE_(READONLY|CANTOPEN)/.test(code) || existsSync(`${file}-wal`)) throw err;
    const image = readFileSync(file);
    image[18] = 1;
    image[19] = 1;
    return new BetterSqlite3(image, { readonly: true });
  }
}

function openWriter(file: string, maxBytes: number | undefined): BetterSqlite3.Database {
  const db = new BetterSqlite3(file);
  // WAL lets readers run beside the one writer; busy_timeout makes other processes wait, not fail.
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 30000');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  if (maxBytes !== undefined) {
    // SQLite never lowers the limit below the pages already in use; writes needing more fail with SQLITE_FULL.
    const pageSize = Number(db.pragma('page_size', { simple: true }));
    db.pragma(`max_page_count = ${Math.max(1, Math.floor(maxBytes / pageSize))}`);
  }
  return db;
}

/** The store's SQLite file opened for reading only or for writing (created when missing), its statements cached. */
export function openSqliteFile(file: string, options: { readOnly: boolean; maxBytes?: number }): BetterSqlite3.Database {
  return cacheStatements(options.readOnly ? openReader(file) : openWriter(file, options.maxBytes));
}
