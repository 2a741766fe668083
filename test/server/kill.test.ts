/**
 * kill -9 of the server during a batch of shipments: every shipment it acknowledged is there, and
 * retrying every request (each with its Idempotency-Key) after a restart draws each exactly once.
 */
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { readConfig } from '../../src/app/config.js';
import { createKey } from '../../src/app/keys.js';
import { addLicense } from '../../src/app/licenses.js';
import { createRuntime } from '../../src/app/runtime.js';
import { verifyAudit } from '../../src/audit/verify.js';
import { startServeProcess as startServer } from '../helpers/serve-process.js';
import { testDatabases } from '../store/databases.js';
import { licenseDoc } from '../licenses/fixtures.js';

const SHIPMENTS = 120;
const IN_FLIGHT = 6;
/** Acknowledged shipments before the kill: the rest are in flight or not sent yet. */
const KILL_AFTER = 30;

for (const tdb of testDatabases()) {
  describe(`kill -9 of the server during shipments on ${tdb.name}`, () => {
    after(() => tdb.drop());

    test('nothing acknowledged is lost, nothing is drawn twice', async () => {
      const rt = createRuntime(readConfig({ dataDir: tdb.dataDir }, { DATABASE_URL: tdb.env.DATABASE_URL ?? '', CLEARANCE_LOG_LEVEL: 'silent' }));
      const servers: ChildProcess[] = [];
      try {
        await addLicense(rt, licenseDoc({ lines: [{ eccn: '3A001', description: 'chips', quantity: 1000, unit: 'ea', value_usd: 1_000_000 }] }), 'setup');
        const { key } = await createKey(rt, { role: 'analyst', name: 'shipping-desk' });
        const ship = (url: string, i: number) =>
          fetch(`${url}/v1/licenses/D1234567/shipments`, {
            method: 'POST',
            headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json', 'idempotency-key': `order-${i}` },
            body: JSON.stringify({ eccn: '3A001', quantity: 1, value_usd: 10, destination: 'CN', party: 'Shanghai Example Microelectronics Co., Ltd.', date: '2026-06-01' }),
          });

        const first = await startServer(tdb.env);
        servers.push(first.child);
        const acknowledged = new Map<number, number>();
        let next = 0;
        const sender = async () => {
          while (next < SHIPMENTS) {
            const i = next++;
            const r = await ship(first.url, i).catch(() => undefined);
            if (r?.status === 201) acknowledged.set(i, ((await r.json()) as { shipmentId: number }).shipmentId);
            if (acknowledged.size >= KILL_AFTER && first.child.exitCode === null && !first.child.killed) first.child.kill('SIGKILL');
          }
        };
        await Promise.all(Array.from({ length: IN_FLIGHT }, sender));
        assert.ok(acknowledged.size >= KILL_AFTER && acknowledged.size < SHIPMENTS, `killed midway (${acknowledged.size} acknowledged)`);

        const second = await startServer(tdb.env);
        servers.push(second.child);
        for (let i = 0; i < SHIPMENTS; i++) {
          const r = await ship(second.url, i);
          const text = await r.text();
          assert.ok(r.status === 201 || r.status === 200, `order-${i}: ${r.status} ${text}`);
          const { shipmentId } = JSON.parse(text) as { shipmentId: number };
          if (acknowledged.has(i)) {
            assert.equal(r.status, 200, `order-${i} was acknowledged: the retry replays it`);
            assert.equal(shipmentId, acknowledged.get(i));
          }
        }

        await rt.store.use('read', async (store) => {
          const rows = await store.db.selectFrom('shipments').select(['request_key']).execute();
          assert.equal(rows.length, SHIPMENTS, 'one shipment per order');
          assert.equal(new Set(rows.map((r) => r.request_key)).size, SHIPMENTS, 'no order drawn twice');
          const line = await store.db.selectFrom('license_lines').select('remaining_quantity_milli').executeTakeFirstOrThrow();
          assert.equal(Number(line.remaining_quantity_milli), (1000 - SHIPMENTS) * 1000, 'the balance is what the shipments took');
          assert.ok((await verifyAudit(store.db)).ok, 'the audit chain survived the kill');
        });
      } finally {
        for (const child of servers) if (child.exitCode === null) child.kill('SIGKILL');
        await rt.close();
      }
    });
  });
}
