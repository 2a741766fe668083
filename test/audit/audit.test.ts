import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { sql } from 'kysely';
import { loadAuditKey, writeCheckpoint } from '../../src/audit/checkpoint.js';
import { appendAudit, appendAuditDirect, getAuditRecord, type AuditEntry } from '../../src/audit/log.js';
import { verifyAudit } from '../../src/audit/verify.js';
import { writeTransaction } from '../../src/store/transaction.js';
import { openDatabase, openSqliteDirect, type Store } from '../../src/store/database.js';
import { testDatabases } from '../store/databases.js';

async function fill(store: Store, n: number): Promise<void> {
  await writeTransaction(store, (trx) =>
    appendAudit(
      trx,
      store.dialect,
      Array.from({ length: n }, (_, i) => ({ kind: 'check' as const, actor: 'alice', inputs: { i }, outputs: { outcome: i % 2 ? 'nlr' : 'license_required' }, versions: { lists: 'L1', rules: 'R1' } })),
    ),
  );
}

for (const tdb of testDatabases()) {
  describe(`audit chain on ${tdb.name}`, () => {
    after(() => tdb.drop());

    test('an intact chain verifies; an edited, deleted or truncated one names the first bad record', async () => {
      const store = await tdb.open();
      try {
        await fill(store, 10);
        assert.deepEqual(await verifyAudit(store.db), { ok: true, records: 10, headSeq: 10 });
        const r4 = await getAuditRecord(store.db, 4);
        assert.deepEqual(r4!.inputs, { i: 3 });
        assert.equal(r4!.prevHash, (await getAuditRecord(store.db, 3))!.hash);

        // Edit a record's output directly in SQL, as someone with database access could.
        await sql`update audit_log set outputs = ${'{"outcome":"prohibited"}'} where seq = 4`.execute(store.db);
        let result = await verifyAudit(store.db);
        assert.equal(result.ok, false);
        assert.equal(result.firstBad!.seq, 4);
        assert.match(result.firstBad!.problem, /altered/);
        await sql`update audit_log set outputs = ${'{"outcome":"nlr"}'} where seq = 4`.execute(store.db);
        assert.ok((await verifyAudit(store.db)).ok, 'restoring the bytes restores the chain');

        // Re-hashing an edited record does not help: the next record points at the old hash.
        await sql`delete from audit_log where seq = 6`.execute(store.db);
        result = await verifyAudit(store.db);
        assert.equal(result.firstBad!.seq, 6);
        assert.match(result.firstBad!.problem, /missing/);
      } finally {
        await store.close();
      }
    });

    test('deleting the newest records is detected through the head', async () => {
      const store = await tdb.open();
      try {
        await sql`delete from audit_log`.execute(store.db);
        await sql`update audit_head set seq = 0, hash = ${'0'.repeat(64)}`.execute(store.db);
        await fill(store, 5);
        await sql`delete from audit_log where seq = 5`.execute(store.db);
        const result = await verifyAudit(store.db);
        assert.equal(result.ok, false);
        assert.equal(result.firstBad!.seq, 5);
        assert.match(result.firstBad!.problem, /deleted/);
      } finally {
        await store.close();
      }
    });
  });
}

/*
 * A SQLite store opened direct (without the query builder: a one-shot check's reads and audit append)
 * writes and reads the same rows as through Kysely.
 */

const fresh = () => mkdtempSync(join(tmpdir(), 'clearance-direct-'));

function entries(from: number, n: number): AuditEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    kind: 'check' as const,
    actor: 'alice',
    at: `2026-12-06T00:00:0${(from + i) % 10}.000Z`,
    inputs: { i: from + i, name: 'Ünïcode Trading' },
    outputs: { outcome: (from + i) % 2 ? 'nlr' : 'license_required' },
    versions: { lists: 'L1', rules: 'R1' },
  }));
}

function direct(dataDir: string): Store {
  const store = openSqliteDirect({ dataDir });
  assert.ok(store, 'a migrated store opens direct');
  assert.ok(store.direct(), 'its connection is there while no query builder was made');
  return store;
}

async function auditRows(dataDir: string): Promise<unknown[]> {
  const db = new BetterSqlite3(join(dataDir, 'clearance.db'), { readonly: true });
  try {
    return db.prepare('select * from audit_log order by seq').all();
  } finally {
    db.close();
  }
}

test('a missing or not migrated store does not open direct', async () => {
  const dir = fresh();
  assert.equal(openSqliteDirect({ dataDir: dir }), undefined);
  new BetterSqlite3(join(dir, 'clearance.db')).close();
  assert.equal(openSqliteDirect({ dataDir: dir }), undefined, 'an empty database is left to the migrator');
});

test('the direct audit append writes the rows the query builder writes, and a chain mixing both verifies', async () => {
  const [viaKysely, viaDirect] = [fresh(), fresh()];
  const k = await openDatabase({ dataDir: viaKysely });
  await writeTransaction(k, (trx) => appendAudit(trx, k.dialect, entries(0, 3)));
  await k.close();
  // The other store is created (migrated) first, then appended to directly only.
  await (await openDatabase({ dataDir: viaDirect })).close();
  const d = direct(viaDirect);
  assert.deepEqual(appendAuditDirect(d.direct()!, entries(0, 2)), [1, 2]);
  assert.deepEqual(appendAuditDirect(d.direct()!, entries(2, 1)), [3]);
  await d.close();
  assert.deepEqual(await auditRows(viaDirect), await auditRows(viaKysely), 'same columns, same bytes, same hashes');

  // Both writers on one chain, a checkpoint signed from the direct connection: verify passes.
  const key = loadAuditKey({ dataDir: viaDirect });
  const file = join(viaDirect, 'checkpoints.jsonl');
  const again = direct(viaDirect);
  const cp = await writeCheckpoint(again.direct()!, key, file);
  assert.equal(cp?.seq, 3);
  await again.close();
  const mixed = await openDatabase({ dataDir: viaDirect });
  try {
    await writeTransaction(mixed, (trx) => appendAudit(trx, mixed.dialect, entries(3, 2)));
    const d2 = direct(viaDirect);
    appendAuditDirect(d2.direct()!, entries(5, 1));
    await d2.close();
    const result = await verifyAudit(mixed.db, { checkpoints: [cp!], key });
    assert.equal(result.ok, true, JSON.stringify(result));
    assert.equal(result.records, 6);
  } finally {
    await mixed.close();
  }
});
