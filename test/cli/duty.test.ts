import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { tariffSource } from '../helpers/tariffs.js';

/**
 * `clearance tariffs build` and `clearance duty` in-process: one build into a temporary data folder,
 * then single lines, books (JSONL and CSV, with ids echoed and bad lines named) and exposure.
 */

const cli = (args: string[]) => runCli(args);

/**
 * `.ci/run` builds the pack with this same command before the tests and keeps what it printed: the
 * build is checked on that output and its pack copied in, instead of a second build of half a minute.
 */
const PREBUILT = process.env.CLEARANCE_TEST_TARIFF_PACK;
const PREBUILT_OUTPUT = process.env.CLEARANCE_TEST_TARIFF_BUILD_OUTPUT;

let home: string;
before(async () => {
  home = mkdtempSync(join(tmpdir(), 'clearance-duty-cli-'));
  let printed: string;
  if (PREBUILT && PREBUILT_OUTPUT) {
    cpSync(PREBUILT, join(home, 'tariffs'), { recursive: true });
    printed = readFileSync(PREBUILT_OUTPUT, 'utf8');
  } else {
    const built = await cli(['tariffs', 'build', '--from', tariffSource(), '--data-dir', home]);
    assert.equal(built.code, 0, built.stderr);
    printed = built.stdout;
  }
  assert.match(printed, /tariff pack sha256:[0-9a-f]{64} written to .*tariffs-[0-9a-f]{16}\.json \(now current\)/);
  assert.match(printed, /46 schedule editions .* data horizon 2026-06-08/);
});

test('duty for one line prints the answer as JSON (the issue example)', async () => {
  const r = await cli(['duty', '--hts', '8481.30.20', '--origin', 'CN', '--date', '2019-06-03', '--value', '10000', '--data-dir', home]);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout) as { total_duty_usd: number; base_duty_usd: number; additional: { heading: string; duty_usd: number }[]; fees: { mpf_usd: number } };
  assert.equal(a.base_duty_usd, 500);
  assert.deepEqual(a.additional.map((x) => [x.heading, x.duty_usd]), [['9903.88.01', 2500]]);
  assert.equal(a.total_duty_usd, 3000);
  assert.equal(a.fees.mpf_usd, 34.64);
  const text = await cli(['duty', '--hts', '0201.10.10', '--origin', 'AR', '--date', '2019-06-03', '--value', '10000', '--quantity', '1000', '--unit', 'kg', '--data-dir', home, '--format', 'text']);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /total duty: \$44\.00/);
});

test('wrong input exits 2 naming the field; no pack exits 2 saying how to build one', async () => {
  const bad = await cli(['duty', '--hts', '8481.30', '--origin', 'CN', '--date', '2019-06-03', '--value', '10000', '--data-dir', home]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /hts: must be an HTS number/);
  const quantity = await cli(['duty', '--hts', '0201.10.10', '--origin', 'AR', '--date', '2019-06-03', '--value', '10000', '--data-dir', home]);
  assert.equal(quantity.code, 2);
  assert.match(quantity.stderr, /quantity: is required/);
  const none = await cli(['duty', '--hts', '8481.30.20', '--origin', 'CN', '--date', '2019-06-03', '--value', '10000', '--data-dir', mkdtempSync(join(tmpdir(), 'clearance-empty-'))]);
  assert.equal(none.code, 2);
  assert.match(none.stderr, /no tariff pack in .*clearance tariffs build --from/);
});

test('a book in JSONL or CSV: one answer per line in input order with ids echoed; a bad line is named and nothing written', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearance-book-'));
  const jsonl = join(dir, 'entries.jsonl');
  writeFileSync(jsonl, [
    { id: 'a', hts: '6109.10.00', country_of_origin: 'CN', entry_date: '2025-06-01', customs_value_usd: 10000 },
    { id: 'b', hts: '6109.10.00', country_of_origin: 'VN', entry_date: '2025-10-01', customs_value_usd: 10000 },
    { id: 7, hts: '8481.30.20', country_of_origin: 'DE', entry_date: '2025-10-01', customs_value_usd: 10000 },
  ].map((l) => JSON.stringify(l)).join('\n') + '\n');
  const out = join(dir, 'results.jsonl');
  const r = await cli(['duty', '--input', jsonl, '--output', out, '--data-dir', home]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stdout, /answered 3 lines: 3 determined, total duty \$10,550\.00/);
  const answers = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: unknown; total_duty_usd: number });
  assert.deepEqual(answers.map((a) => [a.id, a.total_duty_usd]), [['a', 5400], ['b', 3650], [7, 1500]]);

  const csv = join(dir, 'entries.csv');
  writeFileSync(csv, 'id,hts,country_of_origin,entry_date,customs_value_usd,quantity,unit\nx,0201.10.10,AR,2019-06-03,10000,1000,kg\ny,8481.30.20,CN,2019-06-03,10000,,\n');
  const csvOut = join(dir, 'csv-results.jsonl');
  assert.equal((await cli(['duty', '--input', csv, '--output', csvOut, '--data-dir', home])).code, 0);
  assert.deepEqual(readFileSync(csvOut, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { total_duty_usd: number }).total_duty_usd), [44, 3000]);

  const broken = join(dir, 'broken.jsonl');
  writeFileSync(broken, `${JSON.stringify({ hts: '6109.10.00', country_of_origin: 'CN', entry_date: '2025-06-01', customs_value_usd: 1 })}\n\n${JSON.stringify({ hts: '6109.10.00', country_of_origin: 'CN', entry_date: '2025-06-01', customs_value_usd: 'ten' })}\n`);
  const brokenOut = join(dir, 'broken-results.jsonl');
  const b = await cli(['duty', '--input', broken, '--output', brokenOut, '--data-dir', home]);
  assert.equal(b.code, 2);
  assert.match(b.stderr, /line 3: customs_value_usd: must be a number \(got "ten"\)/);
  assert.equal(existsSync(brokenOut), false);
});

test('exposure sums a book by program, origin and chapter, and prices it at two dates side by side', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'clearance-exposure-'));
  const book = join(dir, 'book.csv');
  writeFileSync(book, 'hts,country_of_origin,entry_date,customs_value_usd\n6109.10.00,CN,2024-06-01,10000\n6109.10.00,VN,2024-06-01,10000\n8481.30.20,DE,2024-06-01,10000\n');
  const r = await cli(['duty', 'exposure', '--input', book, '--from', '2024-06-01', '--to', '2025-10-01', '--json', '--data-dir', home]);
  assert.equal(r.code, 0, r.stderr);
  const report = JSON.parse(r.stdout) as { pricings: string[]; total_duty_usd: number[]; by_program: { key: string; duty_usd: number[] }[]; by_origin: { key: string; duty_usd: number[] }[] };
  assert.deepEqual(report.pricings, ['law of 2024-06-01', 'law of 2025-10-01']);
  // 2024: 1650 + 750 (CN), 1650 (VN), 500 (DE) = 4550. 2025-10-01: CN 1650 + 750 + 2000 + 1000; VN 1650 + 2000; DE 500 + 1000 = 10550.
  assert.deepEqual(report.total_duty_usd, [4550, 10550]);
  assert.deepEqual(report.by_program.find((p) => p.key === 'ieepa_reciprocal')!.duty_usd, [0, 4000]);
  assert.deepEqual(report.by_origin.find((o) => o.key === 'VN')!.duty_usd, [1650, 3650]);
  const text = await cli(['duty', 'exposure', '--input', book, '--data-dir', home]);
  assert.equal(text.code, 0, text.stderr);
  assert.match(text.stdout, /3 lines, customs value \$30,000\.00/);
  assert.match(text.stdout, /by program/);
});

test('tariffs measures lists what is in force on a date for an origin', async () => {
  const r = await cli(['tariffs', 'measures', '--date', '2025-10-01', '--country', 'VN', '--json', '--data-dir', home]);
  assert.equal(r.code, 0, r.stderr);
  const listing = JSON.parse(r.stdout) as { country: string; measures: { heading: string; rate: string }[] };
  assert.equal(listing.country, 'VN');
  assert.ok(listing.measures.some((m) => m.heading === '9903.02.69' && m.rate === '+20%'));
  assert.ok(!listing.measures.some((m) => m.heading === '9903.01.24'), 'the China fentanyl duty does not reach Vietnam');
  const bad = await cli(['tariffs', 'measures', '--date', '2025-13-01', '--data-dir', home]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--date: (must be a date|is not a day of the calendar)/);
});
