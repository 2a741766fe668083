import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { recordHash } from '../../src/audit/chain.js';
import { auditFolder, checkpointLine, loadAuditKey, loadAuditPublicKey, parseCheckpointLine, readCheckpoints, writeCheckpoint } from '../../src/audit/checkpoint.js';
import { appendAudit } from '../../src/audit/log.js';
import { verifyAudit } from '../../src/audit/verify.js';
import { ClearanceError } from '../../src/model/errors.js';
import type { Store } from '../../src/store/database.js';
import type { AuditLogTable } from '../../src/store/schema.js';
import { writeTransaction } from '../../src/store/transaction.js';
import { testDatabases, type TestDatabase } from '../store/databases.js';

/*
 * Someone who can write the database can cut the chain short and rewrite its head, or edit a record and
 * recompute every hash after it: the chain alone still verifies. Signed checkpoints, kept outside the
 * database, catch both.
 */

async function fill(store: Store, n: number, from = 0): Promise<void> {
  await writeTransaction(store, (trx) =>
    appendAudit(trx, store.dialect, Array.from({ length: n }, (_, i) => ({ kind: 'check' as const, actor: 'alice', inputs: { i: from + i }, outputs: { outcome: 'nlr' }, versions: { lists: 'L1' } }))),
  );
}

/** What a forger with database access does: rewrite records from `seq` on with valid hashes, and the head. */
async function rehashFrom(store: Store, seq: number): Promise<void> {
  const rows = await store.db.selectFrom('audit_log').selectAll().where('seq', '>=', seq).orderBy('seq').execute();
  let prev = (await store.db.selectFrom('audit_log').select('hash').where('seq', '=', seq - 1).executeTakeFirstOrThrow()).hash;
  for (const row of rows) {
    const fields: Omit<AuditLogTable, 'hash'> = { ...row, prev_hash: prev };
    const hash = recordHash(fields);
    await store.db.updateTable('audit_log').set({ prev_hash: prev, hash }).where('seq', '=', row.seq).execute();
    prev = hash;
  }
  await store.db.updateTable('audit_head').set({ seq: rows.at(-1)!.seq, hash: prev }).where('id', '=', 1).execute();
}

async function withStore(tdb: TestDatabase, fn: (store: Store, dataDir: string) => Promise<void>): Promise<void> {
  const store = await tdb.open();
  try {
    await fn(store, tdb.dataDir);
  } finally {
    await store.close();
  }
}

for (const make of testDatabases().map((d) => d.name)) {
  const fresh = () => testDatabases().find((d) => d.name === make)!;
  describe(`signed audit checkpoints on ${make}`, () => {
    const dbs: TestDatabase[] = [];
    const db = () => {
      const d = fresh();
      dbs.push(d);
      return d;
    };
    after(async () => {
      for (const d of dbs) await d.drop();
    });

    test('records past the latest checkpoint are reported as not yet witnessed', async () => {
      await withStore(db(), async (store, dataDir) => {
        const key = loadAuditKey({ dataDir });
        const file = auditFolder(dataDir).checkpoints;
        await fill(store, 10);
        const cp = await writeCheckpoint(store.db, key, file);
        assert.equal(cp?.seq, 10);
        assert.equal(await writeCheckpoint(store.db, key, file), undefined, 'nothing new to sign');
        await fill(store, 3, 10);
        const result = await verifyAudit(store.db, { checkpoints: readCheckpoints(file), key });
        assert.equal(result.ok, true);
        assert.deepEqual(result.witnessed, { seq: 10, at: cp!.at });
        assert.equal(result.unwitnessed, 3);
      });
    });

    test('the tail deleted and the head rewritten: caught by the checkpoint', async () => {
      await withStore(db(), async (store, dataDir) => {
        const key = loadAuditKey({ dataDir });
        const file = auditFolder(dataDir).checkpoints;
        await fill(store, 10);
        await writeCheckpoint(store.db, key, file);
        const seven = await store.db.selectFrom('audit_log').select('hash').where('seq', '=', 7).executeTakeFirstOrThrow();
        await sql`delete from audit_log where seq > 7`.execute(store.db);
        await store.db.updateTable('audit_head').set({ seq: 7, hash: seven.hash }).where('id', '=', 1).execute();
        assert.equal((await verifyAudit(store.db)).ok, true, 'the chain alone cannot tell');
        const result = await verifyAudit(store.db, { checkpoints: readCheckpoints(file), key });
        assert.equal(result.ok, false);
        assert.equal(result.firstBad!.seq, 8);
        assert.match(result.firstBad!.problem, /chain ends at record 7, but a checkpoint signed .* witnessed record 10: records after 7 were deleted/);
      });
    });

    test('a record edited and every hash after it recomputed: caught by the checkpoint', async () => {
      await withStore(db(), async (store, dataDir) => {
        const key = loadAuditKey({ dataDir });
        const file = auditFolder(dataDir).checkpoints;
        await fill(store, 4);
        await writeCheckpoint(store.db, key, file);
        await fill(store, 6, 4);
        await writeCheckpoint(store.db, key, file);
        await sql`update audit_log set outputs = ${'{"outcome":"prohibited"}'} where seq = 6`.execute(store.db);
        await rehashFrom(store, 6);
        assert.equal((await verifyAudit(store.db)).ok, true, 'the chain alone cannot tell');
        const result = await verifyAudit(store.db, { checkpoints: readCheckpoints(file), key });
        assert.equal(result.ok, false);
        assert.equal(result.firstBad!.seq, 5, 'narrowed to the records after the last checkpoint that still agrees');
        assert.match(result.firstBad!.problem, /records 5 to 10 were rewritten/);
      });
    });

    test('a checkpoint edited in its file, or one from another key, is refused', async () => {
      await withStore(db(), async (store, dataDir) => {
        const key = loadAuditKey({ dataDir });
        const file = auditFolder(dataDir).checkpoints;
        await fill(store, 3);
        await writeCheckpoint(store.db, key, file);
        const forged = readFileSync(file, 'utf8').replace(/"seq":3/, '"seq":2');
        writeFileSync(file, forged);
        const result = await verifyAudit(store.db, { checkpoints: readCheckpoints(file), key });
        assert.equal(result.ok, false);
        assert.match(result.firstBad!.problem, /not signed by the audit key/);

        const other = loadAuditKey({ dataDir: mkdtempSync(join(tmpdir(), 'clearance-otherkey-')) });
        const foreign = await writeCheckpoint(store.db, other, join(mkdtempSync(join(tmpdir(), 'clearance-cp-')), 'c.jsonl'));
        assert.equal((await verifyAudit(store.db, { checkpoints: [foreign!], key })).ok, false);
      });
    });

    test('a witness keeps the printed line: a checkpoint file cut back does not hide a rewrite', async () => {
      await withStore(db(), async (store, dataDir) => {
        const key = loadAuditKey({ dataDir });
        const file = auditFolder(dataDir).checkpoints;
        await fill(store, 5);
        const printed = checkpointLine((await writeCheckpoint(store.db, key, file))!);
        writeFileSync(file, '');
        await sql`delete from audit_log where seq > 2`.execute(store.db);
        const two = await store.db.selectFrom('audit_log').select('hash').where('seq', '=', 2).executeTakeFirstOrThrow();
        await store.db.updateTable('audit_head').set({ seq: 2, hash: two.hash }).where('id', '=', 1).execute();
        const publicOnly = loadAuditPublicKey({ dataDir })!;
        const result = await verifyAudit(store.db, { checkpoints: [...readCheckpoints(file), parseCheckpointLine(printed)], key: publicOnly });
        assert.equal(result.ok, false);
        assert.match(result.firstBad!.problem, /records after 2 were deleted/);
      });
    });

    test('a dropped audit_head table is a clear failure of verify and a clear error on the next append', async () => {
      await withStore(db(), async (store) => {
        await fill(store, 2);
        await sql`drop table audit_head`.execute(store.db);
        const result = await verifyAudit(store.db);
        assert.equal(result.ok, false);
        assert.match(result.firstBad!.problem, /table audit_head is missing from the database: it was altered outside clearance/);
        await assert.rejects(fill(store, 1), (err: unknown) => {
          assert.ok(err instanceof ClearanceError, String(err));
          assert.equal(err.code, 'audit_table_missing');
          assert.doesNotMatch(err.message, /\n/);
          return true;
        });
      });
    });
  });
}

test('the signing key is created owner-only, and a key others can read is refused', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'clearance-key-'));
  const key = loadAuditKey({ dataDir });
  const path = auditFolder(dataDir).key;
  assert.equal(statSync(path).mode & 0o777, 0o600);
  assert.equal(loadAuditKey({ dataDir }).id, key.id, 'the same key next time');
  assert.equal(loadAuditPublicKey({ dataDir })!.id, key.id);
  chmodSync(path, 0o644);
  assert.throws(() => loadAuditKey({ dataDir }), (err: unknown) => err instanceof ClearanceError && err.code === 'audit_key_exposed');
  const fromEnv = loadAuditKey({ dataDir: mkdtempSync(join(tmpdir(), 'clearance-key-')), pem: readFileSync(path, 'utf8') });
  assert.equal(fromEnv.id, key.id, 'a key given by the environment instead of the folder');
});
