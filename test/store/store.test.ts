import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { DatabaseUnavailableError, openDatabase, redactUrl } from '../../src/store/database.js';
import { getSetting, setSetting } from '../../src/store/settings.js';
import { runCli } from '../helpers/cli.js';
import { testDatabases } from './databases.js';

test('a URL is printed without its password', async () => {
  assert.equal(redactUrl('postgres://clearance:s3cret@db.example:5432/prod'), 'postgres://clearance:***@db.example:5432/prod');
  assert.equal(redactUrl('postgres://db.example/prod'), 'postgres://db.example/prod');
});

test('SQLite is the default: a file in the data folder, in WAL mode', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'clearance-store-'));
  const store = await openDatabase({ dataDir });
  try {
    assert.equal(store.dialect, 'sqlite');
    assert.ok(existsSync(join(dataDir, 'clearance.db')));
    const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
    assert.equal(mode.rows[0]!.journal_mode, 'wal');
  } finally {
    await store.close();
  }
});

test('a database that is down gives a clear error naming it without the password, and exit 1', async () => {
  const url = 'postgres://clearance:topsecret@127.0.0.1:1/clearance';
  await assert.rejects(openDatabase({ url, dataDir: tmpdir() }), (err: unknown) => {
    assert.ok(err instanceof DatabaseUnavailableError);
    assert.match(err.message, /postgres:\/\/clearance:\*\*\*@127\.0\.0\.1:1\/clearance is unavailable/);
    assert.doesNotMatch(err.message, /topsecret/);
    return true;
  });
  const run = await runCli(['licenses', 'list'], { DATABASE_URL: url });
  assert.equal(run.code, 1);
  assert.match(run.stderr, /^clearance: database postgres:\/\/clearance:\*\*\*@127\.0\.0\.1:1\/clearance is unavailable: .*ECONNREFUSED/);
  assert.doesNotMatch(run.stderr, /topsecret|\n\s+at /);
});

for (const tdb of testDatabases()) {
  describe(`store on ${tdb.name}`, () => {
    after(() => tdb.drop());

    test('migrations run once and reopening is a no-op; every table exists', async () => {
      const first = await tdb.open();
      await setSetting(first.db, 'probe', 'one');
      await first.close();
      // Two processes' worth of opens at once must not trip over each other's migration.
      const [a, b] = await Promise.all([tdb.open(), tdb.open()]);
      try {
        assert.equal(await getSetting(a.db, 'probe'), 'one');
        const migrations = await sql<{ name: string }>`select name from kysely_migration`.execute(b.db);
        assert.deepEqual(migrations.rows.map((r) => r.name), ['2026-11-28-001-initial', '2026-11-29-002-party-identifiers', '2026-12-05-003-api-keys']);
        for (const table of ['licenses', 'license_lines', 'shipments', 'parties', 'alerts', 'alert_actions', 'clearances', 'imports', 'audit_log', 'audit_head', 'settings', 'api_keys'] as const) {
          await a.db.selectFrom(table).selectAll().limit(1).execute();
        }
      } finally {
        await a.close();
        await b.close();
      }
    });
  });
}
