import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { runCli } from '../helpers/cli.js';
import { installSharedTrade } from '../helpers/trade.js';
import { sharedTariffPack } from '../helpers/tariffs.js';

/**
 * `clearance tariffs effective-rate` in-process over the shared 2024 import weights, imported once into
 * a temporary data folder (so the weights are parsed once), priced with the shared test pack.
 */

const home = mkdtempSync(join(tmpdir(), 'clearance-rate-cli-'));
after(() => rmSync(home, { recursive: true, force: true }));
let packFile: string;
before(async () => {
  const pack = await sharedTariffPack();
  packFile = join(home, 'pack');
  const { saveTariffPack } = await import('../../src/tariffs/pack-store.js');
  await saveTariffPack(pack, packFile);
  await installSharedTrade(home);
});

test('one date: the rate by program, the realised 2024 rate, what is left out and assumed, the data and pack named', async () => {
  const r = await runCli(['tariffs', 'effective-rate', '--date', '2025-01-01', '--pack', packFile, '--data-dir', home]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /^Effective tariff rate on US imports at the law of 2025-01-01: \d\.\d\d% \(statutory, 2024 imports as weights\)$/m);
  assert.match(r.stdout, /^section_301 +\d+\.\d +\d+\.\d\d +1\.\d\d$/m);
  assert.match(r.stdout, /^realised 2024 rate \(Census calculated duty\): 2\.34% all partners/m);
  assert.match(r.stdout, /^left out: 1757 lines, \$124\.6 bn \(3\.88%\): chapters 98 and 99/m);
  assert.match(r.stdout, /^assumed: \d+ lines, \$\d+\.\d bn \(\d+\.\d\d%\): base rate specific or compound/m);
  assert.match(r.stdout, /^data: imported trade data version \S+ .*; tariff pack sha256:/m);
});

test('several dates: one row each beside the Budget Lab\'s figure and its report, drawn with --chart; the CSV carries the same', async () => {
  const args = ['tariffs', 'effective-rate', '--date', '2025-01-01', '--date', '2026-06-30', '--pack', packFile, '--data-dir', home];
  const chart = join(home, 'rate.svg');
  const r = await runCli([...args, '--chart', chart]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(readFileSync(chart, 'utf8'), /<title>Effective tariff rate on US imports, by program<\/title>/);
  assert.match(r.stdout, /^date +rate % +base +s301 +s232 .*Budget Lab %$/m);
  assert.match(r.stdout, /^2025-01-01 +\d\.\d\d .* 2\.4$/m);
  assert.match(r.stdout, /^2026-06-30 +\d+\.\d\d .* none$/m);
  assert.match(r.stdout, /^Budget Lab 2025-01-01: 2\.4%: The Budget Lab at Yale, State of U\.S\. Tariffs: July 14, 2025/m);
  assert.match(r.stdout, /^Budget Lab 2026-06-30: no figure: no The Budget Lab at Yale figure for this date/m);
  const csv = parse((await runCli([...args, '--format', 'csv'])).stdout, { columns: true }) as Record<string, string>[];
  assert.deepEqual(csv.map((row) => [row.date, row.published_pct]), [['2025-01-01', '2.4'], ['2026-06-30', '']]);
  const tableRate = /^2025-01-01 +(\d\.\d\d)/m.exec(r.stdout)![1];
  assert.equal(Number(csv[0]!.rate_pct).toFixed(2), tableRate);
});

test('JSON: the report with the imports each chapter 99 heading charges, by country (what --by action tabulates)', async () => {
  const r = await runCli(['tariffs', 'effective-rate', '--date', '2025-01-01', '--by', 'action', '--format', 'json', '--pack', packFile, '--data-dir', home]);
  assert.equal(r.code, 0, r.stderr);
  const json = JSON.parse(r.stdout) as { reports: { coverage: { heading: string; value_usd: number; by_country: { country: string }[] }[] }[]; published: { rate_pct: number }[]; tariffs: { version: string } };
  const list3 = json.reports[0]!.coverage.find((c) => c.heading === '9903.88.03')!;
  assert.deepEqual(list3.by_country.map((x) => x.country), ['CN']);
  assert.ok(list3.value_usd > 50e9, 'List 3 reaches tens of billions of 2024 Chinese imports');
  assert.equal(json.published[0]!.rate_pct, 2.4);
  assert.match(json.tariffs.version, /^sha256:/);
});

test('wrong flags name the flag and the value; nothing is priced', async () => {
  const by = await runCli(['tariffs', 'effective-rate', '--date', '2025-01-01', '--by', 'colour', '--pack', packFile, '--data-dir', home]);
  assert.equal(by.code, 2);
  assert.match(by.stderr, /--by.*colour/);
  const share = await runCli(['tariffs', 'effective-rate', '--date', '2025-01-01', '--metal-share', '2', '--pack', packFile, '--data-dir', home]);
  assert.equal(share.code, 2);
  assert.match(share.stderr, /--metal-share: must be a number from 0 to 1 \(got "2"\)/);
  const usmca = await runCli(['tariffs', 'effective-rate', '--date', '2025-04-10', '--usmca-share', '45%', '--pack', packFile, '--data-dir', home]);
  assert.equal(usmca.code, 2);
  assert.match(usmca.stderr, /--usmca-share: must be a number from 0 to 1 \(got "45%"\)/);
  const date = await runCli(['tariffs', 'effective-rate', '--date', '2026-02-30', '--pack', packFile, '--data-dir', home]);
  assert.equal(date.code, 2);
  assert.match(date.stderr, /--date/);
  const none = await runCli(['tariffs', 'effective-rate', '--date', '2025-01-01', '--pack', packFile, '--data-dir', join(home, 'empty')]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /no trade data in .*trade import/);
});
