/**
 * The routes the analyst UI needs, through inject: who the key is and what its role may do (each
 * answer held to the real route's 403), the four-eyes setting, a listed entry by list and id, the
 * replay of an audit record, and a list update run in the background with its status and last error.
 */
import { after, before, mock, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fourEyesRule } from '../../src/app/alerts.js';
import { ROLES } from '../../src/app/keys.js';
import { CAPABILITIES } from '../../src/server/routes/session.js';
import { dataPath } from '../helpers/data.js';
import { testServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
before(async () => {
  server = await testServer();
});
after(() => server.close());

/** A request each capability stands for: 403 below its role, anything but 401/403 at or above it. */
const PROBES: Record<keyof typeof CAPABILITIES, { method: string; url: string; body?: unknown }> = {
  decideAlerts: { method: 'POST', url: '/v1/alerts/999999/decision', body: { decision: 'confirm' } },
  drawLicenses: { method: 'POST', url: '/v1/licenses/NOPE/shipments', body: { eccn: '3A001', quantity: 1, value_usd: 1 } },
  addLicenses: { method: 'POST', url: '/v1/licenses', body: { number: 'X' } },
  importParties: { method: 'POST', url: '/v1/parties', body: { parties: [] } },
  updateLists: { method: 'POST', url: '/v1/lists/activate', body: { version: 'nope' } },
  manageKeys: { method: 'GET', url: '/v1/keys' },
};

test('GET /v1/me: the name and role of the key, and what the role may do as the routes themselves decide', async () => {
  for (const role of ROLES) {
    const me = (await server.call('GET', '/v1/me', { as: role })).json() as { name: string; role: string; may: Record<string, boolean> };
    assert.equal(me.role, role);
    assert.match(me.name, new RegExp(`^${role}-`));
    assert.deepEqual(Object.keys(me.may).sort(), Object.keys(CAPABILITIES).sort());
    for (const [capability, probe] of Object.entries(PROBES)) {
      const r = await server.call(probe.method, probe.url, { as: role, body: probe.body });
      const refused = r.statusCode === 403 && r.json().error.code === 'forbidden';
      assert.equal(!refused, me.may[capability], `${role} ${capability}: /v1/me says ${me.may[capability]}, ${probe.method} ${probe.url} answered ${r.statusCode}`);
    }
  }
  assert.deepEqual(
    Object.fromEntries(ROLES.map((role) => [role, Object.values(CAPABILITIES).filter((needed) => ROLES.indexOf(needed) <= ROLES.indexOf(role)).length])),
    { viewer: 0, analyst: 4, admin: 6 },
  );
});

test('GET /v1/settings names the four-eyes rule as the store holds it', async () => {
  assert.deepEqual((await server.call('GET', '/v1/settings', { as: 'viewer' })).json(), { fourEyes: false });
  await fourEyesRule(server.rt, 'on');
  assert.deepEqual((await server.call('GET', '/v1/settings', { as: 'viewer' })).json(), { fourEyes: true });
  await fourEyesRule(server.rt, 'off');
});

test("GET /v1/entries/:list/:id: the entry behind a hit, from the version in service; 404 naming the id otherwise", async () => {
  const hit = ((await server.call('POST', '/v1/screen', { as: 'viewer', body: { name: 'Kim Jong Un' } })).json() as { hits: { list: string; entityId: string; name: string }[] }).hits[0]!;
  const r = await server.call('GET', `/v1/entries/${encodeURIComponent(hit.list)}/${encodeURIComponent(hit.entityId)}`, { as: 'viewer' });
  assert.equal(r.statusCode, 200, r.body);
  const body = r.json() as { listVersion: string; entry: { id: string; list: { code: string }; names: { value: string }[] } };
  assert.equal(body.entry.id, hit.entityId);
  assert.equal(body.entry.list.code, hit.list);
  assert.equal(body.entry.names[0]!.value, hit.name);
  assert.equal(body.listVersion, server.lists.current()!.version);
  const missing = await server.call('GET', `/v1/entries/${hit.list}/no-such-id`, { as: 'viewer' });
  assert.equal(missing.statusCode, 404);
  assert.deepEqual([missing.json().error.code, missing.json().error.field], ['entry_not_found', 'id']);
});

test('POST /v1/audit/:seq/replay decides a recorded screening again and records nothing', async () => {
  await server.call('POST', '/v1/screen', { as: 'analyst', body: { name: 'ZTE Parsian' } });
  const records = (await server.call('GET', '/v1/audit?kind=screen&limit=1', { as: 'viewer' })).json() as { records: { seq: number }[] };
  const seq = records.records[0]!.seq;
  const r = await server.call('POST', `/v1/audit/${seq}/replay`, { as: 'viewer' });
  assert.equal(r.statusCode, 200, r.body);
  const replay = r.json() as { seq: number; kind: string; same: boolean; differences: unknown[] };
  assert.deepEqual([replay.seq, replay.kind, replay.same, replay.differences], [seq, 'screen', true, []]);
  const newest = (await server.call('GET', '/v1/audit?limit=1', { as: 'viewer' })).json() as { records: { seq: number }[] };
  assert.equal(newest.records[0]!.seq, seq, 'a replay appends no record');
  assert.equal((await server.call('POST', '/v1/audit/999999/replay', { as: 'viewer' })).statusCode, 404);
});

type Status = { state: string; error?: string; failures?: { source: string }[]; active?: string; inService?: string; changed?: string[]; startedBy?: string };

async function finished(): Promise<Status> {
  for (let i = 0; i < 600; i++) {
    const status = (await server.call('GET', '/v1/lists/update/status', { as: 'viewer' })).json() as Status;
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the update never finished');
}

test('a list update in the background: 202 at once, 409 while it runs, then its outcome; the last error when it fails', async () => {
  assert.deepEqual((await server.call('GET', '/v1/lists/update/status', { as: 'viewer' })).json(), { state: 'idle' });
  const csl = readFileSync(dataPath('lists/csl/2025-06-sample/consolidated.csv'));
  let serve = false;
  const fetchMock = mock.method(globalThis, 'fetch', async (url: string | URL) => {
    if (serve && String(url).endsWith('/consolidated.csv')) return new Response(csl, { status: 200, headers: { 'content-length': String(csl.length) } });
    return new Response('gone', { status: 404, statusText: 'Not Found' });
  });
  try {
    const started = await server.call('POST', '/v1/lists/update/start', { as: 'admin', body: { sources: ['csl'] } });
    assert.equal(started.statusCode, 202, started.body);
    assert.equal(started.json().state, 'running');
    const again = await server.call('POST', '/v1/lists/update/start', { as: 'admin', body: { sources: ['csl'] } });
    assert.ok(again.statusCode === 409 || again.statusCode === 202, 'refused while running (or the first has already ended)');
    if (again.statusCode === 409) assert.equal(again.json().error.code, 'update_running');
    const failed = await finished();
    assert.equal(failed.state, 'failed');
    assert.match(failed.error ?? '', /csl: .*404/);
    assert.equal(failed.startedBy, (await server.call('GET', '/v1/me', { as: 'admin' })).json().name);
    const before = server.lists.current()!.version;

    serve = true;
    assert.equal((await server.call('POST', '/v1/lists/update/start', { as: 'admin', body: { sources: ['csl'], rescreen: false } })).statusCode, 202);
    const done = await finished();
    assert.equal(done.state, 'succeeded', JSON.stringify(done));
    assert.deepEqual(done.changed, ['csl']);
    assert.ok(done.active && done.active === done.inService, 'the new version is active and in service');
    assert.notEqual(server.lists.current()!.version, before);
  } finally {
    fetchMock.mock.restore();
  }
  const bad = await server.call('POST', '/v1/lists/update/start', { as: 'admin', body: { sources: ['nope'] } });
  assert.equal(bad.statusCode, 422);
  assert.equal(bad.json().error.field, 'sources');
});

test('GET /v1/licenses/:number/shipments: each draw with its actor, newest first, a cancelled one marked; 404 for an unknown license', async () => {
  const { licenseDoc } = await import('../licenses/fixtures.js');
  assert.equal((await server.call('POST', '/v1/licenses', { as: 'analyst', body: licenseDoc({ number: 'S100' }) })).statusCode, 201);
  const ship = (quantity: number) => server.call('POST', '/v1/licenses/S100/shipments', { as: 'analyst', body: { eccn: '3A001', quantity, value_usd: quantity * 500, destination: 'CN', party: 'Shanghai Example Microelectronics Co., Ltd.', date: '2026-06-01' } });
  const first = (await ship(10)).json() as { shipmentId: number };
  await ship(5);
  assert.equal((await server.call('POST', `/v1/shipments/${first.shipmentId}/cancel`, { as: 'analyst' })).statusCode, 200);
  const r = await server.call('GET', '/v1/licenses/S100/shipments', { as: 'viewer' });
  assert.equal(r.statusCode, 200, r.body);
  const shipments = (r.json() as { shipments: { quantity: number; valueUsd: number; status: string; actor: string; line: number; unit: string }[] }).shipments;
  assert.deepEqual(shipments.map((s) => [s.quantity, s.valueUsd, s.status, s.line, s.unit]), [[5, 2500, 'drawn', 1, 'ea'], [10, 5000, 'cancelled', 1, 'ea']]);
  assert.match(shipments[0]!.actor, /^analyst-/);
  assert.equal((await server.call('GET', '/v1/licenses/NOPE/shipments', { as: 'viewer' })).statusCode, 404);
});
