import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDatabase, type Store } from '../../src/store/database.js';

/** One database the store tests run against: a fresh SQLite file, or a fresh PostgreSQL schema. */
export interface TestDatabase {
  name: 'sqlite' | 'postgres';
  dataDir: string;
  /** DATABASE_URL for a CLI child process (unset for SQLite, which lives in dataDir). */
  env: Record<string, string | undefined>;
  open(): Promise<Store>;
  drop(): Promise<void>;
}

export function postgresUrl(): string | undefined {
  const url = process.env.CLEARANCE_TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  // CI always provides PostgreSQL; a missing URL there is a broken setup, not a reason to skip.
  if (!url && process.env.CI === 'true') throw new Error('CI=true but neither DATABASE_URL nor CLEARANCE_TEST_DATABASE_URL is set: the store tests must run on PostgreSQL too');
  return url;
}

function sqlite(): TestDatabase {
  const dataDir = mkdtempSync(join(tmpdir(), 'clearance-store-'));
  return { name: 'sqlite', dataDir, env: { DATABASE_URL: '', CLEARANCE_HOME: dataDir }, open: () => openDatabase({ dataDir }), drop: async () => {} };
}

function postgres(base: string): TestDatabase {
  // Each test file gets its own schema so that files can run in parallel against one database.
  const schema = `clearance_test_${randomBytes(6).toString('hex')}`;
  const u = new URL(base);
  u.searchParams.set('schema', schema);
  const url = u.toString();
  const dataDir = mkdtempSync(join(tmpdir(), 'clearance-store-pg-'));
  return {
    name: 'postgres',
    dataDir,
    env: { DATABASE_URL: url, CLEARANCE_HOME: dataDir },
    open: () => openDatabase({ url, dataDir }),
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      await client.connect();
      try {
        await client.query(`drop schema if exists "${schema}" cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

/** SQLite always; PostgreSQL when a URL is given (and always in CI). */
export function testDatabases(): TestDatabase[] {
  const url = postgresUrl();
  return url ? [sqlite(), postgres(url)] : [sqlite()];
}
