/**
 * Bad requests get a 4xx naming the field and the reason, never a 5xx, and write nothing: malformed
 * JSON, wrong types, unknown fields, bodies too large, days not in the calendar, names too long.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRules } from '../../src/app/rules-admin.js';
import { dataPath } from '../helpers/data.js';
import { testServer, type TestServer } from '../helpers/server.js';
import { licenseDoc } from '../licenses/fixtures.js';

let server: TestServer;
before(async () => {
  server = await testServer({ limits: { bodyLimit: 64 * 1024 } });
  await buildRules(server.rt, dataPath('ear/2026-07-23'));
});
after(() => server.close());

const tx = { export_type: 'export', origin_country: 'US', destination: 'DE', items: [{ eccn: 'EAR99', quantity: 1, value_usd: 10 }], parties: [] };

async function auditCount(): Promise<number> {
  return ((await server.call('POST', '/v1/audit/verify', { as: 'viewer' })).json() as { records: number }).records;
}

test('each kind of bad input: its status, code, field and reason', async () => {
  const before = await auditCount();
  const cases: { what: string; method?: string; url: string; as?: 'analyst'; body?: unknown; payload?: string; status: number; code: string; field?: string; message?: RegExp }[] = [
    { what: 'malformed JSON', url: '/v1/screen', payload: '{"name": ', status: 400, code: 'malformed_json' },
    { what: 'a wrong type', url: '/v1/screen', body: { name: 42 }, status: 400, code: 'invalid_request', field: 'name', message: /^name: must be string/ },
    { what: 'an unknown field', url: '/v1/screen', body: { name: 'A', nmae: 'B' }, status: 400, code: 'invalid_request', field: 'nmae' },
    { what: 'a missing field', url: '/v1/screen', body: { country: 'CN' }, status: 400, code: 'invalid_request', field: 'name' },
    { what: 'a name over 1,000 characters', url: '/v1/screen', body: { name: 'x'.repeat(1001) }, status: 400, code: 'invalid_request', field: 'name', message: /must NOT have more than 1000 characters/ },
    { what: 'a blank name', url: '/v1/screen', body: { name: '   ' }, status: 400, code: 'invalid_request', field: 'name' },
    { what: 'a threshold out of range', url: '/v1/screen', body: { name: 'A', threshold: 2 }, status: 400, code: 'invalid_request', field: 'threshold' },
    { what: 'a body too large', url: '/v1/screen', body: { name: 'A', identifiers: Array.from({ length: 20 }, () => ({ value: '9'.repeat(64) })), pad: 'x'.repeat(70_000) }, status: 413, code: 'body_too_large' },
    { what: 'a day not in the calendar (check)', url: '/v1/check', body: { ...tx, as_of: '2026-02-30' }, status: 422, code: 'invalid_transaction', field: 'as_of', message: /is not a day of the calendar/ },
    { what: 'a transaction field (check)', url: '/v1/check', body: { ...tx, items: [{ eccn: '5Q999', quantity: 1, value_usd: 1 }] }, status: 422, code: 'invalid_transaction', field: 'items[0].eccn' },
    { what: 'a day not in the calendar (shipment)', url: '/v1/licenses/D1/shipments', as: 'analyst', body: { eccn: '3A001', quantity: 1, value_usd: 1, date: '2026-02-30' }, status: 422, code: 'invalid_option', field: 'date' },
    { what: 'a license field', url: '/v1/licenses', as: 'analyst', body: licenseDoc({ number: 'BAD1', destination: 'Narnia' }), status: 422, code: 'invalid_license', field: 'destination' },
    { what: 'a query parameter', method: 'GET', url: '/v1/alerts?status=maybe', status: 400, code: 'invalid_request', field: 'querystring.status' },
    { what: 'a path parameter', method: 'GET', url: '/v1/alerts/abc', status: 400, code: 'invalid_request', field: 'params.id' },
    { what: 'a wrong media type', url: '/v1/screen', payload: 'name=A', status: 415, code: 'unsupported_media_type' },
  ];
  for (const c of cases) {
    const headers = c.payload !== undefined ? { 'content-type': c.what === 'a wrong media type' ? 'application/x-www-form-urlencoded' : 'application/json' } : undefined;
    const r = await server.call(c.method ?? 'POST', c.url, { as: c.as ?? 'viewer', body: c.body, payload: c.payload, headers });
    assert.equal(r.statusCode, c.status, `${c.what}: ${r.body}`);
    const error = r.json().error as { code: string; field?: string; message: string; requestId: string };
    assert.equal(error.code, c.code, c.what);
    if (c.field) assert.equal(error.field, c.field, c.what);
    if (c.message) assert.match(error.message, c.message, c.what);
    assert.ok(error.requestId, c.what);
  }
  assert.equal(await auditCount(), before, 'nothing recorded');
  assert.equal((await server.call('GET', '/v1/licenses/BAD1', { as: 'viewer' })).statusCode, 404, 'the refused license is not half-added');
});

test('the same transaction refused on the command line is refused by the API with the same field and message', async () => {
  const { runCli } = await import('../helpers/cli.js');
  const { writeFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const bad = { ...tx, items: [{ eccn: 'EAR99', quantity: -1, value_usd: 1 }] };
  const file = join(server.home, 'bad.json');
  writeFileSync(file, JSON.stringify(bad));
  const cli = await runCli(['check', '--input', file, '--data-dir', server.home]);
  assert.equal(cli.code, 2);
  const api = (await server.call('POST', '/v1/check', { as: 'viewer', body: bad })).json() as { error: { field: string; message: string } };
  assert.equal(api.error.field, 'items[0].quantity');
  assert.equal(cli.stderr, `clearance: --input '${file}': ${api.error.message}\n`);
});
