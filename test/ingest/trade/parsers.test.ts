import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseAnnualTrade } from '../../../src/ingest/trade/annual-totals.js';
import { parseMonthlyTrade } from '../../../src/ingest/trade/census-monthly.js';
import { parseCommitments } from '../../../src/ingest/trade/commitments.js';
import { parseConcordance } from '../../../src/ingest/trade/concordance.js';
import { formatOfHeader } from '../../../src/ingest/trade/formats.js';
import { parseProductExports } from '../../../src/ingest/trade/product-exports.js';
import { parseMonth, parseScaledUsd } from '../../../src/ingest/trade/values.js';

// Small tables written for these tests (made-up figures in the official layouts).
const table = (header: string, ...rows: string[]) => ({ header: header.split(','), rows: rows.map((r) => r.split(',')) });
const MONTHLY = 'month,us_exports_to_china_musd,us_imports_from_china_musd,balance_musd';

test('each layout is recognised by its header, whatever the file is called', () => {
  assert.equal(formatOfHeader(MONTHLY.split(',')), 'monthly-trade');
  assert.equal(formatOfHeader('year,us_exports_to_china_musd,us_imports_from_china_musd,balance_musd,fetched_vintage'.split(',')), 'annual-trade');
  assert.equal(formatOfHeader('month,hs6,hs4,us_exports_to_china_usd,qty1'.split(',')), 'product-exports');
  assert.equal(formatOfHeader('hs4_o,description,low_catagory,high_catagory,hs4'.split(',')), 'concordance');
  assert.equal(formatOfHeader('category,additional_over_2017_baseline_2020_usd_bn,source'.split(',')), 'commitments');
  assert.equal(formatOfHeader('month,con_val_usd,cal_dut_usd'.split(',')), undefined);
  assert.equal(formatOfHeader('month,us_exports_to_atlantis_musd,us_imports_from_atlantis_musd'.split(',')), undefined);
});

test('monthly trade: gaps stay gaps, estimates keep their mark, a later vintage becomes a revision series', () => {
  const parsed = parseMonthlyTrade(
    'm.csv',
    table(
      `${MONTHLY},exports_source,imports_source,exports_musd_vintage_2026-06,imports_musd_vintage_2026-06,balance_musd_vintage_2026-06`,
      '2021-01,100.5,300.0,-199.5,census,haver,101.0,299.0,-198.0',
      '2021-02,,310.0,,MISSING,haver,,,',
      '2021-03,90.0,280.0,-190.0,hs6_sum_approx(-0.7%),haver,,,',
    ),
  );
  assert.deepEqual(parsed.problems, []);
  const [main, revision] = parsed.value;
  assert.equal(main!.partner, 'CN');
  assert.deepEqual(main!.months[0], { month: '2021-01', exports: { usd: 100_500_000, source: 'census' }, imports: { usd: 300_000_000, source: 'haver' } });
  assert.equal(main!.months[1]!.exports, undefined, 'a blank export cell is a gap, not a zero');
  assert.equal(main!.months[2]!.exports!.approximate, 'hs6_sum_approx(-0.7%)');
  assert.equal(revision!.vintage, '2026-06');
  assert.deepEqual(revision!.months.map((m) => m.month), ['2021-01']);
});

test('monthly trade: a bad month, a repeated month, a negative flow or a balance that is not exports minus imports leaves the row out', () => {
  const parsed = parseMonthlyTrade(
    'm.csv',
    table(MONTHLY, '2021-13,1,2,-1', '2021-01,1,2,-1', '2021-01,1,2,-1', '2021-02,-1,2,-3', '2021-03,10.0,20.0,-12.0', '2021-04,x,2,', '2021-05,10.0,20.0,-10.1'),
  );
  assert.deepEqual(
    parsed.problems.map((p) => p.record),
    [0, 2, 3, 4, 5],
  );
  assert.match(parsed.problems[4]!.reason, /exports 'x' is not a number/);
  assert.deepEqual(parsed.value[0]!.months.map((m) => m.month), ['2021-01', '2021-05'], 'a balance off by rounding only is kept');
});

test('annual totals: the newest year of each fetch is marked, a publisher\'s date is read from its source text', () => {
  const fetched = parseAnnualTrade(
    'a.csv',
    table('year,us_exports_to_china_musd,us_imports_from_china_musd,balance_musd,fetched_vintage', '2025,90,280,-190,2026-02-19', '2024,140,430,-290,2026-02-19', '2026,8,21,-13,2026-03-23', '2025,100,300,-200,2026-03-23'),
  );
  assert.deepEqual(
    fetched.value.map((t) => [t.year, t.vintage, t.newestOfFetch]),
    [
      [2025, '2026-02-19', true],
      [2024, '2026-02-19', false],
      [2026, '2026-03-23', true],
      [2025, '2026-03-23', false],
    ],
  );
  const sourced = parseAnnualTrade(
    'b.csv',
    { header: 'year,us_exports_to_china_musd,us_imports_from_china_musd,balance_musd,source,vintage_note'.split(','), rows: [['2020', '124500', '', '-310800', 'Census via a newspaper (2021-02-05)', 'imports implied']] },
  );
  assert.deepEqual(sourced.problems, []);
  const [t] = sourced.value;
  assert.equal(t!.importsUsd, undefined);
  assert.equal(t!.balanceUsd, -310_800_000_000);
  assert.equal(t!.vintage, '2021-02-05');
  assert.equal(t!.note, 'imports implied');
  assert.equal(t!.newestOfFetch, false);
});

test('product exports: HS4-only lines are kept, codes are checked, categories are kept as given', () => {
  const parsed = parseProductExports(
    'x.csv',
    table(
      'month,hs6,hs4,us_exports_to_china_usd,qty1,qty1_unit,phase_one_low_category,phase_one_high_category',
      '2020-01,120190,1201,1000,5,T,Oilseeds,Agriculture',
      '2020-01,120190,1201,500,2,T,Oilseeds,Agriculture',
      '2021-02,,2711,70,,,Liquefied natural gas,Energy',
      '2020-01,12019,1201,5,0,-,Oilseeds,Agriculture',
      '2020-01,130190,1201,5,0,-,,not in aggreement',
      '2020-01,120190,1201,-5,0,-,Oilseeds,Agriculture',
    ),
  );
  assert.equal(parsed.value.partner, 'CN');
  assert.equal(parsed.value.lines.length, 3, 'two lines of one month and code are two records');
  assert.deepEqual(parsed.value.lines[2], { month: '2021-02', hs4: '2711', usd: 70, givenGroup: 'Energy', givenCategory: 'Liquefied natural gas' });
  assert.deepEqual(
    parsed.problems.map((p) => p.reason),
    ["hs6 '12019' is not six digits", 'hs6 130190 is not in hs4 1201', "value '-5' is not an amount of dollars"],
  );
});

test('concordance: codes of 4 to 10 digits, each once', () => {
  const parsed = parseConcordance('c.csv', table('hs4_o,description,low_catagory,high_catagory,hs4', '1201,Soybeans,Oilseeds,2. Agriculture,1201', '271111,LNG,Liquefied natural gas,3. Energy,2711', '1201,again,Oilseeds,2. Agriculture,1201', '12,short,Cereals,2. Agriculture,12'));
  assert.deepEqual(parsed.value, [
    { code: '1201', group: '2. Agriculture', category: 'Oilseeds' },
    { code: '271111', group: '3. Energy', category: 'Liquefied natural gas' },
  ]);
  assert.equal(parsed.problems.length, 2);
});

test('commitments: one per category and year, "same" repeats the source above, a total that does not add up is reported', () => {
  const header = 'category,additional_over_2017_baseline_2020_usd_bn,additional_over_2017_baseline_2021_usd_bn,source';
  const parsed = parseCommitments('p.csv', table(header, 'manufactured goods,32.9,44.8,Art. 6.2', 'energy products,18.5,33.9,same', 'total,51.4,78.8,sum'));
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(parsed.value[2], { group: 'energy products', baselineYear: 2017, year: 2020, additionalUsd: 18_500_000_000, source: 'Art. 6.2' });
  assert.equal(parsed.value.length, 4, 'the total row is a check, not a category');
  const wrong = parseCommitments('p.csv', table(header, 'manufactured goods,32.9,44.8,Art. 6.2', 'total,40,44.8,sum'));
  assert.match(wrong.problems[0]!.reason, /total for 2020 is 40 bn but the categories add up to 32.9 bn/);
});

test('property: months and amounts are read exactly or refused, never guessed', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1900, max: 9999 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
      const text = `${y}-${String(m).padStart(2, '0')}`;
      assert.equal(parseMonth(text), text);
      assert.equal(parseMonth(`${text}-01`), text);
    }),
  );
  fc.assert(fc.property(fc.string(), (s) => assert.ok(parseMonth(s) === undefined || /^\d{4}-\d{2}$/.test(parseMonth(s)!))));
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 99_999_999 }), (tenths) => {
      // A figure in millions with one decimal is a whole number of dollars.
      const text = `${Math.floor(tenths / 10)}.${tenths % 10}`;
      assert.equal(parseScaledUsd(text, 1_000_000), tenths * 100_000);
    }),
  );
  fc.assert(fc.property(fc.string(), (s) => {
    const usd = parseScaledUsd(s, 1);
    assert.ok(usd === undefined || usd === null || Number.isSafeInteger(usd));
  }));
  for (const gap of ['', 'nan', 'NA']) assert.equal(parseScaledUsd(gap, 1), undefined);
});

test('property: every well-formed monthly row is read with its figures exact; a blank cell never becomes a figure', () => {
  const cell = fc.option(fc.integer({ min: 0, max: 9_999_999 }), { nil: undefined });
  const rows = fc.uniqueArray(fc.record({ month: fc.integer({ min: 0, max: 600 }), exports: cell, imports: cell }), { selector: (r) => r.month, maxLength: 40 });
  fc.assert(
    fc.property(rows, (generated) => {
      const monthOf = (i: number) => `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;
      const text = (tenths: number | undefined) => (tenths === undefined ? '' : (tenths / 10).toFixed(1));
      const parsed = parseMonthlyTrade('g.csv', {
        header: MONTHLY.split(','),
        rows: generated.map((r) => [monthOf(r.month), text(r.exports), text(r.imports), '']),
      });
      assert.deepEqual(parsed.problems, []);
      const byMonth = new Map(parsed.value[0]!.months.map((m) => [m.month, m]));
      for (const r of generated) {
        const m = byMonth.get(monthOf(r.month));
        assert.equal(m?.exports?.usd, r.exports === undefined ? undefined : r.exports * 100_000);
        assert.equal(m?.imports?.usd, r.imports === undefined ? undefined : r.imports * 100_000);
      }
    }),
  );
});

test('property: annual totals are read exactly, and the newest year of each fetch is the one marked', () => {
  const row = fc.record({ year: fc.integer({ min: 2000, max: 2030 }), fetch: fc.constantFrom('2026-02-19', '2026-03-23', '2026-06-17'), exports: fc.integer({ min: 0, max: 9_999_999 }) });
  fc.assert(
    fc.property(fc.uniqueArray(row, { selector: (r) => `${r.year} ${r.fetch}`, maxLength: 30 }), (rows) => {
      const parsed = parseAnnualTrade('a.csv', {
        header: 'year,us_exports_to_china_musd,us_imports_from_china_musd,balance_musd,fetched_vintage'.split(','),
        rows: rows.map((r) => [String(r.year), (r.exports / 10).toFixed(1), '', '', r.fetch]),
      });
      assert.deepEqual(parsed.problems, []);
      parsed.value.forEach((t, i) => {
        const newest = Math.max(...rows.filter((r) => r.fetch === rows[i]!.fetch).map((r) => r.year));
        assert.equal(t.exportsUsd, rows[i]!.exports * 100_000);
        assert.equal(t.newestOfFetch, t.year === newest);
      });
    }),
  );
});

test('property: product export lines are read exactly, one record each, whatever repeats', () => {
  const line = fc.record({ hs6: fc.integer({ min: 10_000, max: 999_999 }), usd: fc.integer({ min: 0, max: 2 ** 40 }), month: fc.integer({ min: 1, max: 12 }) });
  fc.assert(
    fc.property(fc.array(line, { maxLength: 40 }), (lines) => {
      const rows = lines.map((l) => {
        const hs6 = String(l.hs6).padStart(6, '0');
        return [`2020-${String(l.month).padStart(2, '0')}`, hs6, hs6.slice(0, 4), String(l.usd), '', '', '', ''];
      });
      const parsed = parseProductExports('x.csv', { header: 'month,hs6,hs4,us_exports_to_china_usd,qty1,qty1_unit,phase_one_low_category,phase_one_high_category'.split(','), rows });
      assert.deepEqual(parsed.problems, []);
      assert.deepEqual(parsed.value.lines.map((l) => [l.hs6, l.usd]), rows.map((r) => [r[1], Number(r[3])]));
    }),
  );
});

test('property: concordance codes and commitments are read exactly; a total that adds up is accepted', () => {
  fc.assert(
    fc.property(fc.uniqueArray(fc.integer({ min: 1000, max: 9_999_999_999 }), { maxLength: 30 }), (codes) => {
      const rows = codes.map((c) => [String(c), 'd', 'Cereals', '2. Agriculture', String(c).slice(0, 4)]);
      const parsed = parseConcordance('c.csv', { header: 'hs4_o,description,low_catagory,high_catagory,hs4'.split(','), rows });
      assert.deepEqual(parsed.value.map((c) => c.code), codes.map(String));
    }),
  );
  fc.assert(
    fc.property(fc.uniqueArray(fc.record({ name: fc.stringMatching(/^[a-z]{3,12}$/), tenths: fc.integer({ min: 0, max: 9999 }) }), { selector: (r) => r.name, minLength: 1, maxLength: 8 }), (groups) => {
      const named = groups.filter((g) => g.name !== 'total');
      const total = named.reduce((s, g) => s + g.tenths, 0);
      const rows = [...named.map((g) => [g.name, (g.tenths / 10).toFixed(1), 'Art. 6.2']), ['total', (total / 10).toFixed(1), 'sum']];
      const parsed = parseCommitments('p.csv', { header: ['category', 'additional_over_2017_baseline_2020_usd_bn', 'source'], rows });
      assert.deepEqual(parsed.problems, []);
      assert.deepEqual(parsed.value.map((r) => r.additionalUsd), named.map((g) => g.tenths * 100_000_000));
    }),
  );
});
