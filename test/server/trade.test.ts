/**
 * GET /v1/trade/balance, /commitments, /effective-rate and POST /v1/scenarios/national through `inject`:
 * the same JSON as the command line's for the same data folder (so the declared response schemas drop
 * nothing), the chart as SVG, the query parameter named when it is wrong, and the import instruction
 * before any trade data is imported. The shared trade folder is imported once for the file.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { tariffsDir } from '../../src/app/tariffs.js';
import { saveTariffPack } from '../../src/tariffs/pack-store.js';
import { runCli } from '../helpers/cli.js';
import { repoRoot } from '../helpers/data.js';
import { testServer, type TestServer } from '../helpers/server.js';
import { sharedTariffPack } from '../helpers/tariffs.js';
import { installSharedTrade } from '../helpers/trade.js';

let server: TestServer;
before(async () => {
  server = await testServer();
  await saveTariffPack(await sharedTariffPack(), tariffsDir(server.home));
});
after(() => server.close());

const get = (url: string) => server.call('GET', url, { as: 'viewer' });
const cliJson = async (args: string[]): Promise<unknown> => {
  const r = await runCli([...args, '--data-dir', server.home]);
  assert.equal(r.code, 0, r.stderr);
  return JSON.parse(r.stdout);
};
/** Each request refused with its status, naming the field. */
async function refused(cases: readonly (readonly [url: string, field: string, status: number])[]): Promise<void> {
  for (const [url, field, status] of cases) {
    const bad = await get(url);
    assert.equal(bad.statusCode, status, `${url}: ${bad.body}`);
    assert.equal(bad.json().error.field, field, url);
  }
}
const example = (name: string): unknown => parse(readFileSync(join(repoRoot, 'examples', 'scenarios', name), 'utf8'));

test('before trade data is imported: 404 saying to run clearance trade import; 401 without a key', async () => {
  for (const url of ['/v1/trade/balance?partner=CN', '/v1/trade/commitments?agreement=phase-one', '/v1/trade/effective-rate?date=2025-01-01']) {
    const r = await get(url);
    assert.equal(r.statusCode, 404, r.body);
    assert.equal(r.json().error.code, 'trade_data_missing');
    assert.match(r.json().error.message, /clearance trade import DIR/);
    assert.doesNotMatch(r.json().error.message, /--data/, 'the API has no --data option to offer');
    assert.equal((await server.call('GET', url, { as: 'nobody' })).statusCode, 401);
  }
  const national = await server.call('POST', '/v1/scenarios/national', { as: 'viewer', body: { scenario: example('list-3-back-to-10.yaml'), dates: ['2025-09-15'] } });
  assert.equal(national.statusCode, 404, national.body);
  assert.equal(national.json().error.code, 'trade_data_missing');
  await installSharedTrade(server.home);
});

test('balance: the command line\'s JSON (2017 at -375.2 billion), its chart as SVG, a wrong partner or year named', async () => {
  const r = await get('/v1/trade/balance?partner=CN&from=2017&to=2025');
  assert.equal(r.statusCode, 200, r.body);
  const api = r.json() as { years: { year: number; balanceUsd: number }[]; data: { version: string } };
  assert.equal(api.years[0]!.balanceUsd, -375_167_900_000);
  assert.deepEqual(api, await cliJson(['trade', 'balance', '--partner', 'CN', '--from', '2017', '--to', '2025', '--format', 'json']));
  const monthly = (await get('/v1/trade/balance?partner=cn&from=2021&to=2021&monthly=true')).json() as { months: { month: string; exportsUsd?: number }[] };
  assert.equal(monthly.months.length, 12);
  assert.equal(monthly.months[2]!.exportsUsd, undefined, 'a gap stays a gap');
  const svg = await get('/v1/trade/balance?partner=CN&from=2016&to=2025&format=svg');
  assert.equal(svg.statusCode, 200);
  assert.match(String(svg.headers['content-type']), /^image\/svg\+xml/);
  assert.match(svg.body, /US goods trade with CN, 2016-2025/);
  await refused([
    ['/v1/trade/balance?partner=Atlantis', 'partner', 422],
    ['/v1/trade/balance?partner=CN&from=soon', 'from', 422],
    ['/v1/trade/balance?partner=CN&from=2020&to=2019', 'from', 422],
    ['/v1/trade/balance?partner=CN&format=png', 'querystring.format', 400],
    ['/v1/trade/balance', 'querystring.partner', 400],
  ]);
});

test('commitments: the command line\'s JSON with the monthly path, the chart as SVG, an unknown agreement named', async () => {
  const r = await get('/v1/trade/commitments?agreement=phase-one&monthly=true');
  assert.equal(r.statusCode, 200, r.body);
  assert.deepEqual(r.json(), await cliJson(['trade', 'commitments', '--agreement', 'phase-one', '--monthly', '--format', 'json']));
  const svg = await get('/v1/trade/commitments?agreement=phase-one&format=svg');
  assert.match(String(svg.headers['content-type']), /^image\/svg\+xml/);
  assert.match(svg.body, /^<\?xml/);
  const bad = await get('/v1/trade/commitments?agreement=phase-two');
  assert.equal(bad.statusCode, 404, bad.body);
  assert.equal(bad.json().error.field, 'agreement');
});

test('effective rate: the command line\'s JSON, kept for the next request, one grouping with by, the chart, wrong dates named', async () => {
  const r = await get('/v1/trade/effective-rate?date=2025-01-01');
  assert.equal(r.statusCode, 200, r.body);
  assert.deepEqual(r.json(), await cliJson(['tariffs', 'effective-rate', '--date', '2025-01-01', '--format', 'json']));
  const byProgram = (await get('/v1/trade/effective-rate?date=2025-01-01&by=program')).json() as { reports: Record<string, unknown>[]; published: { rate_pct: number }[] };
  assert.deepEqual(byProgram.reports[0]!.by_program, (r.json() as { reports: { by_program: unknown }[] }).reports[0]!.by_program, 'the same report, from memory');
  assert.equal(byProgram.reports[0]!.by_country, undefined);
  assert.equal(byProgram.published[0]!.rate_pct, 2.4);
  const byCountry = (await get('/v1/trade/effective-rate?date=2025-01-01&by=country')).json() as { reports: { by_country: { key: string }[]; coverage?: unknown }[] };
  assert.ok(byCountry.reports[0]!.by_country.some((c) => c.key === 'CN'));
  assert.equal(byCountry.reports[0]!.coverage, undefined);
  const svg = await get('/v1/trade/effective-rate?date=2025-01-01&format=svg');
  assert.match(svg.body, /<title>Effective tariff rate on US imports, by program<\/title>/);
  await refused([
    ['/v1/trade/effective-rate?date=2026-02-30', 'date', 422],
    ['/v1/trade/effective-rate?date=2025-01-01&date=soon', 'date', 422],
    ['/v1/trade/effective-rate?date=2025-01-01&metal_share=2', 'metal_share', 422],
    ['/v1/trade/effective-rate?date=2025-01-01&by=party', 'querystring.by', 400],
    ['/v1/trade/effective-rate', 'querystring.date', 400],
  ]);
});

test('scenarios/national: the command line\'s JSON for the List 3 example; a wrong date or scenario field named', async () => {
  const r = await server.call('POST', '/v1/scenarios/national', { as: 'viewer', body: { scenario: example('list-3-back-to-10.yaml'), dates: ['2025-09-15'] } });
  assert.equal(r.statusCode, 200, r.body);
  const api = r.json() as { dates: { rate_pct: [number, number]; change_usd: number }[] };
  assert.ok(api.dates[0]!.change_usd < 0, 'List 3 back to 10% lowers the duty');
  assert.ok(api.dates[0]!.rate_pct[1] < api.dates[0]!.rate_pct[0]);
  assert.deepEqual(api, await cliJson(['scenario', 'national', '--scenario', join(repoRoot, 'examples', 'scenarios', 'list-3-back-to-10.yaml'), '--date', '2025-09-15', '--json']));
  const badDate = await server.call('POST', '/v1/scenarios/national', { as: 'viewer', body: { scenario: example('list-3-back-to-10.yaml'), dates: ['2025-09-15', '2025-02-30'] } });
  assert.equal(badDate.statusCode, 422, badDate.body);
  assert.equal(badDate.json().error.field, 'dates[1]');
  const badScenario = await server.call('POST', '/v1/scenarios/national', { as: 'viewer', body: { scenario: { name: 'n', description: 'd', tariffs: { end: [{ heading: '9903.88.03', on: 'soon' }] } }, dates: ['2025-09-15'] } });
  assert.equal(badScenario.statusCode, 422, badScenario.body);
  assert.equal(badScenario.json().error.field, 'tariffs.end[0].on');
  const noDates = await server.call('POST', '/v1/scenarios/national', { as: 'viewer', body: { scenario: example('list-3-back-to-10.yaml'), dates: [] } });
  assert.equal(noDates.statusCode, 400, noDates.body);
  assert.equal(noDates.json().error.field, 'dates');
});
