import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { partyScreener } from '../../src/app/party-screener.js';
import { parseTransaction } from '../../src/ear/index.js';
import { loadSnapshotFromPaths } from '../../src/ingest/load.js';
import { createScreener } from '../../src/screening/screen.js';
import { runCli } from '../helpers/cli.js';
import { dataPath } from '../helpers/data.js';

function txFile(dir: string, tx: unknown): string {
  const path = join(dir, `tx-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(tx));
  return path;
}

test('rules build, then check decides with citations and exit codes', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-check-'));
  const env = { CLEARANCE_HOME: home };
  const build = await runCli(['rules', 'build', '--from', dataPath('ear/2026-07-23')], env);
  assert.equal(build.code, 0, build.stderr);
  assert.match(build.stdout, /rules pack sha256:[0-9a-f]{64} written/);
  assert.match(build.stdout, /\d+ chart footnotes, \d+ dated facts/);
  assert.match(build.stdout, /meuItems: 15 CFR 744 Supp\. No\. 2/);
  const noText = await runCli(['rules', 'build', '--from', dataPath('ear/2026-07-23'), '--text', join(home, 'no-such-text')], env);
  assert.equal(noText.code, 2);
  assert.match(noText.stderr, /--text/);

  const lists = ['--list', dataPath('lists/csl/2026-07-31/consolidated.csv')];
  const toHuawei = txFile(home, {
    export_type: 'export',
    origin_country: 'US',
    destination: 'CN',
    items: [{ eccn: '5A002', quantity: 500, value_usd: 250000 }],
    parties: [{ role: 'end_user', name: 'Huawei Technologies Co., Ltd.', country: 'CN' }],
  });
  const blocked = await runCli(['check', '--input', toHuawei, ...lists], env);
  assert.equal(blocked.code, 3, blocked.stderr);
  const decision = JSON.parse(blocked.stdout) as { outcome: string; items: { reasons: { code: string }[]; citations: { ref: string }[] }[]; versions: { rules: string; lists: string } };
  assert.equal(decision.outcome, 'license_required');
  assert.ok(decision.items[0]!.reasons.some((r) => r.code === 'entity_list'));
  assert.ok(decision.items[0]!.citations.some((c) => /CN x NS ?1/.test(c.ref)), 'the chart cell is cited');
  assert.match(decision.versions.rules, /^sha256:/);
  assert.match(decision.versions.lists, /^[0-9a-f]{64}$/);

  const ear99ToGermany = txFile(home, {
    export_type: 'export',
    origin_country: 'US',
    destination: 'DE',
    items: [{ eccn: 'EAR99', quantity: 10, value_usd: 1000 }],
    parties: [{ role: 'end_user', name: 'Musterfirma Maschinenbau GmbH', country: 'DE' }],
  });
  const ok = await runCli(['check', '--input', ear99ToGermany, ...lists], env);
  assert.equal(ok.code, 0, ok.stderr);
  assert.equal((JSON.parse(ok.stdout) as { outcome: string }).outcome, 'nlr');
  // The first check created the store (through the query builder); the second appended its record to it
  // directly, as a cold check does: the chain verifies, and the second replays to the same decision.
  const verify = await runCli(['audit', 'verify'], env);
  assert.equal(verify.code, 0, verify.stderr);
  assert.match(verify.stdout, /intact: 2 records/);
  const replay = await runCli(['audit', 'replay', '2'], env);
  assert.equal(replay.code, 0, replay.stderr);
  assert.deepEqual((JSON.parse(replay.stdout) as { differences: unknown[] }).differences, []);

  // ZTE before and during its 2016 Entity List listing (81 FR 12004), with the source folder built on the fly.
  const toZte = txFile(home, {
    export_type: 'export',
    origin_country: 'US',
    destination: 'CN',
    items: [{ eccn: 'EAR99', quantity: 1, value_usd: 100 }],
    parties: [{ role: 'end_user', name: 'ZTE Corporation', country: 'CN' }],
  });
  const rules = ['--rules', dataPath('ear/2026-07-23')];
  const before = await runCli(['check', '--input', toZte, '--as-of', '2016-01-01', ...rules, ...lists], env);
  const during = await runCli(['check', '--input', toZte, '--as-of', '2016-06-01', ...rules, ...lists], env);
  assert.equal(JSON.parse(before.stdout).outcome, 'nlr', before.stdout.slice(0, 2000));
  assert.equal(JSON.parse(during.stdout).outcome, 'license_required', during.stdout.slice(0, 2000));
  assert.equal(during.code, 3);
  // The CSL file is newer than 2016: the decision says so, and the 2016 listing came from the rules pack's dated entries.
  const lists2016 = (JSON.parse(during.stdout) as { lists: { postdatesAsOf: boolean; note: string } }).lists;
  assert.equal(lists2016.postdatesAsOf, true);
  assert.match(lists2016.note, /newer than 2016-06-01/);
});

test('bad transactions exit 2 naming the field', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-check-'));
  const rules = ['--rules', dataPath('ear/2026-07-23')];
  const cases: [unknown, RegExp][] = [
    [{ export_type: 'export', origin_country: 'US', destination: 'XX', items: [{ eccn: 'EAR99', quantity: 1, value_usd: 1 }], parties: [] }, /destination/],
    [{ export_type: 'export', origin_country: 'US', destination: 'CN', items: [{ eccn: '5Q999', quantity: 1, value_usd: 1 }], parties: [] }, /items\[0\]\.eccn/],
    [{ export_type: 'export', origin_country: 'US', destination: 'CN', items: [{ eccn: 'EAR99', quantity: -1, value_usd: 1 }], parties: [] }, /items\[0\]\.quantity/],
    [
      { export_type: 'export', origin_country: 'US', destination: 'CN', items: [{ eccn: 'EAR99', quantity: 1, value_usd: 1 }], parties: [{ role: 'end_user', name: 'Acme', country: 'CN', identifiers: [{ type: 'tax_id', value: '--' }] }] },
      /parties\[0\]\.identifiers\[0\]\.value/,
    ],
  ];
  for (const [tx, message] of cases) {
    const run = await runCli(['check', '--input', txFile(home, tx), ...rules], { CLEARANCE_HOME: home });
    assert.equal(run.code, 2, run.stdout);
    assert.match(run.stderr, message);
  }
  const notJson = join(home, 'bad.json');
  writeFileSync(notJson, '{"export_type": ');
  const run = await runCli(['check', '--input', notJson, ...rules], { CLEARANCE_HOME: home });
  assert.equal(run.code, 2);
  assert.match(run.stderr, /not valid JSON/);
  const date = await runCli(['check', '--input', notJson, '--as-of', '2020-13-45', ...rules], { CLEARANCE_HOME: home });
  assert.equal(date.code, 2);
  assert.match(date.stderr, /--as-of '2020-13-45'/);
  const noRules = await runCli(['check', '--input', notJson], { CLEARANCE_HOME: home });
  assert.equal(noRules.code, 2);
});

test('rules diff finds the 2025 CC2 rescission between the BIS CSV export and the 2026 chart', async () => {
  const run = await runCli(['rules', 'diff', dataPath('ear/bis-country-chart-export-2025-11-12.csv'), dataPath('ear/2026-07-23'), '--json']);
  assert.equal(run.code, 0, run.stderr);
  const { changes } = JSON.parse(run.stdout) as { changes: { country: string; column: string; before: boolean; after: boolean }[] };
  assert.equal(changes.length, 172);
  assert.ok(changes.every((c) => c.column === 'CC2' && c.before && !c.after));
  assert.ok(!changes.some((c) => c.country === 'RU'), 'Russia keeps CC2');
});

test('the identifiers of a transaction party reach its screening: a listed number agrees, another contradicts', async () => {
  const screen = partyScreener(createScreener(await loadSnapshotFromPaths([dataPath('lists/ofac-sdn/2024-05-03')])));
  const tx = (identifiers?: unknown) =>
    parseTransaction({
      export_type: 'export',
      origin_country: 'US',
      destination: 'CU',
      items: [{ eccn: 'EAR99', quantity: 1, value_usd: 1 }],
      parties: [{ role: 'consignee', name: 'Ebano Shipping', country: 'CU', ...(identifiers ? { identifiers } : {}) }],
    }).parties[0]!;
  const score = (identifiers?: unknown) => screen(tx(identifiers)).find((h) => h.name === 'EBANO')?.score ?? 0;
  const alone = score();
  assert.ok(score([{ type: 'IMO', value: 'IMO 7406784' }]) > alone, 'the listed IMO number raises the hit');
  assert.ok(score([{ type: 'imo', value: '9999999' }]) < alone, 'another IMO number lowers it');
});
