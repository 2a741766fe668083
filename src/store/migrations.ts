import { Migrator, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import type { DialectName } from './database.js';
import { GENESIS_HASH, MIGRATION_NAMES, type MigrationName } from './migration-names.js';
import type { Database } from './schema.js';

/* Migrations live in code (not files found at run time) so that a built package and tsx run the same set. */

type AnyDb = Kysely<unknown>;

function idColumn(dialect: DialectName): 'integer' | 'serial' {
  return dialect === 'postgres' ? 'serial' : 'integer';
}

function initial(dialect: DialectName): Migration {
  const id = idColumn(dialect);
  return {
    async up(db: AnyDb) {
      await db.schema
        .createTable('licenses')
        .addColumn('id', id, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn('number', 'text', (c) => c.notNull().unique())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('issued', 'text', (c) => c.notNull())
        .addColumn('expires', 'text', (c) => c.notNull())
        .addColumn('destination', 'text', (c) => c.notNull())
        .addColumn('parties', 'text', (c) => c.notNull())
        .addColumn('document', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('license_lines')
        .addColumn('id', id, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn('license_id', 'integer', (c) => c.notNull().references('licenses.id').onDelete('cascade'))
        .addColumn('line_no', 'integer', (c) => c.notNull())
        .addColumn('eccn', 'text', (c) => c.notNull())
        .addColumn('description', 'text', (c) => c.notNull())
        .addColumn('unit', 'text', (c) => c.notNull())
        .addColumn('quantity_milli', 'bigint', (c) => c.notNull())
        .addColumn('value_cents', 'bigint', (c) => c.notNull())
        // The balance can never go negative, whatever a buggy caller does.
        .addColumn('remaining_quantity_milli', 'bigint', (c) => c.notNull().check(sql`remaining_quantity_milli >= 0`))
        .addColumn('remaining_value_cents', 'bigint', (c) => c.notNull().check(sql`remaining_value_cents >= 0`))
        .addUniqueConstraint('license_lines_license_line', ['license_id', 'line_no'])
        .execute();
      await db.schema
        .createTable('shipments')
        .addColumn('id', id, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn('license_id', 'integer', (c) => c.notNull().references('licenses.id'))
        .addColumn('line_id', 'integer', (c) => c.notNull().references('license_lines.id'))
        .addColumn('eccn', 'text', (c) => c.notNull())
        .addColumn('quantity_milli', 'bigint', (c) => c.notNull())
        .addColumn('value_cents', 'bigint', (c) => c.notNull())
        .addColumn('party', 'text')
        .addColumn('destination', 'text')
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('cancelled_at', 'text')
        .execute();
      await db.schema.createIndex('shipments_line').on('shipments').column('line_id').execute();

      await db.schema
        .createTable('imports')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('file', 'text', (c) => c.notNull())
        .addColumn('list_version', 'text', (c) => c.notNull())
        .addColumn('total_rows', 'integer', (c) => c.notNull())
        .addColumn('done_rows', 'integer', (c) => c.notNull())
        .addColumn('alerts_raised', 'integer', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('started_at', 'text', (c) => c.notNull())
        .addColumn('finished_at', 'text')
        .execute();
      await db.schema
        .createTable('parties')
        .addColumn('id', id, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn('external_id', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', (c) => c.notNull())
        .addColumn('type', 'text')
        .addColumn('country', 'text')
        .addColumn('dob', 'text')
        .addColumn('import_id', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('party_keys')
        .addColumn('key', 'text', (c) => c.notNull())
        .addColumn('party_id', 'integer', (c) => c.notNull().references('parties.id'))
        .addPrimaryKeyConstraint('party_keys_pk', ['key', 'party_id'])
        .execute();
      await db.schema
        .createTable('alerts')
        .addColumn('id', id, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn('party_id', 'integer', (c) => c.notNull().references('parties.id'))
        .addColumn('list_code', 'text', (c) => c.notNull())
        .addColumn('entry_id', 'text', (c) => c.notNull())
        .addColumn('entry_hash', 'text', (c) => c.notNull())
        .addColumn('entry_name', 'text', (c) => c.notNull())
        .addColumn('matched_name', 'text', (c) => c.notNull())
        .addColumn('list_version', 'text', (c) => c.notNull())
        .addColumn('score', 'double precision', (c) => c.notNull())
        .addColumn('explanation', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        // A re-run of an interrupted import must not raise the same alert twice.
        .addUniqueConstraint('alerts_party_entry_version', ['party_id', 'list_code', 'entry_id', 'list_version'])
        .execute();
      await db.schema.createIndex('alerts_status').on('alerts').column('status').execute();
      await db.schema.createIndex('alerts_pair').on('alerts').columns(['party_id', 'list_code', 'entry_id']).execute();
      await db.schema
        .createTable('alert_actions')
        .addColumn('id', id, (c) => (dialect === 'sqlite' ? c.primaryKey().autoIncrement() : c.primaryKey()))
        .addColumn('alert_id', 'integer', (c) => c.notNull().references('alerts.id'))
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('note', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('clearances')
        .addColumn('party_id', 'integer', (c) => c.notNull().references('parties.id'))
        .addColumn('list_code', 'text', (c) => c.notNull())
        .addColumn('entry_id', 'text', (c) => c.notNull())
        .addColumn('entry_hash', 'text', (c) => c.notNull())
        .addColumn('alert_id', 'integer', (c) => c.notNull().references('alerts.id'))
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('clearances_pk', ['party_id', 'list_code', 'entry_id'])
        .execute();

      await db.schema
        .createTable('audit_log')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('actor', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('inputs', 'text', (c) => c.notNull())
        .addColumn('outputs', 'text', (c) => c.notNull())
        .addColumn('versions', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('audit_head')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('hash', 'text', (c) => c.notNull())
        .execute();
      // Created with the table so that appenders only ever lock and update it, never race to insert it.
      await sql`insert into audit_head (id, seq, hash) values (1, 0, ${GENESIS_HASH})`.execute(db);
      await db.schema
        .createTable('settings')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  };
}

/** Identifiers of a party (passport, IMO, tax id ...) kept for re-screening, as the import file gave them. */
const partyIdentifiers: Migration = {
  async up(db: AnyDb) {
    await db.schema.alterTable('parties').addColumn('identifiers', 'text').execute();
  },
};

/**
 * The HTTP API's keys (only a hash of each secret is kept), and the client's key of a shipment request,
 * unique, so that a request retried after a lost answer draws once.
 */
const apiKeys: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('api_keys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull().unique())
      .addColumn('role', 'text', (c) => c.notNull())
      .addColumn('secret_hash', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('revoked_at', 'text')
      .execute();
    await db.schema.alterTable('shipments').addColumn('request_key', 'text').execute();
    await db.schema.createIndex('shipments_request_key').unique().on('shipments').column('request_key').execute();
  },
};

function provider(dialect: DialectName): MigrationProvider {
  // Keyed by every name migration-names.ts lists, so that the two cannot differ.
  const byName: Record<MigrationName, Migration> = {
    '2026-11-28-001-initial': initial(dialect),
    '2026-11-29-002-party-identifiers': partyIdentifiers,
    '2026-12-05-003-api-keys': apiKeys,
  };
  return { getMigrations: async () => Object.fromEntries(MIGRATION_NAMES.map((name) => [name, byName[name]])) };
}

/** Whether every migration has run (read without creating anything: a read-only store asks this). */
export async function isMigrated(db: Kysely<Database>, dialect: DialectName, schema?: string): Promise<boolean> {
  const migrator = new Migrator({ db: db as unknown as AnyDb, provider: provider(dialect), ...(schema ? { migrationTableSchema: schema } : {}) });
  return (await migrator.getMigrations()).every((m) => m.executedAt !== undefined);
}

/** Brings the database to the latest schema; safe when several processes start at once. */
export async function migrateToLatest(db: Kysely<Database>, dialect: DialectName, schema?: string): Promise<void> {
  const migrator = new Migrator({ db: db as unknown as AnyDb, provider: provider(dialect), ...(schema ? { migrationTableSchema: schema } : {}) });
  let lastError: unknown;
  // Two processes creating the migration bookkeeping tables at the same moment can collide once; the
  // second attempt finds them and waits on the migrator's lock instead.
  for (let attempt = 0; attempt < 3; attempt++) {
    const { error } = await migrator.migrateToLatest();
    if (!error) return;
    lastError = error;
    await new Promise((r) => setTimeout(r, 100 * (attempt + 1)));
  }
  throw new Error(`database migration failed: ${(lastError as Error).message ?? String(lastError)}`);
}
