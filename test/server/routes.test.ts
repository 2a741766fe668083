/**
 * Each route through `inject`: what it answers, that answers name their list version, and that what
 * a request does is recorded in the audit trail under the key's name.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fourEyesRule } from '../../src/app/alerts.js';
import { writeAuditCheckpoint } from '../../src/app/audit-checkpoint.js';
import { buildRules } from '../../src/app/rules-admin.js';
import { runCli } from '../helpers/cli.js';
import { dataPath } from '../helpers/data.js';
import { testServer, type TestServer } from '../helpers/server.js';
import { licenseDoc } from '../licenses/fixtures.js';

let server: TestServer;
before(async () => {
  server = await testServer();
  await buildRules(server.rt, dataPath('ear/2026-07-23'));
});
after(() => server.close());

test('health, readiness with the list version in service, metrics', async () => {
  assert.deepEqual((await server.call('GET', '/health')).json(), { status: 'ok' });
  const ready = (await server.call('GET', '/ready')).json() as { ready: boolean; listVersion: string; entries: number };
  assert.equal(ready.ready, true);
  assert.match(ready.listVersion, /^sample:[0-9a-f]{64}$/, 'without data, the sample (and it says so)');
  await server.call('POST', '/v1/screen', { as: 'viewer', body: { name: 'Huawei' } });
  const metrics = (await server.call('GET', '/metrics', { as: 'viewer' })).body;
  assert.match(metrics, /^clearance_http_requests_total\{method="POST",route="\/v1\/screen",status="200"\} 1$/m);
  assert.match(metrics, /^clearance_http_request_duration_seconds_count\{method="POST",route="\/v1\/screen"\} 1$/m);
  assert.match(metrics, /^clearance_index_entries 30$/m);
  assert.match(metrics, /^clearance_alerts_open 0$/m);
  assert.match(metrics, /^clearance_list_version_age_seconds \d/m);
});

test('POST /v1/screen answers in the hit shape of clearance screen, naming its list version', async () => {
  const api = await server.call('POST', '/v1/screen', { as: 'viewer', body: { name: '华为技术有限公司', country: 'CN' } });
  assert.equal(api.statusCode, 200, api.body);
  const body = api.json() as { listVersion: string; hits: { list: string; entityId: string; name: string; matchedName: string; score: number; explanation: unknown }[] };
  assert.ok(body.hits.length > 0);
  const input = join(server.home, 'one.csv');
  writeFileSync(input, 'id,name,country\n1,华为技术有限公司,CN\n');
  const output = join(server.home, 'one.jsonl');
  assert.equal((await runCli(['screen', '--input', input, '--output', output, '--data-dir', server.home])).code, 0);
  const cli = JSON.parse((await import('node:fs')).readFileSync(output, 'utf8')) as { hits: unknown[] };
  assert.deepEqual(body.hits, cli.hits, 'the same hits, byte for byte, as the command line writes');
  const only = (await server.call('POST', '/v1/screen', { as: 'viewer', body: { name: 'Huawei Technologies', lists: ['UN'] } })).json() as { hits: unknown[] };
  assert.deepEqual(only.hits, [], 'a list filter leaves only hits on those lists');
});

test('POST /v1/screen/batch: every party against one version, ids echoed in order', async () => {
  const r = await server.call('POST', '/v1/screen/batch', { as: 'viewer', body: { parties: [{ id: 'a', name: 'Kim Jong Un', type: 'person' }, { name: 'Acme Widgets' }, { id: 'c', name: 'ZTE Parsian' }], threshold: 0.8 } });
  assert.equal(r.statusCode, 200, r.body);
  const body = r.json() as { listVersion: string; results: { id?: string; hits: unknown[] }[] };
  assert.deepEqual(body.results.map((x) => [x.id, x.hits.length > 0]), [['a', true], [undefined, false], ['c', true]]);
  const tooMany = await server.call('POST', '/v1/screen/batch', { as: 'viewer', body: { parties: Array.from({ length: 1001 }, (_, i) => ({ name: `n${i}` })) } });
  assert.equal(tooMany.statusCode, 400);
  assert.equal(tooMany.json().error.field, 'parties');
});

test('licenses: add, show, list; check covers an item and ?draw=true draws it; shipments with an Idempotency-Key draw once; cancel', async () => {
  const added = await server.call('POST', '/v1/licenses', { as: 'analyst', body: licenseDoc() });
  assert.equal(added.statusCode, 201, added.body);
  assert.equal((await server.call('POST', '/v1/licenses', { as: 'analyst', body: licenseDoc() })).statusCode, 409, 'a number is added once');
  assert.equal((await server.call('GET', '/v1/licenses', { as: 'viewer' })).json().licenses.length, 1);
  const tx = {
    export_type: 'export',
    origin_country: 'US',
    destination: 'CN',
    as_of: '2026-06-01',
    items: [{ eccn: '3A001', quantity: 30, value_usd: 15000 }],
    parties: [{ role: 'end_user', name: 'Shanghai Example Microelectronics Co., Ltd.', country: 'CN' }],
  };
  const asked = (await server.call('POST', '/v1/check', { as: 'viewer', body: tx })).json() as { outcome: string; licensing: { may_proceed: boolean; drawn: boolean } };
  assert.equal(asked.outcome, 'license_required');
  assert.deepEqual([asked.licensing.may_proceed, asked.licensing.drawn], [true, false]);
  const drew = (await server.call('POST', '/v1/check?draw=true', { as: 'analyst', body: tx })).json() as { licensing: { drawn: boolean; shipments: number[] } };
  assert.equal(drew.licensing.drawn, true);
  const remaining = async () => ((await server.call('GET', '/v1/licenses/D1234567', { as: 'viewer' })).json() as { lines: { remainingQuantity: number }[] }).lines[0]!.remainingQuantity;
  assert.equal(await remaining(), 70);

  const shipment = { eccn: '3A001', quantity: 5, value_usd: 100, destination: 'CN', party: 'Shanghai Example Microelectronics Co., Ltd.', date: '2026-06-02' };
  const first = await server.call('POST', '/v1/licenses/D1234567/shipments', { as: 'analyst', body: shipment, headers: { 'idempotency-key': 'order-1' } });
  assert.equal(first.statusCode, 201, first.body);
  const again = await server.call('POST', '/v1/licenses/D1234567/shipments', { as: 'analyst', body: shipment, headers: { 'idempotency-key': 'order-1' } });
  assert.equal(again.statusCode, 200);
  assert.equal(again.json().shipmentId, first.json().shipmentId);
  assert.equal(again.json().replayed, true);
  assert.equal(await remaining(), 65, 'the retried request drew nothing more');
  const over = await server.call('POST', '/v1/licenses/D1234567/shipments', { as: 'analyst', body: { ...shipment, quantity: 1000 } });
  assert.equal(over.statusCode, 403);
  assert.deepEqual([over.json().error.code, over.json().error.details.code], ['shipment_blocked', 'over_balance']);
  assert.equal((await server.call('POST', '/v1/licenses/NOPE/shipments', { as: 'analyst', body: shipment })).statusCode, 404);
  const cancelled = await server.call('POST', `/v1/shipments/${first.json().shipmentId}/cancel`, { as: 'analyst' });
  assert.equal(cancelled.statusCode, 200, cancelled.body);
  assert.equal((await server.call('POST', `/v1/shipments/${first.json().shipmentId}/cancel`, { as: 'analyst' })).statusCode, 409);
  assert.equal(await remaining(), 70);
});

test('parties as JSON and as CSV; alerts, decisions and the four-eyes rule; GET pages through parties', async () => {
  const json = await server.call('POST', '/v1/parties', { as: 'analyst', body: { parties: [{ id: 'C1', name: 'Huawei Technologies Co., Ltd.', country: 'CN' }, { id: 'C2', name: 'Acme Widgets' }] } });
  assert.equal(json.statusCode, 201, json.body);
  assert.equal(json.json().total, 2);
  const csv = await server.call('POST', '/v1/parties?threshold=0.8', { as: 'analyst', payload: 'id,name,type\nC3,Kim Jong Un,person\n', headers: { 'content-type': 'text/csv' } });
  assert.equal(csv.statusCode, 201, csv.body);
  const badCsv = await server.call('POST', '/v1/parties', { as: 'analyst', payload: 'id,name,dob\nC4,Ann,02/03/1970\n', headers: { 'content-type': 'text/csv' } });
  assert.equal(badCsv.statusCode, 422);
  assert.match(badCsv.json().error.message, /^body line 2: field 'dob' has value '02\/03\/1970'/);
  const dup = await server.call('POST', '/v1/parties', { as: 'analyst', body: { parties: [{ id: 'X', name: 'A' }, { id: 'X', name: 'B' }] } });
  assert.equal(dup.statusCode, 422);
  assert.equal(dup.json().error.field, 'parties[1].id');

  const page = (await server.call('GET', '/v1/parties?limit=2', { as: 'viewer' })).json() as { total: number; parties: { id: string }[]; next: number };
  assert.equal(page.total, 3);
  const rest = (await server.call('GET', `/v1/parties?limit=2&after=${page.next}`, { as: 'viewer' })).json() as { parties: { id: string }[] };
  assert.deepEqual([...page.parties, ...rest.parties].map((p) => p.id), ['C1', 'C2', 'C3']);

  const open = (await server.call('GET', '/v1/alerts?status=open', { as: 'viewer' })).json().alerts as { id: number; party: { id: string } }[];
  assert.ok(open.length >= 2, JSON.stringify(open));
  const [a, b] = open;
  const decide = (id: number, as: 'viewer' | 'analyst' | 'admin', body: unknown) => server.call('POST', `/v1/alerts/${id}/decision`, { as, body });
  assert.equal((await decide(a!.id, 'analyst', { decision: 'confirm', note: 'same entity' })).json().status, 'confirmed');
  const noNote = await decide(b!.id, 'analyst', { decision: 'clear' });
  assert.deepEqual([noNote.statusCode, noNote.json().error.code, noNote.json().error.field], [422, 'note_required', 'note']);
  await fourEyesRule(server.rt, 'on');
  assert.equal((await decide(b!.id, 'analyst', { decision: 'clear', note: 'not them' })).json().status, 'pending_clearance');
  const self = await decide(b!.id, 'analyst', { decision: 'approve' });
  assert.deepEqual([self.statusCode, self.json().error.code], [403, 'four_eyes']);
  assert.equal((await decide(b!.id, 'admin', { decision: 'approve' })).json().status, 'cleared');
  const shown = (await server.call('GET', `/v1/alerts/${b!.id}`, { as: 'viewer' })).json() as { history: { action: string; actor: string }[] };
  assert.deepEqual(
    shown.history.map((h) => h.action),
    ['clear_requested', 'clear_approved'],
  );
  assert.notEqual(shown.history[0]!.actor, shown.history[1]!.actor);
  assert.equal((await server.call('GET', '/v1/alerts/99999', { as: 'viewer' })).statusCode, 404);
});

test('lists, audit and verify: the records name the key that acted', async () => {
  const lists = (await server.call('GET', '/v1/lists', { as: 'viewer' })).json() as { active: string | null; inService: string };
  assert.equal(lists.active, null);
  assert.match(lists.inService, /^sample:/);
  const records = (await server.call('GET', '/v1/audit?limit=1000', { as: 'viewer' })).json().records as { seq: number; kind: string; actor: string }[];
  const kinds = new Set(records.map((r) => r.kind));
  for (const kind of ['screen', 'check', 'license_add', 'license_draw', 'license_cancel', 'analyst_action']) assert.ok(kinds.has(kind), kind);
  assert.ok(records.every((r) => /^(viewer|analyst|admin)-[0-9a-f]{6}$/.test(r.actor) || r.kind === 'screen_batch'), JSON.stringify(records.map((r) => r.actor)));
  const one = (await server.call('GET', `/v1/audit/${records[0]!.seq}`, { as: 'viewer' })).json() as { seq: number; hash: string };
  assert.equal(one.seq, records[0]!.seq);
  const verified = (await server.call('POST', '/v1/audit/verify', { as: 'viewer' })).json() as { ok: boolean; records: number };
  assert.equal(verified.ok, true);
  assert.equal(verified.records, Math.max(...records.map((r) => r.seq)));
  // Signed (as the server's schedule does): the answer says up to which record the chain is witnessed.
  await writeAuditCheckpoint(server.rt);
  const witnessed = (await server.call('POST', '/v1/audit/verify', { as: 'viewer' })).json() as { ok: boolean; witnessed?: { seq: number }; unwitnessed?: number };
  assert.deepEqual({ ok: witnessed.ok, seq: witnessed.witnessed?.seq, unwitnessed: witnessed.unwitnessed }, { ok: true, seq: verified.records, unwitnessed: 0 });
});

test('the OpenAPI document describes the routes, their bodies and the bearer scheme', async () => {
  const doc = (await server.call('GET', '/openapi.json')).json() as { openapi: string; paths: Record<string, Record<string, { requestBody?: unknown; security?: unknown }>>; components: { securitySchemes: unknown } };
  assert.equal(doc.openapi, '3.0.3');
  assert.ok(doc.paths['/v1/screen']!.post!.requestBody);
  assert.deepEqual(doc.components.securitySchemes, { bearer: { type: 'http', scheme: 'bearer' } });
  assert.deepEqual(doc.paths['/health']!.get!.security, []);
  const docs = await server.call('GET', '/docs/static/index.html');
  assert.ok(docs.statusCode === 200 || docs.statusCode === 302);
});

test('before the first index is built: /ready says 503 and requests that need the lists get 503 not_ready', async () => {
  const cold = await testServer({ ready: false });
  try {
    const ready = await cold.call('GET', '/ready');
    assert.deepEqual([ready.statusCode, ready.json()], [503, { ready: false }]);
    assert.equal((await cold.call('GET', '/health')).statusCode, 200);
    const screen = await cold.call('POST', '/v1/screen', { as: 'viewer', body: { name: 'Huawei' } });
    assert.deepEqual([screen.statusCode, screen.json().error.code], [503, 'not_ready']);
    await cold.lists.refresh();
    assert.equal((await cold.call('POST', '/v1/screen', { as: 'viewer', body: { name: 'Huawei' } })).statusCode, 200);
  } finally {
    await cold.close();
  }
});
