import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { sql } from 'kysely';
import { appendAudit, getAuditRecord } from '../../src/audit/log.js';
import { verifyAudit } from '../../src/audit/verify.js';
import { writeTransaction } from '../../src/store/transaction.js';
import type { Store } from '../../src/store/database.js';
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
