import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { loadAuditKey, writeCheckpoint } from '../../src/audit/checkpoint.js';
import { appendAudit, appendAuditDirect, type AuditEntry } from '../../src/audit/log.js';
import { verifyAudit } from '../../src/audit/verify.js';
import { addLicense, listLicenses } from '../../src/licenses/register.js';
import { loadQueryBuilder, openDatabase, openSqliteDirect, type Store } from '../../src/store/database.js';
import { writeTransaction } from '../../src/store/transaction.js';
import { licenseDoc } from '../licenses/fixtures.js';

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

test('the register read directly is the register read through the query builder; the builder, once made, takes over', async () => {
  const dir = fresh();
  const k = await openDatabase({ dataDir: dir });
  await addLicense(k, licenseDoc(), 'alice');
  await addLicense(k, licenseDoc({ number: 'D7654321', lines: [...licenseDoc().lines, { eccn: '5A002', description: 'routers', quantity: 2.5, unit: 'ea', value_usd: 10.25 }] }), 'alice');
  await addLicense(k, licenseDoc({ number: 'D0000001', destination: 'RU' }), 'alice');
  const expected = await listLicenses(k.db, { destination: 'CN' });
  const all = await listLicenses(k.db);
  await k.close();
  const d = direct(dir);
  try {
    assert.deepEqual(await listLicenses(d.direct()!, { destination: 'CN' }), expected);
    assert.deepEqual(await listLicenses(d.direct()!), all);
    assert.deepEqual(await listLicenses(d.direct()!, { destination: 'DE' }), []);
    await loadQueryBuilder();
    assert.deepEqual(await listLicenses(d.db, { destination: 'CN' }), expected);
    assert.equal(d.direct(), undefined, 'no statement runs beside the query builder on its connection');
  } finally {
    await d.close();
  }
});
