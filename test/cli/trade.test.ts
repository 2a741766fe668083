import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { runCli, type CliResult } from '../helpers/cli.js';
import { dataPath } from '../helpers/data.js';

const trade = dataPath('trade');
const home = mkdtempSync(join(tmpdir(), 'clearance-trade-cli-'));
after(() => rmSync(home, { recursive: true, force: true }));
/** A data folder with the shared trade folder imported: the one place this file parses the large export file. */
const imported = join(home, 'imported');
let importRun: CliResult;
before(async () => {
  importRun = await runCli(['trade', 'import', trade, '--data-dir', imported]);
});

test('trade balance: a table with the 2017 and 2025 deficits, gaps as .., vintages and the data named', async () => {
  const r = await runCli(['trade', 'balance', '--partner', 'CN', '--from', '2017', '--to', '2025', '--data', trade]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^2017 +130\.0 +505\.2 +-375\.2 +12 +trade-stats\/census_c5700/m);
  assert.match(r.stdout, /^2025 +106\.3 +308\.4 +-202\.1 +12 +c5700_scrape_2026-03; budgetlab_haver_M924Z0 +-202\.7 \(2026-06-17\); -189\.4 \(2026-02-19, 11 months\)$/m);
  assert.match(r.stdout, /^note: 2021: monthly exports not in the main series for 2021-03\.\.2021-12$/m);
  assert.match(r.stdout, /^data: trade data folder /m);
  const monthly = await runCli(['trade', 'balance', '--partner', 'cn', '--from', '2021', '--to', '2021', '--monthly', '--data', trade]);
  assert.match(monthly.stdout, /^2021-03 +\.\. +39\.93 +\.\. .*exports not in the data$/m);
});

test('trade balance --chart: the same answer drawn as SVG when the name says so, else as PNG', async () => {
  const svgFile = join(home, 'balance.svg');
  const svg = await runCli(['trade', 'balance', '--partner', 'CN', '--from', '2016', '--to', '2025', '--data', trade, '--chart', svgFile]);
  assert.equal(svg.code, 0, svg.stderr);
  assert.match(svg.stdout, /^2017 +130\.0 +505\.2 +-375\.2/m, 'the table is printed as without --chart');
  const text = readFileSync(svgFile, 'utf8');
  assert.match(text, /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
  assert.match(text, /US goods trade with CN, 2016-2025/);
  const pngFile = join(home, 'balance.PNG');
  const png = await runCli(['trade', 'balance', '--partner', 'CN', '--monthly', '--from', '2020', '--data', trade, '--chart', pngFile]);
  assert.equal(png.code, 0, png.stderr);
  const bytes = readFileSync(pngFile);
  assert.equal(bytes.toString('latin1', 1, 4), 'PNG');
  assert.equal(bytes.readUInt32BE(16), 1920);
});

test('trade balance as CSV (whole dollars, empty cells for gaps) and JSON (the report and the data it used)', async () => {
  const csv = await runCli(['trade', 'balance', '--partner', 'CN', '--from', '2021', '--to', '2021', '--monthly', '--format', 'csv', '--data', trade]);
  const rows = parse(csv.stdout, { columns: true }) as Record<string, string>[];
  assert.equal(rows.length, 12);
  assert.deepEqual([rows[2]!.month, rows[2]!.exports_usd, rows[2]!.imports_usd, rows[2]!.balance_usd], ['2021-03', '', '39934000000', '']);
  const json = await runCli(['trade', 'balance', '--partner', 'CN', '--from', '2017', '--to', '2017', '--format', 'json', '--data', trade]);
  const doc = JSON.parse(json.stdout) as { years: { balanceUsd: number }[]; data: { files: string[] } };
  assert.equal(doc.years[0]!.balanceUsd, -375_167_900_000);
  assert.ok(doc.data.files.includes('trade-stats/census_c5700_us_china_monthly_2001_2019.csv'));
});

test('trade commitments: the Phase One table with baseline, target, actual and share; basis, concordance and the end of the data named', async () => {
  const chart = join(home, 'commitments.svg');
  const r = await runCli(['trade', 'commitments', '--agreement', 'phase-one', '--monthly', '--data-dir', imported, '--chart', chart]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^data: imported trade data version /m);
  assert.match(readFileSync(chart, 'utf8'), /Purchases against commitments: phase-one/);
  assert.match(r.stdout, /^2020 +Manufactured goods +50\.15 +32\.90 +83\.05 +52\.18 +12 +62\.8%$/m);
  assert.match(r.stdout, /^2020 +Agriculture +20\.97 /m);
  assert.match(r.stdout, /^2020 +Energy +7\.65 /m);
  assert.match(r.stdout, /^2020 +Goods covered +78\.77 +63\.90 +142\.67 +89\.25 +12 +62\.6%$/m);
  assert.match(r.stdout, /^2020 +Services +\.\. +12\.80 +\.\. +\.\. +0 +\.\.$/m);
  assert.match(r.stdout, /^basis: US export statistics/m);
  assert.match(r.stdout, /^concordance: Annex product list as mapped to HS codes in phase-one\/waugh_annex_6_1_hs4_categories\.csv/m);
  assert.match(r.stdout, /^data ends: 2021-02$/m);
  assert.match(r.stdout, /^2020-12 +Goods covered +11\.25 +89\.25 +142\.67 +62\.6%$/m, 'the monthly cumulative path');
  assert.match(r.stdout, /^2021-02 +Goods covered +6\.69 +16\.51 +176\.97 +9\.3%$/m);
});

test('without --data the imported version is read; with none imported the answer says how to get one (exit 2)', async () => {
  const none = await runCli(['trade', 'balance', '--partner', 'CN', '--data-dir', join(home, 'empty')]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /no trade data in .*: import a folder .* with 'clearance trade import DIR', or name one with --data DIR/);
  assert.equal(importRun.code, 0, importRun.stderr);
  assert.match(importRun.stdout, /^trade data version \S+ imported and active$/m);
  assert.match(importRun.stdout, /^ {2}phase-one-2020-2021\/us_exports_to_china_hs6_monthly_2013-01_2021-02\.csv\.gz: product-exports, 364306 rows$/m);
  assert.match(importRun.stdout, /^ {2}not imported: phase-one\/piie_tracker_key_figures\.csv/m);
  assert.match(importRun.stdout, /^ {2}imports-2024\/us_imports_2024_hs10_by_country_con\.csv\.gz: import-weights, 209616 rows$/m);
  const balance = await runCli(['trade', 'balance', '--partner', 'CN', '--from', '2017', '--to', '2017', '--data-dir', imported]);
  assert.match(balance.stdout, /-375\.2/);
  assert.match(balance.stdout, /^data: imported trade data version /m);
  const list = await runCli(['trade', 'list', '--data-dir', imported]);
  assert.match(list.stdout, /^\* \S+ {2}9 files from /m, 'the seven trade files and the 2024 import weights by HS10 and HS2');
});

test('wrong input names the option and the value (exit 2)', async () => {
  const cases: [string[], RegExp][] = [
    [['trade', 'balance', '--partner', 'Atlantis', '--data', trade], /--partner: must be a country.*"Atlantis"/],
    [['trade', 'balance', '--partner', 'DE', '--data', trade], /--partner: no trade figures for DE .*\(it has CN\)/],
    [['trade', 'balance', '--partner', 'CN', '--from', '2025', '--to', '2017', '--data', trade], /--from: must not be after --to 2017/],
    [['trade', 'balance', '--partner', 'CN', '--from', '17', '--data', trade], /--from: must be a year YYYY \(got "17"\)/],
    [['trade', 'balance', '--partner', 'CN', '--format', 'xml', '--data', trade], /--format 'xml' must be table, csv or json/],
    [['trade', 'balance', '--partner', 'CN', '--data', join(home, 'nowhere')], /--data: no such folder/],
    [['trade', 'commitments', '--agreement', 'nafta', '--data', trade], /--agreement: no agreement 'nafta' \(known: phase-one\)/],
    [['trade', 'balance', '--partner', 'CN', '--data', trade, '--chart', join(home, 'chart.gif')], /--chart '.*chart\.gif' must name a \.png or \.svg file/],
  ];
  for (const [args, message] of cases) {
    const r = await runCli(args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.stderr, message);
    assert.equal(r.stdout, '', 'nothing half-written');
  }
  assert.ok(!existsSync(join(home, 'chart.gif')));
});
