import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { verifyAudit } from '../../src/audit/verify.js';
import { drawShipment } from '../../src/licenses/drawdown.js';
import { addLicense, getLicense } from '../../src/licenses/register.js';
import { parseLicense } from '../../src/licenses/license.js';
import { openDatabase, sqliteMaxBytesFromEnv, type Store } from '../../src/store/database.js';
import type { Database } from '../../src/store/schema.js';
import { describeStorageFailure, storageFailureKind } from '../../src/store/storage-errors.js';
import { runCli } from '../helpers/cli.js';
import { dataPath } from '../helpers/data.js';
import { licenseDoc } from '../licenses/fixtures.js';
import { syntheticCustomersCsv } from '../jobs/synthetic-parties.js';

/*
 * A full database, for real: SQLite's max_page_count (set through CLEARANCE_SQLITE_MAX_BYTES on every
 * connection) makes a write that needs a page past the limit fail with SQLITE_FULL, the same error and
 * the same rollback as a full disk. PostgreSQL's disk_full (53100) cannot be produced without a small
 * filesystem under a tablespace (a root mount), so only its message is checked here. (Checked by hand
 * once: tables moved to a tablespace on a 3 MB tmpfs, `parties import` stopped with exit 1 and this
 * message for 53100 "could not extend file ... No space left on device" at 1900 of 2000 parties, all
 * 1900 intact with their audit records; moved back, the rerun resumed at 1900 and completed.)
 */

const ROWS = 2000;
const BATCH = 100;

type Table = 'parties' | 'alerts' | 'shipments' | 'audit_log';

async function count(db: Kysely<Database>, table: Table, where?: { kind: string }): Promise<number> {
  let q = db.selectFrom(table as 'audit_log').select((eb) => eb.fn.countAll<number>().as('n'));
  if (where) q = q.where('kind', '=', where.kind);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

/** Bytes the database uses now (pages in the file and in the WAL). */
async function usedBytes(store: Store): Promise<number> {
  const pages = await sql<{ page_count: number }>`pragma page_count`.execute(store.db);
  const size = await sql<{ page_size: number }>`pragma page_size`.execute(store.db);
  return Number(pages.rows[0]!.page_count) * Number(size.rows[0]!.page_size);
}

function oneLine(stderr: string): string {
  const lines = stderr.trim().split('\n');
  assert.equal(lines.length, 1, `one line on stderr, got:\n${stderr}`);
  return lines[0]!;
}

describe('a full SQLite database', () => {
  test('a party import that fills it stops with one clear line; committed batches stand; the rerun resumes', async () => {
    const home = mkdtempSync(join(tmpdir(), 'clearance-full-'));
    const env = { CLEARANCE_HOME: home, CLEARANCE_ACTOR: 'tester' };
    const dbFile = join(home, 'clearance.db');
    const file = join(home, 'customers.csv');
    writeFileSync(file, syntheticCustomersCsv(ROWS, 100));
    const args = ['parties', 'import', file, '--list', dataPath('lists/ofac-sdn/2021-07-07'), '--batch-size', String(BATCH)];

    const created = await runCli(['alerts', 'list'], env);
    assert.equal(created.code, 0, created.stderr);
    let store = await openDatabase({ dataDir: home });
    // ~0.9 KB per stored party with its keys, audit record and alerts: room for roughly half the file.
    const cap = (await usedBytes(store)) + 900_000;
    await store.close();

    const full = await runCli(args, { ...env, CLEARANCE_SQLITE_MAX_BYTES: String(cap) });
    assert.equal(full.code, 1, full.stderr);
    const line = oneLine(full.stderr);
    assert.ok(line.startsWith(`clearance: database ${dbFile} is full (SQLITE_FULL: database or disk is full)`), line);
    assert.match(line, /rolled back, everything committed before it is kept/);
    const reported = /\((\d+) of 2000 parties committed; the same command resumes from there\)/.exec(line);
    assert.ok(reported, line);
    const committed = Number(reported[1]);
    assert.ok(committed > 0 && committed < ROWS, `the database filled up midway (${committed} committed)`);
    assert.equal(committed % BATCH, 0, 'whole batches only');

    store = await openDatabase({ dataDir: home });
    try {
      const progress = await store.db.selectFrom('imports').selectAll().executeTakeFirstOrThrow();
      assert.equal(progress.status, 'running');
      assert.equal(progress.done_rows, committed, 'the progress recorded is the progress reported');
      assert.equal(await count(store.db, 'parties'), committed, 'every committed party is there, and no party of the failed batch');
      assert.equal(await count(store.db, 'audit_log', { kind: 'screen' }), committed, 'one screening record per committed party');
      assert.equal(await count(store.db, 'alerts'), progress.alerts_raised);
      assert.ok(progress.alerts_raised > 0, 'the committed batches raised alerts');
      assert.ok((await verifyAudit(store.db)).ok, 'the audit chain verifies');
    } finally {
      await store.close();
    }
    assert.equal((await runCli(['audit', 'verify'], env)).code, 0);

    // Space again (the limit lifted): the same command resumes after the last committed batch.
    const rerun = await runCli(args, env);
    assert.equal(rerun.code, 0, rerun.stderr);
    const result = JSON.parse(rerun.stdout) as { resumedAt: number; processed: number; alertsRaised: number };
    assert.equal(result.resumedAt, committed);
    assert.equal(result.processed, ROWS - committed);
    store = await openDatabase({ dataDir: home });
    try {
      assert.equal(await count(store.db, 'parties'), ROWS);
      assert.equal(await count(store.db, 'audit_log', { kind: 'screen' }), ROWS);
      const alerts = await count(store.db, 'alerts');
      const distinct = await sql<{ n: number }>`select count(*) as n from (select distinct party_id, list_code, entry_id from alerts) d`.execute(store.db);
      assert.equal(Number(distinct.rows[0]!.n), alerts, 'no duplicate alerts');
      assert.equal(result.alertsRaised, alerts);
      assert.equal((await store.db.selectFrom('imports').select('status').executeTakeFirstOrThrow()).status, 'done');
      assert.ok((await verifyAudit(store.db)).ok);
    } finally {
      await store.close();
    }
  });

  test('a license draw on a full database fails with one clear line and leaves the balances unchanged', async () => {
    const home = mkdtempSync(join(tmpdir(), 'clearance-full-'));
    const env = { CLEARANCE_HOME: home, CLEARANCE_ACTOR: 'tester' };
    const request = { license: 'D1234567', eccn: '3A001', quantity: 1, valueUsd: 10, asOf: '2026-06-01', party: 'Shanghai Example Microelectronics Co Ltd', destination: 'CN' };
    let store = await openDatabase({ dataDir: home });
    let cap: number;
    try {
      await addLicense(store, parseLicense(licenseDoc()), 'tester');
      cap = await usedBytes(store);
    } finally {
      await store.close();
    }

    // Draw until the database has no page left for the next draw.
    store = await openDatabase({ dataDir: home, sqliteMaxBytes: cap });
    let before: Awaited<ReturnType<typeof getLicense>>;
    let shipments: number;
    let audit: number;
    try {
      let failure: unknown;
      for (let i = 0; i < 90 && failure === undefined; i++) {
        before = await getLicense(store.db, 'D1234567');
        shipments = await count(store.db, 'shipments');
        audit = await count(store.db, 'audit_log');
        try {
          assert.equal((await drawShipment(store, request, 'tester')).status, 'drawn');
        } catch (err) {
          failure = err;
        }
      }
      assert.equal(storageFailureKind(failure), 'full', String(failure));
      assert.deepEqual(await getLicense(store.db, 'D1234567'), before!, 'the failed draw changed no balance');
      assert.equal(await count(store.db, 'shipments'), shipments!);
      assert.ok(before!.lines[0]!.remainingQuantity < 100, 'some draws went through before the database filled up');
    } finally {
      await store.close();
    }

    const ship = ['ship', '--license', 'D1234567', '--eccn', '3A001', '--quantity', '1', '--value', '10', '--date', '2026-06-01', '--destination', 'CN', '--party', 'Shanghai Example Microelectronics Co Ltd'];
    const full = await runCli(ship, { ...env, CLEARANCE_SQLITE_MAX_BYTES: String(cap) });
    assert.equal(full.code, 1, full.stderr + full.stdout);
    assert.equal(full.stdout, '', 'nothing reported as drawn');
    const line = oneLine(full.stderr);
    assert.ok(line.startsWith(`clearance: database ${join(home, 'clearance.db')} is full (SQLITE_FULL`), line);
    assert.match(line, /rolled back, everything committed before it is kept; free disk space and rerun$/);

    store = await openDatabase({ dataDir: home });
    try {
      assert.deepEqual(await getLicense(store.db, 'D1234567'), before!, 'balances unchanged');
      assert.equal(await count(store.db, 'shipments'), shipments!);
      assert.equal(await count(store.db, 'audit_log'), audit!);
      assert.ok((await verifyAudit(store.db)).ok);
    } finally {
      await store.close();
    }

    const drawn = await runCli(ship, env);
    assert.equal(drawn.code, 0, drawn.stderr);
    const shown = JSON.parse((await runCli(['licenses', 'show', 'D1234567', '--json'], env)).stdout) as { lines: { remainingQuantity: number }[] };
    assert.equal(shown.lines[0]!.remainingQuantity, before!.lines[0]!.remainingQuantity - 1, 'with space again, the draw goes through once');
  });

  test('CLEARANCE_SQLITE_MAX_BYTES must be a positive whole number', async () => {
    assert.equal(sqliteMaxBytesFromEnv({}), undefined);
    assert.equal(sqliteMaxBytesFromEnv({ CLEARANCE_SQLITE_MAX_BYTES: '' }), undefined);
    assert.equal(sqliteMaxBytesFromEnv({ CLEARANCE_SQLITE_MAX_BYTES: '4096' }), 4096);
    assert.throws(() => sqliteMaxBytesFromEnv({ CLEARANCE_SQLITE_MAX_BYTES: '1.5MB' }), /CLEARANCE_SQLITE_MAX_BYTES '1\.5MB'/);
  });
});

describe('storage failure messages', () => {
  test('PostgreSQL disk_full (53100) reads as a full database, in one line, naming it', async () => {
    // The shape node-postgres gives a server error; a real one needs a full filesystem under the server.
    const err = Object.assign(new Error('could not extend file "base/16384/16385": No space left on device'), { code: '53100' });
    const line = describeStorageFailure('postgres://clearance:***@db:5432/clearance', err, '1500 of 4000 parties committed; the same command resumes from there');
    assert.equal(
      line,
      'database postgres://clearance:***@db:5432/clearance is full (53100: could not extend file "base/16384/16385": No space left on device); the transaction in progress was rolled back, everything committed before it is kept (1500 of 4000 parties committed; the same command resumes from there); free disk space and rerun',
    );
    assert.equal(storageFailureKind(Object.assign(new Error('x'), { code: 'SQLITE_FULL' })), 'full');
    assert.equal(storageFailureKind(Object.assign(new Error('x'), { code: 'ECONNREFUSED' })), 'unavailable');
    assert.equal(storageFailureKind(Object.assign(new Error('x'), { code: 'SQLITE_IOERR_WRITE' })), 'io');
    assert.equal(storageFailureKind(Object.assign(new Error('x'), { code: '23505' })), undefined, 'a constraint violation is a bug, not the database failing');
    assert.equal(storageFailureKind(new Error('plain')), undefined);
  });
});
