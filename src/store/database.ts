import { classErrors } from '../model/error-catalogue.js';
import { ClearanceError } from '../model/errors.js';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely, PostgresDialect } from 'kysely';
import { sqliteMigrated } from './migration-names.js';
import type { Database } from './schema.js';
import { openSqliteFile } from './sqlite-file.js';

export type DialectName = 'sqlite' | 'postgres';

export interface Store {
  /**
   * The query builder over the store. A store opened direct (openSqliteDirect) makes it on first use,
   * after loadQueryBuilder() has loaded Kysely (StoreSource.use does, unless told the caller needs none).
   */
  readonly db: Kysely<Database>;
  /**
   * SQLite opened direct: its connection, for the few statements a one-shot command runs without the
   * query builder; undefined for any other store, and once the query builder was made over it (whose
   * transactions a direct statement must not run inside of).
   */
  direct(): BetterSqlite3.Database | undefined;
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

type QueryBuilder = typeof import('kysely');
let queryBuilder: QueryBuilder | undefined;

/**
 * Kysely, loaded on first use: its 260 modules were a fifth of a cold `clearance check`, which needs
 * none of them when it reads and appends to a SQLite store directly.
 */
export async function loadQueryBuilder(): Promise<QueryBuilder> {
  return (queryBuilder ??= await import('kysely'));
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
  const { PostgresDialect } = await loadQueryBuilder();
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
  const { CompiledQuery } = await loadQueryBuilder();
  try {
    await db.executeQuery(CompiledQuery.raw(`create schema if not exists "${schema}"`));
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code !== '23505' && code !== '42P06') throw err;
  }
}

/** SQLite's file in the data folder. */
function sqliteLocation(dataDir: string): string {
  return join(dataDir, 'clearance.db');
}

/** Opens (and migrates) the store: PostgreSQL for a postgres:// URL, else `<dataDir>/clearance.db`. */
export async function openDatabase(options: OpenOptions): Promise<Store> {
  const { Kysely, SqliteDialect, sql } = await loadQueryBuilder();
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
    const file = (location = sqliteLocation(options.dataDir));
    const readOnly = options.readOnly === true;
    db = new Kysely<Database>({ dialect: new SqliteDialect({ database: async () => openSqliteFile(file, { readOnly, maxBytes: options.sqliteMaxBytes }) }) });
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
    if (migrate) await (await import('./migrations.js')).migrateToLatest(db, dialect, schema);
  } catch (err) {
    await db.destroy().catch(() => {});
    throw err;
  }
  return { db, dialect, location, schema, direct: () => undefined, close: () => db.destroy() };
}

/**
 * The SQLite store of the data folder opened without the query builder, when it exists and every
 * migration has run on it (else undefined: openDatabase creates or migrates it). A writer takes the
 * pragmas openDatabase's would. Its `db` is made over the same connection on first use.
 */
export function openSqliteDirect(options: Pick<OpenOptions, 'dataDir' | 'sqliteMaxBytes' | 'readOnly'>): Store | undefined {
  const location = sqliteLocation(options.dataDir);
  if (!existsSync(location)) return undefined;
  let connection: BetterSqlite3.Database;
  try {
    connection = openSqliteFile(location, { readOnly: options.readOnly === true, maxBytes: options.sqliteMaxBytes });
  } catch (err) {
    throw new DatabaseUnavailableError(location, err);
  }
  try {
    if (!sqliteMigrated(connection)) {
      connection.close();
      return undefined;
    }
  } catch (err) {
    connection.close();
    throw new DatabaseUnavailableError(location, err);
  }
  let db: Kysely<Database> | undefined;
  return {
    get db() {
      if (!queryBuilder) throw new Error('the query builder is used before loadQueryBuilder() loaded it');
      const { Kysely, SqliteDialect } = queryBuilder;
      return (db ??= new Kysely<Database>({ dialect: new SqliteDialect({ database: connection }) }));
    },
    dialect: 'sqlite',
    location,
    direct: () => (db ? undefined : connection),
    async close() {
      if (db) await db.destroy();
      else connection.close();
    },
  };
}
