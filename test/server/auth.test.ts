/**
 * Keys and roles on every route: 401 without a key (or with a wrong or revoked one), 403 with a role
 * below the route's, and through with the route's own role. Keys never reach the log.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { ROLES, roleAllows } from '../../src/app/keys.js';
import { testServer, type TestServer } from '../helpers/server.js';
import { ROUTE_CASES } from './routes-table.js';

let server: TestServer;
before(async () => {
  server = await testServer();
});
after(() => server.close());

test('every route of the OpenAPI document is in the table this file checks', async () => {
  const doc = (await server.call('GET', '/openapi.json')).json() as { paths: Record<string, Record<string, unknown>> };
  const documented = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path.replace(/\{(\w+)\}/g, ':$1')}`));
  const tabled = new Set(ROUTE_CASES.map((r) => `${r.method} ${r.url.split('?')[0]!.replace(/\/(D1|1|nobody|SDN)(?=\/|$)/g, (_m, seg: string) => `/:${{ D1: 'number', 1: 'id', nobody: 'key', SDN: 'list' }[seg] ?? seg}`)}`));
  const missing = documented.filter((d) => !tabled.has(d.replace(':seq', ':id')));
  assert.deepEqual(missing, []);
});

for (const route of ROUTE_CASES) {
  test(`${route.method} ${route.url}: ${route.role === 'public' ? 'needs no key' : `401 without a key, 403 below ${route.role}`}`, async () => {
    const call = (as: (typeof ROLES)[number] | 'nobody', headers?: Record<string, string>) => server.call(route.method, route.url, { as, body: route.body, headers });
    if (route.role === 'public') {
      assert.ok((await call('nobody')).statusCode < 400);
      return;
    }
    const anonymous = await call('nobody');
    assert.equal(anonymous.statusCode, 401, anonymous.body);
    assert.equal(anonymous.json().error.code, 'unauthorized');
    assert.equal(anonymous.headers['www-authenticate'], 'Bearer');
    const forged = await call('nobody', { authorization: `Bearer ${server.keys.admin.slice(0, -4)}AAAA` });
    assert.equal(forged.statusCode, 401, 'a key whose secret differs');
    for (const role of ROLES) {
      const r = await call(role);
      if (roleAllows(role, route.role)) assert.ok(r.statusCode !== 401 && r.statusCode !== 403 && r.statusCode < 500, `${role}: ${r.statusCode} ${r.body}`);
      else {
        assert.equal(r.statusCode, 403, `${role}: ${r.body}`);
        assert.equal(r.json().error.code, 'forbidden');
      }
    }
  });
}

test('a revoked key is refused; neither keys nor names reach the log, which names each request by its id', async () => {
  const lines: string[] = [];
  const watched = await testServer({ logLines: lines });
  try {
    const made = await watched.call('POST', '/v1/keys', { as: 'admin', body: { role: 'viewer', name: 'temp' } });
    assert.equal(made.statusCode, 201);
    const key = made.json().key as string;
    // The secret is base64url and may itself hold '_': taken whole, after the id, not split on '_'.
    const secret = /^clr_[0-9a-f]{16}_(.+)$/.exec(key)?.[1] ?? '';
    assert.equal(secret.length, 43, key);
    const listed = await watched.call('GET', '/v1/keys', { as: 'admin' });
    assert.ok(!listed.body.includes(secret), 'the secret is not listed');
    const screened = await watched.app.inject({ method: 'POST', url: '/v1/screen', headers: { authorization: `Bearer ${key}`, 'x-request-id': 'req-42' }, payload: { name: 'Zebulon Quartermaine' } });
    assert.equal(screened.statusCode, 200);
    assert.equal(screened.headers['x-request-id'], 'req-42');
    assert.equal((await watched.call('DELETE', '/v1/keys/temp', { as: 'admin' })).statusCode, 200);
    const log = lines.join('');
    assert.match(log, /"reqId":"req-42"/);
    assert.ok(!log.includes(secret), 'no key in the log');
    assert.ok(!log.includes('Zebulon'), 'no screened name in the log');
    // A fresh app has no cached answer: the revocation holds at once (a running one within KEY_CACHE_MS).
    const fresh = await testServer({ home: watched.home });
    try {
      const refused = await fresh.app.inject({ method: 'GET', url: '/v1/lists', headers: { authorization: `Bearer ${key}` } });
      assert.equal(refused.statusCode, 401);
    } finally {
      await fresh.close();
    }
  } finally {
    await watched.close();
  }
});

test('the rate limit counts per key: past it a key gets 429, another key is not slowed', async () => {
  const limited = await testServer({ limits: { rateLimitPerMinute: 3 } });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await limited.call('GET', '/v1/lists', { as: 'viewer' })).statusCode);
    assert.deepEqual(statuses, [200, 200, 200, 429]);
    const over = await limited.call('GET', '/v1/lists', { as: 'viewer' });
    assert.equal(over.json().error.code, 'rate_limited');
    assert.equal((await limited.call('GET', '/v1/lists', { as: 'analyst' })).statusCode, 200);
    assert.equal((await limited.call('GET', '/health')).statusCode, 200, 'health is never limited');
  } finally {
    await limited.close();
  }
});
