import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import type { ProductExportLine } from '../../../src/model/trade.js';
import { compactExportLines, expandExportLines } from '../../../src/ingest/trade/compact-exports.js';
import { versionFileCache } from '../../../src/ingest/trade/file-cache.js';
import { scanTradeFolder } from '../../../src/ingest/trade/folder.js';
import { loadBalanceData, loadCommitmentData } from '../../../src/ingest/trade/load.js';
import { importTradeFolder, tradeVersionDir, type TradeVersionManifest } from '../../../src/ingest/trade/versions.js';
import { writeFolder } from '../../helpers/folders.js';

const scratch = mkdtempSync(join(tmpdir(), 'clearance-trade-cache-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

// Small trade folders of made-up figures in the published layouts.
const folder = (name: string, files: Record<string, string>) => writeFolder(scratch, name, files);

const MONTHLY = 'month,us_exports_to_china_musd,us_imports_from_china_musd,balance_musd\n2020-01,10.0,30.0,-20.0\n2020-02,,31.0,\n';
const EXPORTS = 'month,hs6,hs4,us_exports_to_china_usd,phase_one_high_category,phase_one_low_category\n2020-01,010121,0101,1500,2. Agriculture,Other\n2020-01,,8703,99,,\n';
const COMMITMENTS = 'category,additional_over_2017_baseline_2020_usd_bn,source\nmanufactured goods,32.9,Art. 6.2\n';

async function importSmall(name: string, files: Record<string, string>, force = false): Promise<{ dir: string; manifest: TradeVersionManifest }> {
  const home = join(scratch, `${name}-home`);
  const { manifest } = await importTradeFolder(home, folder(name, files), { force });
  return { dir: tradeVersionDir(home, manifest.id), manifest };
}

const line = fc.record(
  {
    month: fc.constantFrom('2020-01', '2020-02', '2021-12'),
    usd: fc.oneof(fc.integer({ min: 0, max: 2 ** 40 }), fc.constant(0)),
    hs6: fc.stringMatching(/^\d{6}$/),
    hs4: fc.stringMatching(/^\d{4}$/),
    givenGroup: fc.string(),
    givenCategory: fc.string(),
  },
  { requiredKeys: ['month', 'usd'] },
).map((l) => ({ ...l }) as ProductExportLine);

test('export lines read back from their compact form exactly as they were, absent fields absent', () => {
  fc.assert(fc.property(fc.array(line, { maxLength: 60 }), (lines) => assert.deepStrictEqual(expandExportLines(compactExportLines(lines)), lines)));
  // More distinct values than 16 bits can number.
  const many = Array.from({ length: 70_000 }, (_, i) => ({ month: '2020-01', hs6: String(i).padStart(6, '0'), usd: i }));
  assert.deepStrictEqual(expandExportLines(compactExportLines(many)), many);
});

test('import keeps the parsed files beside the version; reading through the cache gives what parsing gives', async () => {
  const { dir, manifest } = await importSmall('both', { 'm.csv': MONTHLY, 'p/exports.csv': EXPORTS, 'c.csv': COMMITMENTS });
  assert.equal(readdirSync(dir).filter((f) => /^trade-[0-9a-f]+\.v8$/.test(f)).length, 1);
  const cached = await loadCommitmentData(dir, { cache: versionFileCache(dir, manifest) });
  assert.deepStrictEqual(cached, await loadCommitmentData(dir));
  assert.deepStrictEqual(await loadBalanceData(dir, { cache: versionFileCache(dir, manifest) }), await loadBalanceData(dir));
});

test('what is read comes from the cache, and only while the content hash and file hash are the manifest\'s', async () => {
  const { dir, manifest } = await importSmall('marked', { 'm.csv': MONTHLY });
  const [file] = (await scanTradeFolder(dir)).files;
  // Mark the cached entry, to tell a cache read from a parse.
  const cache = versionFileCache(dir, manifest);
  const entry = cache.get(file!)!;
  cache.put(file!, { ...entry, value: [{ file: 'm.csv', partner: 'CN', vintage: 'main', months: [] }] });
  cache.save();
  const fromCache = await loadBalanceData(dir, { cache: versionFileCache(dir, manifest) });
  assert.equal(fromCache.data.series[0]!.months.length, 0, 'the marked entry was read');
  const otherContent = await loadBalanceData(dir, { cache: versionFileCache(dir, { ...manifest, contentHash: 'f'.repeat(64) }) });
  assert.equal(otherContent.data.series[0]!.months.length, 2, 'another version\'s cache is not trusted');
  const otherFile = { ...manifest, files: manifest.files.map((f) => ({ ...f, sha256: '0'.repeat(64) })) };
  assert.equal(versionFileCache(dir, otherFile).get(file!), undefined, 'nor an entry of other bytes');
});

test('a damaged cache file is parsed afresh and replaced', async () => {
  const { dir, manifest } = await importSmall('damaged', { 'm.csv': MONTHLY });
  const name = readdirSync(dir).find((f) => f.endsWith('.v8'))!;
  writeFileSync(join(dir, name), 'not v8');
  const loaded = await loadBalanceData(dir, { cache: versionFileCache(dir, manifest) });
  assert.equal(loaded.data.series[0]!.months.length, 2);
  const [file] = (await scanTradeFolder(dir)).files;
  assert.ok(versionFileCache(dir, manifest).get(file!), 'written again');
});

test('a cached file still passes the malformed-rows check: refused without --force, its rows left out and named with --force', async () => {
  const { dir, manifest } = await importSmall('forced', { 'm.csv': `${MONTHLY}2020-13,1,1,0\n` }, true);
  await assert.rejects(loadBalanceData(dir, { cache: versionFileCache(dir, manifest) }), /m\.csv: 1 of 3 rows are malformed/);
  const forced = await loadBalanceData(dir, { cache: versionFileCache(dir, manifest), force: true });
  assert.deepEqual(forced.warnings, ["m.csv line 4: month '2020-13' is not YYYY-MM"]);
});
