import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { addLicense, getLicense, listLicenses } from '../../src/licenses/register.js';
import { loadQueryBuilder, openDatabase, openSqliteDirect } from '../../src/store/database.js';
import { cancelShipment, drawShipment, drawShipments, ShipmentStateError, UnknownLicenseError } from '../../src/licenses/drawdown.js';
import { LicenseValidationError, parseLicense } from '../../src/licenses/license.js';
import { verifyAudit } from '../../src/audit/verify.js';
import { repoRoot } from '../helpers/data.js';
import { testDatabases, type TestDatabase } from '../store/databases.js';
import { licenseDoc } from './fixtures.js';

function runWorker(tdb: TestDatabase, count: number, quantity: number): Promise<string[]> {
  const url = tdb.env.DATABASE_URL ?? '';
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'test', 'licenses', 'draw-worker.ts'), url, tdb.dataDir, String(count), String(quantity)], {
      env: { ...process.env, CLEARANCE_LOG_LEVEL: 'silent' },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as string[]) : reject(new Error(`worker exited ${code}: ${err}`))));
  });
}

test('license JSON is validated field by field', () => {
  assert.deepEqual(parseLicense(licenseDoc()).lines[0]!.quantity, 100);
  const bad: [Record<string, unknown>, RegExp][] = [
    [{ kind: 'permit' }, /^kind: .*"permit"/],
    [{ issued: '2026-13-01' }, /^issued: .*"2026-13-01"/],
    [{ expires: '2025-01-01' }, /^expires: is before issued/],
    [{ destination: 'China' }, /^destination: .*"China"/],
    [{ lines: [{ eccn: '3Q001', description: '', quantity: 1, unit: 'ea', value_usd: 1 }] }, /^lines\[0\]\.eccn: .*"3Q001"/],
    [{ lines: [{ eccn: '3A001', description: '', quantity: -5, unit: 'ea', value_usd: 1 }] }, /^lines\[0\]\.quantity: .*-5/],
    [{ lines: [{ eccn: '3A001', description: '', quantity: 5, unit: 'ea', value_usd: 1.005 }] }, /^lines\[0\]\.value_usd/],
    [{ parties: [{ role: 'friend', name: 'X' }] }, /^parties\[0\]\.role: .*"friend"/],
  ];
  for (const [override, message] of bad) {
    assert.throws(() => parseLicense({ ...licenseDoc(), ...override }), (err: unknown) => err instanceof LicenseValidationError && message.test(err.message));
  }
});

for (const tdb of testDatabases()) {
  describe(`license drawdown on ${tdb.name}`, () => {
    after(() => tdb.drop());

    test('draws, blocks with the reason, cancels and keeps the audit chain', async () => {
      const store = await tdb.open();
      try {
        await addLicense(store, licenseDoc(), 'alice');
        const drawn = await drawShipment(store, { license: 'D1234567', eccn: '3A001.a.1', quantity: 20, valueUsd: 10000, party: 'SHANGHAI EXAMPLE MICROELECTRONICS CO LTD', destination: 'CN', asOf: '2026-06-01' }, 'alice');
        assert.equal(drawn.status, 'drawn');
        assert.ok(drawn.status === 'drawn' && drawn.text.endsWith('balance after: 80 ea / $40,000'), JSON.stringify(drawn));

        const blocked = async (req: Partial<Parameters<typeof drawShipment>[1]>, code: string) => {
          const r = await drawShipment(store, { license: 'D1234567', eccn: '3A001', quantity: 1, valueUsd: 1, asOf: '2026-06-01', party: 'Shanghai Example Microelectronics Co Ltd', destination: 'CN', ...req }, 'alice');
          assert.equal(r.status, 'blocked', JSON.stringify(r));
          assert.equal(r.status === 'blocked' && r.code, code);
          return r.status === 'blocked' ? r.reason : '';
        };
        assert.match(await blocked({ quantity: 81 }, 'over_balance'), /remaining 80 ea \/ \$40,000/);
        await blocked({ valueUsd: 40000.01 }, 'over_balance');
        assert.match(await blocked({ asOf: '2028-01-02' }, 'expired'), /expired on 2028-01-01/);
        await blocked({ asOf: '2025-12-31' }, 'not_yet_valid');
        assert.match(await blocked({ destination: 'RU' }, 'wrong_destination'), /CN, not RU/);
        assert.match(await blocked({ party: 'Someone Else Ltd' }, 'party_not_authorised'), /Someone Else Ltd/);
        await blocked({ eccn: '5A002' }, 'eccn_not_covered');
        await assert.rejects(drawShipment(store, { license: 'NOPE', eccn: '3A001', quantity: 1, valueUsd: 1, destination: 'CN' }, 'alice'), UnknownLicenseError);

        assert.equal((await getLicense(store.db, 'D1234567'))!.lines[0]!.remainingQuantity, 80);
        const cancelled = await cancelShipment(store, drawn.status === 'drawn' ? drawn.shipmentId : -1, 'bob');
        assert.deepEqual(cancelled.balanceAfter, { quantity: 100, unit: 'ea', valueUsd: 50000 });
        await assert.rejects(cancelShipment(store, cancelled.shipmentId, 'bob'), ShipmentStateError, 'a shipment gives its quantity back once');
        assert.equal((await getLicense(store.db, 'D1234567'))!.lines[0]!.remainingValueUsd, 50000);

        const audit = await verifyAudit(store.db);
        assert.ok(audit.ok, JSON.stringify(audit));
        assert.equal(audit.records, 1 + 1 + 7 + 1, 'add, draw, 7 blocked draws, cancel');
      } finally {
        await store.close();
      }
    });

    test('several draws go all or nothing', async () => {
      const store = await tdb.open();
      try {
        await addLicense(store, licenseDoc({ number: 'M1', lines: [{ eccn: '3A001', description: '', quantity: 10, unit: 'ea', value_usd: 1000 }, { eccn: '5A002', description: '', quantity: 5, unit: 'ea', value_usd: 1000 }] }), 'alice');
        const req = (eccn: string, quantity: number) => ({ license: 'M1', eccn, quantity, valueUsd: 10, asOf: '2026-06-01', parties: ['Shanghai Example Microelectronics Co., Ltd.'], destination: 'CN' });
        const refused = await drawShipments(store, [req('3A001', 8), req('5A002', 6)], 'alice');
        assert.equal(refused.status, 'blocked');
        const lines = (await getLicense(store.db, 'M1'))!.lines;
        assert.deepEqual(lines.map((l) => l.remainingQuantity), [10, 5], 'the first draw was rolled back with the second');
        const ok = await drawShipments(store, [req('3A001', 8), req('5A002', 5)], 'alice');
        assert.equal(ok.status, 'drawn');
        assert.deepEqual((await getLicense(store.db, 'M1'))!.lines.map((l) => l.remainingQuantity), [2, 0]);
        assert.ok((await verifyAudit(store.db)).ok);
      } finally {
        await store.close();
      }
    });

    test('50 parallel shipments against a 100-unit line never overdraw', async () => {
      const store = await tdb.open();
      try {
        await addLicense(store, licenseDoc({ number: 'C100' }), 'alice');
        // Five processes with their own connections, ten shipments of 5 units each: 250 asked, 100 there.
        const statuses = (await Promise.all(Array.from({ length: 5 }, () => runWorker(tdb, 10, 5)))).flat();
        assert.equal(statuses.length, 50);
        assert.equal(statuses.filter((s) => s === 'drawn').length, 20);
        const line = (await getLicense(store.db, 'C100'))!.lines[0]!;
        assert.equal(line.remainingQuantity, 0);
        const rows = await store.db
          .selectFrom('shipments')
          .innerJoin('licenses', 'licenses.id', 'shipments.license_id')
          .select((eb) => eb.fn.sum<number>('shipments.quantity_milli').as('q'))
          .where('shipments.status', '=', 'drawn')
          .where('licenses.number', '=', 'C100')
          .executeTakeFirstOrThrow();
        assert.equal(Number(rows.q), 100_000);
        if (tdb.name === 'postgres') {
          // And fifty at once through one pool of connections in this process.
          const ids = await store.db.selectFrom('shipments').innerJoin('licenses', 'licenses.id', 'shipments.license_id').select('shipments.id').where('licenses.number', '=', 'C100').execute();
          // Cancelling the same shipment twice at once gives its quantity back once.
          const more = await Promise.allSettled([...ids, ...ids].map((s) => cancelShipment(store, s.id, 'alice')));
          assert.equal(more.filter((m) => m.status === 'fulfilled').length, 20);
          const again = await Promise.all(Array.from({ length: 50 }, () => drawShipment(store, { license: 'C100', eccn: '3A001', quantity: 3, valueUsd: 1, asOf: '2026-06-01', party: 'Shanghai Example Microelectronics Co Ltd', destination: 'CN' }, 'p')));
          assert.equal(again.filter((r) => r.status === 'drawn').length, 33);
          assert.equal((await getLicense(store.db, 'C100'))!.lines[0]!.remainingQuantity, 1);
        }
        assert.ok((await verifyAudit(store.db)).ok, 'concurrent appenders keep one unbroken chain');
      } finally {
        await store.close();
      }
    });
  });
}

test('the register read directly is the register read through the query builder; the builder, once made, takes over', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearance-direct-'));
  const k = await openDatabase({ dataDir: dir });
  await addLicense(k, licenseDoc(), 'alice');
  await addLicense(k, licenseDoc({ number: 'D7654321', lines: [...licenseDoc().lines, { eccn: '5A002', description: 'routers', quantity: 2.5, unit: 'ea', value_usd: 10.25 }] }), 'alice');
  await addLicense(k, licenseDoc({ number: 'D0000001', destination: 'RU' }), 'alice');
  const expected = await listLicenses(k.db, { destination: 'CN' });
  const all = await listLicenses(k.db);
  await k.close();
  const d = openSqliteDirect({ dataDir: dir });
  assert.ok(d?.direct(), 'a migrated store opens direct');
  if (!d) return;
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
