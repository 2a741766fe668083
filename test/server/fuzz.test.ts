/**
 * Arbitrary request bodies against every route: whatever arrives, the answer is 2xx or 4xx, never a
 * 5xx (and the audit chain still verifies).
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildRules } from '../../src/app/rules-admin.js';
import { dataPath } from '../helpers/data.js';
import { testServer, type TestServer } from '../helpers/server.js';
import { licenseDoc } from '../licenses/fixtures.js';
import { ROUTE_CASES, type RouteCase } from './routes-table.js';

let server: TestServer;
before(async () => {
  server = await testServer();
  await buildRules(server.rt, dataPath('ear/2026-07-23'));
  assert.equal((await server.call('POST', '/v1/licenses', { as: 'admin', body: licenseDoc({ number: 'D1' }) })).statusCode, 201);
});
after(() => server.close());

/** A valid body with one field replaced, removed or added: near misses find more than noise does. */
function nearMisses(valid: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  return fc.oneof(
    fc.record({ key: fc.constantFrom(...keys, 'extra'), value: fc.jsonValue() }).map(({ key, value }) => ({ ...valid, [key]: value })),
    fc.constantFrom(...keys).map((key) => Object.fromEntries(Object.entries(valid).filter(([k]) => k !== key))),
  );
}

/** Bodies that would make the server download the official lists are left out: this machine has no network. */
const downloads = (route: RouteCase, body: unknown) => ['/v1/lists/update', '/v1/lists/update/start'].includes(route.url) && typeof body === 'object' && body !== null && !Array.isArray(body) && Object.keys(body).every((k) => ['sources', 'force', 'partial', 'rescreen'].includes(k)) && !('sources' in body && !Array.isArray((body as { sources: unknown }).sources));

for (const route of ROUTE_CASES.filter((r) => r.method !== 'GET')) {
  test(`${route.method} ${route.url}: no 5xx for any body`, async () => {
    const valid = route.body && typeof route.body === 'object' ? (route.body as Record<string, unknown>) : { x: 1 };
    const body = fc.oneof({ weight: 1, arbitrary: fc.jsonValue() }, { weight: 2, arbitrary: nearMisses(valid) });
    await fc.assert(
      fc.asyncProperty(body, async (b) => {
        fc.pre(!downloads(route, b));
        const r = await server.call(route.method, route.url, { as: 'admin', payload: JSON.stringify(b), headers: { 'content-type': 'application/json' } });
        assert.ok(r.statusCode < 500, `${r.statusCode} ${r.body} for ${JSON.stringify(b)}`);
      }),
      { numRuns: 40 },
    );
  });
}

test('raw bytes that are not JSON, and JSON of every depth: 4xx', async () => {
  await fc.assert(
    fc.asyncProperty(fc.string({ maxLength: 200 }), fc.constantFrom(...ROUTE_CASES.filter((r) => r.method === 'POST')), async (text, route) => {
      let parsed: unknown = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        // Not JSON: exactly what this property sends.
      }
      fc.pre(!downloads(route, parsed));
      const r = await server.call('POST', route.url, { as: 'admin', payload: text, headers: { 'content-type': 'application/json' } });
      assert.ok(r.statusCode < 500, `${r.statusCode} ${r.body}`);
    }),
    { numRuns: 100 },
  );
  const verified = (await server.call('POST', '/v1/audit/verify', { as: 'viewer' })).json() as { ok: boolean };
  assert.equal(verified.ok, true);
});
