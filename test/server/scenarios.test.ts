/**
 * POST /v1/scenarios/run through `inject`: the same deltas as `clearance scenario run`, the scenario's
 * wrong field named by its path, a wrong line named by its place, and --parties without writing alerts.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { rulesDir } from '../../src/app/rules.js';
import { tariffsDir } from '../../src/app/tariffs.js';
import { savePack } from '../../src/ear/store.js';
import { saveTariffPack } from '../../src/tariffs/pack-store.js';
import { repoRoot } from '../helpers/data.js';
import { realPack } from '../ear/pack-fixture.js';
import { testServer, type TestServer } from '../helpers/server.js';
import { sharedTariffPack } from '../helpers/tariffs.js';

let server: TestServer;
before(async () => {
  server = await testServer();
  await saveTariffPack(await sharedTariffPack(), tariffsDir(server.home));
});
after(() => server.close());

const example = (name: string): unknown => parse(readFileSync(join(repoRoot, 'examples', 'scenarios', name), 'utf8'));
const LINES = [
  { id: 'L1', hts: '4202.11.00', country_of_origin: 'CN', entry_date: '2025-09-15', customs_value_usd: 10000 },
  { id: 'L3', hts: '4202.11.00', country_of_origin: 'VN', entry_date: '2025-09-15', customs_value_usd: 10000 },
];

test('the List 3 example over two lines: 15 points off the line from China, nothing off the other', async () => {
  const r = await server.call('POST', '/v1/scenarios/run', { as: 'viewer', body: { scenario: example('list-3-back-to-10.yaml'), lines: LINES } });
  assert.equal(r.statusCode, 200, r.body);
  const run = r.json() as { lines: { id: string; change_usd: number }[]; totals: { total_duty_usd: number[] } };
  assert.deepEqual(run.lines.map((l) => [l.id, l.change_usd]), [['L1', -1500], ['L3', 0]]);
  assert.equal(run.totals.total_duty_usd[0]! - run.totals.total_duty_usd[1]!, 1500);
});

test('a wrong scenario field and a wrong line are named; parties alone answer without lines', async () => {
  const bad = await server.call('POST', '/v1/scenarios/run', { as: 'viewer', body: { scenario: { name: 'n', description: 'd', tariffs: { end: [{ heading: '9903.88.03', on: 'soon' }] } }, lines: LINES } });
  assert.equal(bad.statusCode, 422, bad.body);
  assert.equal(bad.json().error.field, 'tariffs.end[0].on');
  const line = await server.call('POST', '/v1/scenarios/run', { as: 'viewer', body: { scenario: example('list-3-back-to-10.yaml'), lines: [{ ...LINES[0], entry_date: '2025-02-30' }] } });
  assert.equal(line.statusCode, 422, line.body);
  assert.match(line.json().error.field, /^lines\[0\]: entry_date/);
  const parties = await server.call('POST', '/v1/scenarios/run', { as: 'viewer', body: { scenario: example('fictitious-entity-list-addition.yaml'), parties: true, licenses: true } });
  assert.equal(parties.statusCode, 200, parties.body);
  const answer = parties.json() as { parties: { entries_added: number }; licenses: { blocked: unknown[] }; lines?: unknown };
  assert.equal(answer.parties.entries_added, 1);
  assert.deepEqual(answer.licenses.blocked, []);
  assert.equal(answer.lines, undefined);
});

test('transactions are re-decided under the scenario\'s chart cells with the data folder\'s rules pack; chart_from is refused', async () => {
  await savePack(await realPack(), rulesDir(server.home));
  const transactions = readFileSync(join(repoRoot, 'examples', 'scenarios', 'transactions.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as unknown);
  const r = await server.call('POST', '/v1/scenarios/run', { as: 'viewer', body: { scenario: example('cc2-before-rescission.yaml'), transactions } });
  assert.equal(r.statusCode, 200, r.body);
  const chart = (r.json() as { chart: { transactions_read: number; changed: { source: string; id: string; outcome: string[] }[] } }).chart;
  assert.equal(chart.transactions_read, 6);
  assert.deepEqual(chart.changed.map((d) => [d.source, d.id, d.outcome[1]]), [['transactions [0]', 'T1', 'license_required'], ['transactions [1]', 'T2', 'license_required'], ['transactions [2]', 'T3', 'license_required']]);
  const file = await server.call('POST', '/v1/scenarios/run', { as: 'viewer', body: { scenario: { name: 'n', description: 'd', chart_from: '/etc/passwd' }, transactions } });
  assert.equal(file.statusCode, 422, file.body);
  assert.equal(file.json().error.field, 'chart_from');
  const wrong = await server.call('POST', '/v1/scenarios/run', { as: 'viewer', body: { scenario: example('cc2-before-rescission.yaml'), transactions: [{ export_type: 'export' }] } });
  assert.equal(wrong.statusCode, 422, wrong.body);
  assert.match(wrong.json().error.field, /^transactions \[0\]: /);
});
