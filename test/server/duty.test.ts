/**
 * POST /v1/duty and GET /v1/tariffs/measures through `inject`: the same answer as the command line
 * for the same line, the field named when a line is wrong, the build instruction when the data folder
 * has no tariff pack, and a rebuilt pack picked up without a restart.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tariffsDir } from '../../src/app/tariffs.js';
import { saveTariffPack } from '../../src/tariffs/pack-store.js';
import { withMeasures } from '../../src/tariffs/overlay.js';
import type { TariffPack } from '../../src/tariffs/pack.js';
import { runCli } from '../helpers/cli.js';
import { testServer, type TestServer } from '../helpers/server.js';
import { sharedTariffPack } from '../helpers/tariffs.js';

let server: TestServer;
let pack: TariffPack;
before(async () => {
  server = await testServer();
  pack = await sharedTariffPack();
});
after(() => server.close());

const LINE = { hts: '6109.10.00', country_of_origin: 'VN', entry_date: '2026-03-02', customs_value_usd: 10000 };

test('without a tariff pack: 404 saying how to build one', async () => {
  const r = await server.call('POST', '/v1/duty', { as: 'viewer', body: LINE });
  assert.equal(r.statusCode, 404, r.body);
  assert.equal(r.json().error.code, 'tariff_pack_missing');
  assert.match(r.json().error.message, /clearance tariffs build --from/);
});

test('POST /v1/duty answers as clearance duty does, byte for byte; as_of and wrong fields', async () => {
  await saveTariffPack(pack, tariffsDir(server.home));
  const r = await server.call('POST', '/v1/duty', { as: 'viewer', body: LINE });
  assert.equal(r.statusCode, 200, r.body);
  const api = r.json() as { total_duty_usd: number; additional: { heading: string }[]; versions: { pack: string } };
  assert.equal(api.versions.pack, pack.version);
  const input = join(server.home, 'line.jsonl');
  const output = join(server.home, 'answers.jsonl');
  writeFileSync(input, `${JSON.stringify(LINE)}\n`);
  const cli = await runCli(['duty', '--input', input, '--output', output, '--data-dir', server.home]);
  assert.equal(cli.code, 0, cli.stderr);
  const { readFileSync } = await import('node:fs');
  assert.deepEqual(api, JSON.parse(readFileSync(output, 'utf8')), 'the same answer as the command line writes');

  const earlier = (await server.call('POST', '/v1/duty?as_of=2024-06-01', { as: 'viewer', body: LINE })).json() as { additional: unknown[]; as_of: string };
  assert.equal(earlier.as_of, '2024-06-01');
  assert.deepEqual(earlier.additional, [], 'Vietnam paid no chapter 99 duty on shirts in 2024');

  const bad = await server.call('POST', '/v1/duty', { as: 'viewer', body: { ...LINE, entry_date: '2026-02-30' } });
  assert.equal(bad.statusCode, 422, bad.body);
  assert.equal(bad.json().error.field, 'entry_date');
  const badAsOf = await server.call('POST', '/v1/duty?as_of=2026-13-01', { as: 'viewer', body: LINE });
  assert.equal(badAsOf.json().error.field, 'as_of');
  const missing = await server.call('POST', '/v1/duty', { as: 'viewer', body: { hts: '6109.10.00' } });
  assert.equal(missing.json().error.field, 'country_of_origin');
});

test('POST /v1/duty/batch answers every line in order, as one line each would; a wrong line is named by its place', async () => {
  await saveTariffPack(pack, tariffsDir(server.home));
  const lines = [LINE, { ...LINE, id: 'b', country_of_origin: 'CN', hts: '8517.62.0010', entry_date: '2025-06-01' }, { ...LINE, id: 7, entry_date: '2018-01-02' }];
  const r = await server.call('POST', '/v1/duty/batch', { as: 'viewer', body: { lines } });
  assert.equal(r.statusCode, 200, r.body);
  const answers = (r.json() as { answers: unknown[] }).answers;
  const one = await Promise.all(lines.map(async (l) => (await server.call('POST', '/v1/duty', { as: 'viewer', body: l })).json()));
  assert.deepEqual(answers, one);
  const bad = await server.call('POST', '/v1/duty/batch', { as: 'viewer', body: { lines: [LINE, { ...LINE, customs_value_usd: -5 }] } });
  assert.equal(bad.statusCode, 422, bad.body);
  assert.equal(bad.json().error.field, 'lines[1].customs_value_usd');
  const empty = await server.call('POST', '/v1/duty/batch', { as: 'viewer', body: { lines: [] } });
  assert.equal(empty.statusCode, 400);
});

test('GET /v1/tariffs/measures lists the measures of a date for an origin; a bad date names the parameter', async () => {
  const r = await server.call('GET', '/v1/tariffs/measures?date=2025-06-01&country=CN', { as: 'viewer' });
  assert.equal(r.statusCode, 200, r.body);
  const listing = r.json() as { country: string; measures: { heading: string }[] };
  assert.equal(listing.country, 'CN');
  assert.ok(listing.measures.some((m) => m.heading === '9903.01.24'), 'the China fentanyl duty of 2025');
  assert.ok(!listing.measures.some((m) => m.heading === '9903.03.01'), 'no Section 122 before 2026');
  const bad = await server.call('GET', '/v1/tariffs/measures?date=2025-02-30', { as: 'viewer' });
  assert.equal(bad.json().error.field, 'date');
});

test('a pack made current after the server started is used by the next request', async () => {
  await saveTariffPack(pack, tariffsDir(server.home));
  const before = (await server.call('POST', '/v1/duty', { as: 'viewer', body: LINE })).json() as { total_duty_usd: number };
  const s122 = pack.measures.find((m) => m.heading === '9903.03.01' && m.countries === 'all' && m.from <= LINE.entry_date && (!m.until || m.until >= LINE.entry_date));
  assert.ok(s122, 'Section 122 is in force on the line date');
  const scenario = withMeasures(pack, { change: [{ id: s122.id, set: { rate: { kind: 'ad_valorem', ppm: 150_000 } } }], label: 'Section 122 at 15%' });
  await saveTariffPack(scenario, tariffsDir(server.home));
  const after = (await server.call('POST', '/v1/duty', { as: 'viewer', body: LINE })).json() as { total_duty_usd: number; versions: { pack: string } };
  assert.equal(after.versions.pack, scenario.version);
  assert.equal(Math.round((after.total_duty_usd - before.total_duty_usd) * 100), 50_000, '5 more points of $10,000');
});
