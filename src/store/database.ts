import { classErrors } from '../model/error-catalogue.js';
import { ClearanceError } from '../model/errors.js';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type { Database } from './schema.js';
import { migrateToLatest } from './migrations.js';
import { cacheStatements } from './statement-cache.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** Where the store lives, safe to print: a file path, or the URL without its password. */
  readonly location: string;
  /** PostgreSQL: the schema worked in. */
  readonly schema?: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** postgres://... selects PostgreSQL; otherwise SQLite in the data folder. */
  url?: string;
  dataDir: string;
  /** PostgreSQL schema to work in (created when missing); also read from the URL's `schema` parameter. */
  schema?: string;
  /** Skip running migrations (a tool inspecting a database it must not change). */
  migrate?: boolean;
  /**
   * SQLite only: the most the database file may grow to, in bytes (PRAGMA max_page_count). A write
   * past it fails with SQLITE_FULL exactly as a full disk does. Also read from $CLEARANCE_SQLITE_MAX_BYTES.
   */
  sqliteMaxBytes?: number;
  /**
   * Open for reading only (a command that only reads, an auditor's read-only copy): SQLite opens the
   * file read-only and must find it; PostgreSQL sessions are read-only. Nothing is created or migrated.
   */
  readOnly?: boolean;
}

/** $CLEARANCE_SQLITE_MAX_BYTES as a number of bytes, or undefined when unset or empty. */
export function sqliteMaxBytesFromEnv(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const raw = env.CLEARANCE_SQLITE_MAX_BYTES?.trim();
  if (!raw) return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`CLEARANCE_SQLITE_MAX_BYTES '${raw}' must be a positive whole number of bytes`);
  return n;
}

/** The database is unreachable or refused us: the CLI reports this with exit code 1. */
export class DatabaseUnavailableError extends ClearanceError {
  constructor(location: string, cause: unknown) {
    super(classErrors.databaseUnavailable.code, classErrors.databaseUnavailable.kind, `database ${location} is unavailable: ${(cause as Error).message ?? String(cause)}`, { cause });
    this.name = 'DatabaseUnavailableError';
  }
}

/** The URL with its password replaced, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
  }
}

export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}

/** The PostgreSQL driver, loaded only by a process that opens PostgreSQL (SQLite users never pay for it). */
async function postgresDriver(): Promise<typeof import('pg').default> {
  const pg = (await import('pg')).default;
  // int8 columns hold cents and thousandths of units; they stay far below 2^53, so numbers are exact.
  pg.types.setTypeParser(20, (v) => Number(v));
  return pg;
}

/** The schema to work in: the option, else the URL's `schema` parameter. */
function schemaOf(url: string, schema: string | undefined): string | undefined {
  return schema ?? new URL(url).searchParams.get('schema') ?? undefined;
}

async function postgresDialect(url: string, searchPath: string | undefined, readOnly: boolean): Promise<PostgresDialect> {
  const pg = await postgresDriver();
  const u = new URL(url);
  u.searchParams.delete('schema');
  if (searchPath !== undefined && !/^[a-z_][a-z0-9_]*$/.test(searchPath)) throw new Error(`schema '${searchPath}' is not a plain lower-case identifier`);
  const pool = new pg.Pool({
    connectionString: u.toString(),
    max: 10,
    connectionTimeoutMillis: 10_000,
    options: [searchPath ? `-c search_path=${searchPath}` : '', readOnly ? '-c default_transaction_read_only=on' : ''].filter(Boolean).join(' ') || undefined,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', () => {});
  return new PostgresDialect({ pool });
}

/** Two processes creating one schema at once can both pass IF NOT EXISTS; the loser's error means "there". */
async function ensureSchema(db: Kysely<Database>, schema: string): Promise<void> {
  try {
    await db.executeQuery(CompiledQuery.raw(`create schema if not exists "${schema}"`));
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code !== '23505' && code !== '42P06') throw err;
  }
}

/**
 * A reader of the SQLite file. A write-ahead-log database is read through its shared-memory file,
 * which SQLite creates beside it; in a folder nobody may write to (an auditor's read-only copy) it
 * cannot, and the open fails. Such a copy is read from memory instead: the file as it is, marked as a
 * rollback-journal database (header bytes 18-19) so that no log is looked for. A log left beside it
 * would hold committed work that copy lacks, so then the first error stands.
 */
function openSqliteReader(file: string): BetterSqlite3.Database {
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

function sqliteDialect(file: string, maxBytes: number | undefined, readOnly: boolean): SqliteDialect {
  return new SqliteDialect({
    database: async () => {
      if (readOnly) return cacheStatements(openSqliteReader(file));
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
      return cacheStatements(db);
    },
  });
}

/** Opens (and migrates) the store: PostgreSQL for a postgres:// URL, else `<dataDir>/clearance.db`. */
export async function openDatabase(options: OpenOptions): Promise<Store> {
  let dialect: DialectName;
  let location: string;
  let db: Kysely<Database>;
  let schema: string | undefined;
  if (isPostgresUrl(options.url)) {
    dialect = 'postgres';
    location = redactUrl(options.url);
    schema = schemaOf(options.url, options.schema);
    db = new Kysely<Database>({ dialect: await postgresDialect(options.url, schema, options.readOnly === true) });
  } else {
    dialect = 'sqlite';
    if (!options.readOnly) mkdirSync(options.dataDir, { recursive: true });
    location = join(options.dataDir, 'clearance.db');
    db = new Kysely<Database>({ dialect: sqliteDialect(location, options.sqliteMaxBytes, options.readOnly === true) });
  }
  try {
    await sql`select 1`.execute(db);
  } catch (err) {
    await db.destroy().catch(() => {});
    throw new DatabaseUnavailableError(location, err);
  }
  try {
    // Kysely finds its bookkeeping tables in any schema; name ours so that another schema's are not taken for them.
    // Without migrations nothing is created, not even the schema: the caller only looks.
    const migrate = options.migrate !== false && !options.readOnly;
    if (dialect === 'postgres' && schema !== undefined && migrate) await ensureSchema(db, schema);
    if (dialect === 'postgres' && schema === undefined) schema = (await sql<{ s: string }>`select current_schema() as s`.execute(db)).rows[0]?.s;
    if (migrate) await migrateToLatest(db, dialect, schema);
  } catch (err) {
    await db.destroy().catch(() => {});
    throw err;
  }
  return { db, dialect, location, schema, close: () => db.destroy() };
}
