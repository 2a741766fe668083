import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { formatOfHeader } from '../../../src/ingest/trade/formats.js';
import { parseImportTotals, parseImportWeights } from '../../../src/ingest/trade/import-lines.js';
import { loadImportData } from '../../../src/ingest/trade/load.js';
import { dataPath } from '../../helpers/data.js';

// Small tables written for these tests (made-up figures in the Census layouts).
const HS10 = 'cty_code,cty_name,hs10,hs10_description,con_val_2024_usd,cal_dut_2024_usd';
const HS2 = 'hs2,con_val_2024_usd,cal_dut_2024_usd,cty_name,cty_code,duty_rate_2024_pct';
const table = (header: string, ...rows: string[][]) => ({ header: header.split(','), rows });

test('the HS10 weights and the HS2 totals are recognised by their headers', () => {
  assert.equal(formatOfHeader(HS10.split(',')), 'import-weights');
  assert.equal(formatOfHeader(HS2.split(',')), 'import-totals');
  assert.equal(formatOfHeader('cty_code,cty_name,hs10,con_val_2024_usd,cal_dut_2023_usd'.split(',')), undefined, 'value and duty of different years');
  assert.equal(formatOfHeader('month,con_val_usd,cal_dut_usd'.split(',')), undefined);
});

test('import weights: partners become ISO origins, the EU block is marked, bad rows are left out with the reason', () => {
  const parsed = parseImportWeights(
    'w.csv',
    table(
      HS10,
      ['5700', 'CHINA', '6109100012', 'T-SHIRTS', '1000', '165'],
      ['0003', 'EUROPEAN UNION', '6109100012', 'T-SHIRTS', '2500.0', '0'],
      ['5800', 'KOREA, SOUTH', '8703230190', 'CARS', '9000000', '0'],
      ['9999', 'ATLANTIS', '8703230190', 'CARS', '5', '0'],
      ['5700', 'CHINA', '6109100012', 'T-SHIRTS', '1', '0'],
      ['5700', 'CHINA', '61091000', 'T-SHIRTS', '1', '0'],
      ['5700', 'CHINA', '6109100013', 'T-SHIRTS', '-1', '0'],
      ['57', 'CHINA', '6109100014', 'T-SHIRTS', '1', '0'],
    ),
  );
  assert.equal(parsed.value.year, 2024);
  assert.deepEqual(
    parsed.value.lines.map((l) => [l.partnerCode, l.origin, l.euBlock, l.product, l.valueUsd, l.calculatedDutyUsd]),
    [
      ['5700', 'CN', undefined, '6109100012', 1000, 165],
      ['0003', undefined, true, '6109100012', 2500, 0],
      ['5800', 'KR', undefined, '8703230190', 9_000_000, 0],
      ['9999', undefined, undefined, '8703230190', 5, 0],
    ],
  );
  assert.deepEqual(
    parsed.problems.map((p) => [p.record, p.reason]),
    [
      [4, '5700 6109100012 appears twice'],
      [5, "hs10 '61091000' is not ten digits"],
      [6, "value '-1' is not an amount of dollars"],
      [7, "cty_code '57' is not a four-digit Census country code"],
    ],
  );
});

test('property: every well-formed line is read with its amounts exact, once', () => {
  const line = fc.record({ code: fc.integer({ min: 1000, max: 9999 }), hs: fc.integer({ min: 100_000_000, max: 9_999_999_999 }), value: fc.integer({ min: 0, max: 2 ** 45 }), duty: fc.integer({ min: 0, max: 2 ** 40 }) });
  fc.assert(
    fc.property(fc.uniqueArray(line, { selector: (l) => `${l.code} ${l.hs}`, maxLength: 40 }), fc.boolean(), (lines, decimals) => {
      const text = (n: number) => (decimals ? `${n}.0` : String(n));
      const rows = lines.map((l) => [String(l.code), 'CHINA', String(l.hs).padStart(10, '0'), 'd', text(l.value), text(l.duty)]);
      const parsed = parseImportWeights('w.csv', table(HS10, ...rows));
      assert.deepEqual(parsed.problems, []);
      assert.deepEqual(parsed.value.lines.map((l) => [l.product, l.valueUsd, l.calculatedDutyUsd]), rows.map((r) => [r[2], Number(r[4]), Number(r[5])]));
    }),
  );
  fc.assert(
    fc.property(fc.array(fc.array(fc.string(), { maxLength: 7 }), { maxLength: 20 }), (rows) => {
      // Any rows at all: each is read or left out with a reason, never a line with a wrong amount.
      const parsed = parseImportTotals('t.csv', table(HS2, ...rows));
      assert.equal(parsed.value.lines.length + parsed.problems.length, rows.length);
      for (const l of parsed.value.lines) assert.ok(Number.isSafeInteger(l.valueUsd) && l.valueUsd >= 0 && /^\d{2}$/.test(l.product));
    }),
  );
});

test('the shared 2024 weights: 209,616 lines, 51 partners all known, the EU block marked; the HS2 totals beside them', async () => {
  const { data, files } = await loadImportData(dataPath('trade', 'imports-2024'));
  assert.deepEqual(files.sort(), ['us_imports_2024_hs10_by_country_con.csv.gz', 'us_imports_2024_hs2_by_country_con.csv']);
  assert.equal(data.weights.lines.length, 209_616);
  assert.equal(data.weights.year, 2024);
  const partners = new Set(data.weights.lines.map((l) => l.partnerCode));
  assert.equal(partners.size, 51);
  assert.deepEqual(data.weights.lines.filter((l) => !l.origin && !l.euBlock), [], 'every partner but the EU block has an ISO code');
  assert.equal(data.weights.lines.find((l) => l.partnerCode === '5700')?.origin, 'CN');
  assert.equal(data.totals?.level, 'hs2');
  assert.equal(new Set(data.totals?.lines.map((l) => l.partnerCode)).size, 226);
});
