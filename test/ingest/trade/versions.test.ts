import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClearanceError } from '../../../src/model/errors.js';
import { scanTradeFolder } from '../../../src/ingest/trade/folder.js';
import { activeTradeVersion, importTradeFolder, listTradeVersions, tradeVersionDir } from '../../../src/ingest/trade/versions.js';
import { loadBalanceData } from '../../../src/ingest/trade/load.js';
import { dataPath } from '../../helpers/data.js';
import { writeFolder } from '../../helpers/folders.js';

const tradeDir = dataPath('trade');
const scratch = mkdtempSync(join(tmpdir(), 'clearance-trade-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

/** A small trade folder of made-up figures. */
const folder = (name: string, files: Record<string, string>) => writeFolder(scratch, name, files);

const MONTHLY = 'month,us_exports_to_china_musd,us_imports_from_china_musd,balance_musd\n';

test('the shared trade folder: each file the commands read is recognised by its header, the rest are named as not read', async () => {
  const scanned = await scanTradeFolder(tradeDir);
  const formats = scanned.files.map((f) => `${f.format} ${f.relative}`);
  assert.ok(formats.includes('monthly-trade trade-stats/census_c5700_us_china_monthly_2001_2019.csv'));
  assert.ok(formats.includes('monthly-trade us-china-2020-2026/us_china_goods_trade_monthly_2020-01_2026-04.csv'));
  assert.ok(formats.includes('annual-trade us-china-2020-2026/us_china_goods_trade_annual_c5700_scrapes.csv'));
  assert.ok(formats.includes('product-exports phase-one-2020-2021/us_exports_to_china_hs6_monthly_2013-01_2021-02.csv.gz'));
  assert.ok(formats.includes('concordance phase-one/waugh_annex_6_1_hs4_categories.csv'));
  assert.ok(formats.includes('commitments phase-one/phase_one_purchase_commitments.csv'));
  assert.ok(scanned.ignored.some((i) => i.file === 'phase-one/piie_tracker_key_figures.csv'));
});

test('import stores a validated copy as the active version; the same files again make no new version', async () => {
  const home = join(scratch, 'home');
  const dir = folder('small', { 'a/monthly.csv': `${MONTHLY}2020-01,10.0,30.0,-20.0\n2020-02,,31.0,\n`, 'notes.csv': 'x,y\n1,2\n' });
  const first = await importTradeFolder(home, dir, { now: new Date('2026-07-01T00:00:00Z') });
  assert.equal(first.unchanged, false);
  assert.deepEqual(first.manifest.files.map((f) => [f.file, f.format, f.rows, f.rowsLeftOut]), [['a/monthly.csv', 'monthly-trade', 2, 0]]);
  assert.deepEqual(first.manifest.ignored.map((i) => i.file), ['notes.csv']);
  assert.equal(activeTradeVersion(home)?.id, first.manifest.id);
  // The version folder is a trade folder itself.
  const loaded = await loadBalanceData(tradeVersionDir(home, first.manifest.id));
  assert.equal(loaded.data.series[0]!.months.length, 2);
  const again = await importTradeFolder(home, dir);
  assert.equal(again.unchanged, true);
  assert.equal(listTradeVersions(home).length, 1);
});

test('a file with more than 1% malformed rows is refused and nothing is written; --force keeps the good rows', async () => {
  const home = join(scratch, 'home-refused');
  const dir = folder('bad', { 'monthly.csv': `${MONTHLY}2020-01,10.0,30.0,-20.0\n2020-13,1,1,0\n` });
  await assert.rejects(importTradeFolder(home, dir), (err: unknown) => {
    assert.ok(err instanceof ClearanceError);
    assert.equal(err.code, 'trade_file_rejected');
    assert.match(err.message, /monthly\.csv: 1 of 2 rows are malformed.*monthly\.csv line 3: month '2020-13' is not YYYY-MM/);
    return true;
  });
  assert.equal(activeTradeVersion(home), undefined);
  assert.ok(!existsSync(join(home, 'trade', 'versions')) || readdirSync(join(home, 'trade', 'versions')).length === 0);
  const forced = await importTradeFolder(home, dir, { force: true });
  assert.equal(forced.manifest.files[0]!.rowsLeftOut, 1);
  assert.equal(forced.warnings.length, 1);
});

test('a folder with no trade file, or no folder at all, is refused with what was found', async () => {
  await assert.rejects(importTradeFolder(join(scratch, 'h'), folder('empty', { 'other.csv': 'a,b\n' })), /holds no trade file clearance reads \(other\.csv\)/);
  await assert.rejects(importTradeFolder(join(scratch, 'h'), join(scratch, 'nowhere')), (err: unknown) => err instanceof ClearanceError && err.kind === 'not_found');
});
