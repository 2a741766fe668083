import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildRulesPack } from '../../src/ear/build.js';
import { readBisChartCsv } from '../../src/ear/bis-chart-csv.js';
import { diffCharts } from '../../src/ear/diff-charts.js';
import { loadPack, savePack } from '../../src/ear/store.js';
import { dataPath } from '../helpers/data.js';
import { realPack } from './pack-fixture.js';

test('pack: counts from the 2026-07-23 snapshot', async () => {
  const pack = await realPack();
  const rows = Object.values(pack.chart.rows);
  assert.equal(rows.filter((r) => !r.embargo).length, 196);
  assert.deepEqual(rows.filter((r) => r.embargo).map((r) => r.iso2).sort(), ['CU', 'IR', 'KP', 'SY']);
  assert.equal(Object.keys(pack.ccl).length, 633);
  assert.equal(pack.chart.columns.length, 16);
  assert.equal(pack.proseStats.rows, 1536);
  assert.equal(pack.exceptions.length >= 27, true);
  assert.equal(pack.fdpRules.length, 13);
  assert.match(pack.version, /^sha256:[0-9a-f]{64}$/);
});

test('pack: chart spot checks (Supp. No. 1 to Part 738)', async () => {
  const { chart } = await realPack();
  assert.ok(chart.rows.CN?.marks.includes('NS2'));
  assert.ok(!chart.rows.CN?.marks.includes('AT1'));
  assert.ok(chart.rows.RU?.marks.includes('CC2'));
  assert.deepEqual(chart.rows.GB?.marks, ['CB1']);
  assert.deepEqual(chart.rows.IN?.footnotes, [7]);
  assert.match(chart.rows.KP?.embargo?.pointer ?? '', /742\.19/);
  assert.deepEqual(chart.rows.KP?.embargo?.sections, ['742.19', '746.4']);
  assert.equal(chart.rows.HK, undefined);
});

test('pack: countries, territories and groups', async () => {
  const pack = await realPack();
  assert.equal(pack.countries.HK?.followsRowOf, 'CN');
  assert.equal(pack.countries.KY?.followsRowOf, 'GB');
  assert.ok(pack.countries.MO && !pack.countries.MO.followsRowOf);
  assert.ok(pack.countries.CN?.aliases.includes('prc'));
  assert.ok(pack.countryGroups['D:5'].includes('CN'));
  assert.ok(!pack.countryGroups['D:5'].includes('MO'));
  assert.deepEqual(pack.countryGroups['E:1'], ['IR', 'KP', 'SY']);
  assert.deepEqual(pack.countryGroups['E:2'], ['CU']);
  assert.ok(pack.countryGroups['A:5'].includes('AE'));
  assert.ok(pack.countryGroups.B.includes('CI'), 'the table spells it "Cote d\'lvoire"');
});

test('pack: CCL entries carry requirements, LVS and GBS', async () => {
  const { ccl } = await realPack();
  const a001 = ccl['3A001'];
  assert.ok(a001);
  assert.ok(a001.requirements.some((r) => r.column === 'NS2' && r.scope.kind === 'entire'));
  assert.deepEqual(ccl['6A003']?.lvs?.limits, [{ usd: 1500 }]);
  assert.deepEqual(ccl['6A003']?.lvs?.notFor, ['a.3', 'a.4', 'a.5', 'a.6', 'b.1', 'b.3', 'b.4'], '"except N/A for 6A003.a.3 through a.6, b.1, b.3 and b.4"');
  assert.deepEqual(ccl['2A001']?.lvs?.limits, [{ usd: 3000 }]);
  assert.deepEqual(ccl['5A001']?.lvs?.limits, [{ usd: 5000, paragraphs: ['b.1', 'b.2', 'b.3', 'b.6', 'd', 'f.2', 'f.4', 'g'] }, { usd: 3000, paragraphs: ['c'] }]);
  assert.equal(ccl['1A231']?.requirements.map((r) => r.column).join(','), 'NP1,AT1');
  assert.equal(ccl['5A002']?.requirements.find((r) => r.reason === 'EI')?.destinations && 'worldwide' in ccl['5A002'].requirements.find((r) => r.reason === 'EI')!.destinations!, true);
  const gbsYes = Object.values(ccl).filter((e) => e.gbs.kind === 'all' && e.gbs.except.length === 0 && e.gbs.notForReasons.length === 0 && !e.gbs.qualified).map((e) => e.eccn);
  assert.equal(gbsYes.length, 5);
  assert.deepEqual(ccl['5A001']?.gbs.except, ['a', 'b.5', 'e', 'h'], '"Yes, except 5A001.a, b.5, e, and h."');
  assert.deepEqual(ccl['6A004']?.gbs.only, ['a.1', 'a.2', 'a.4', 'b', 'd.2', 'f']);
});

test('pack: save and load by content hash; corruption is detected', async () => {
  const pack = await realPack();
  const dir = await mkdtemp(join(tmpdir(), 'clearance-ear-'));
  try {
    const path = await savePack(pack, dir);
    const loaded = await loadPack(dir);
    assert.equal(loaded.version, pack.version);
    assert.deepEqual(loaded.chart.rows.CN, pack.chart.rows.CN);
    await writeFile(path, JSON.stringify({ ...loaded, ccl: {} }));
    await assert.rejects(loadPack(dir), /corrupt/, 'a file changed since it was saved is hashed again');
    // A folder written before the pointer kept the file's digest: its pack is checked by content hash.
    const pointer = JSON.parse(await readFile(join(dir, 'current.json'), 'utf8')) as { file: string; version: string; sha256?: string };
    assert.match(pointer.sha256 ?? '', /^[0-9a-f]{64}$/);
    await writeFile(join(dir, 'current.json'), JSON.stringify({ file: pointer.file, version: pointer.version }));
    await assert.rejects(loadPack(dir), /corrupt/);
    await writeFile(path, JSON.stringify(pack));
    assert.equal((await loadPack(dir)).version, pack.version);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('pack: the same snapshot builds the same version', async () => {
  const a = await realPack();
  const b = await buildRulesPack(dataPath('ear', '2026-07-23'));
  assert.equal(a.version, b.version);
});

test('pack: a missing source file fails loudly', async () => {
  await assert.rejects(buildRulesPack(join(tmpdir(), 'no-such-ear-folder')), /cannot read/);
});

test('BIS CSV export: reads the official layout', async () => {
  const grid = await readBisChartCsv(dataPath('ear', 'bis-country-chart-export-2025-11-12.csv'));
  assert.deepEqual(grid.unresolved, []);
  assert.ok(grid.rows.CN?.includes('CC2'));
  assert.ok(grid.rows.AL?.includes('NS1'));
  assert.ok(grid.rows.KR?.includes('NS1'), '"Korea  South 3 4": comma dropped, footnotes after the name');
  assert.ok(grid.rows.CD && grid.rows.CD.length > 0, 'the empty alias row does not replace the marked one');
});

test('chart diff: the September 2025 CC2 rescission between the 2025-11-12 CSV and the 2026-07-23 chart', async () => {
  const pack = await realPack();
  const grid = await readBisChartCsv(dataPath('ear', 'bis-country-chart-export-2025-11-12.csv'));
  const changes = diffCharts(grid, pack.chart);
  assert.ok(changes.length > 100);
  assert.ok(changes.every((c) => c.column === 'CC2' && c.before && !c.after));
  assert.ok(changes.some((c) => c.country === 'CN'));
  assert.ok(!changes.some((c) => c.country === 'RU'), 'Russia keeps CC2');
  assert.deepEqual(diffCharts(pack.chart, pack.chart), []);
});
