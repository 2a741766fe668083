/**
 * Records appended together (group commit): every caller's record is committed before its promise
 * settles, none is lost or written twice under concurrency, and the chain verifies.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { recordAuditTogether } from '../../src/app/audit-record.js';
import { readConfig } from '../../src/app/config.js';
import { createRuntime } from '../../src/app/runtime.js';
import { listAudit } from '../../src/audit/log.js';
import { verifyAudit } from '../../src/audit/verify.js';

test('500 records appended at once by 250 callers: each kept once, in one chain', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-group-'));
  const rt = createRuntime(readConfig({ dataDir: home }, {}), { log: pino({ level: 'silent' }) });
  try {
    const settled: number[] = [];
    await Promise.all(
      Array.from({ length: 250 }, (_, i) =>
        recordAuditTogether(rt, [
          { kind: 'screen', actor: `caller-${i}`, inputs: { i, part: 1 }, outputs: {}, versions: {} },
          { kind: 'screen', actor: `caller-${i}`, inputs: { i, part: 2 }, outputs: {}, versions: {} },
        ]).then(() => settled.push(i)),
      ),
    );
    assert.equal(settled.length, 250);
    await rt.store.use('read', async (store) => {
      const records = await listAudit(store.db, { limit: 1000 });
      assert.equal(records.length, 500);
      const keys = records.map((r) => JSON.stringify(r.inputs));
      assert.equal(new Set(keys).size, 500, 'no record twice');
      const byCaller = new Map<string, number[]>();
      for (const r of records) byCaller.set(r.actor, [...(byCaller.get(r.actor) ?? []), r.seq]);
      for (const seqs of byCaller.values()) assert.equal(Math.abs(seqs[0]! - seqs[1]!), 1, "a caller's records are adjacent");
      assert.ok((await verifyAudit(store.db)).ok);
    });
  } finally {
    await rt.close();
    rmSync(home, { recursive: true, force: true });
  }
});

test('when the store fails, every caller of the batch is told, and the next batch goes on', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-group-'));
  const rt = createRuntime(readConfig({ dataDir: home }, { DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' }), { log: pino({ level: 'silent' }) });
  try {
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => recordAuditTogether(rt, [{ kind: 'screen', actor: 'a', inputs: {}, outputs: {}, versions: {} }])));
    assert.ok(outcomes.every((o) => o.status === 'rejected' && /database .* is unavailable/.test(String((o.reason as Error).message))));
  } finally {
    await rt.close();
    rmSync(home, { recursive: true, force: true });
  }
});

test('records asked for in one turn of the event loop are committed in one transaction', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-group-'));
  const rt = createRuntime(readConfig({ dataDir: home }, {}), { log: pino({ level: 'silent' }) });
  try {
    await rt.store.use('write', async () => {});
    const use = rt.store.use.bind(rt.store);
    let writes = 0;
    (rt.store as { use: typeof use }).use = (access, fn, options) => {
      if (access === 'write') writes++;
      return use(access, fn, options);
    };
    await Promise.all(Array.from({ length: 20 }, (_, i) => recordAuditTogether(rt, [{ kind: 'screen', actor: 'a', inputs: { i }, outputs: {}, versions: {} }])));
    assert.equal(writes, 1);
  } finally {
    await rt.close();
    rmSync(home, { recursive: true, force: true });
  }
});
