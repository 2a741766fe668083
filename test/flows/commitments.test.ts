import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CommitmentData, ConcordanceCode } from '../../src/model/trade.js';
import { loadCommitmentData } from '../../src/ingest/trade/load.js';
import { AGREEMENTS, groupOfLabel } from '../../src/flows/agreements.js';
import { tradeCommitments } from '../../src/flows/commitments.js';
import { concordanceClassifier } from '../../src/flows/concordance.js';
import type { CommitmentsReport } from '../../src/flows/commitments-types.js';
import { dataPath } from '../helpers/data.js';

const phaseOne = AGREEMENTS.find((a) => a.id === 'phase-one')!;
let shared: CommitmentData;
let report: CommitmentsReport;
before(async () => {
  shared = (await loadCommitmentData(dataPath('trade'))).data;
  report = tradeCommitments(shared, { agreement: phaseOne, monthly: true });
});

const row = (year: number, group: string) => report.rows.find((r) => r.year === year && r.group === group)!;
const bn2 = (usd: number | undefined) => Number((usd! / 1e9).toFixed(2));

test('2017 covered exports, the baseline: 50.15 manufactures, 20.97 agriculture, 7.65 energy ($bn)', () => {
  assert.equal(report.baselineYear, 2017);
  assert.deepEqual(['manufactures', 'agriculture', 'energy'].map((g) => bn2(row(2020, g).baselineUsd)), [50.15, 20.97, 7.65]);
  assert.equal(bn2(row(2020, 'goods').baselineUsd), 78.77);
});

test('targets are the baseline plus the increase of Art. 6.2: 142.7 for covered goods in 2020', () => {
  assert.equal(bn2(row(2020, 'goods').committedIncreaseUsd), 63.9);
  assert.equal(Number((row(2020, 'goods').targetUsd! / 1e9).toFixed(1)), 142.7);
  assert.equal(bn2(row(2021, 'energy').targetUsd), 41.55);
});

test('2020 purchases are within 1% of the 88.4 the trackers report, with basis and concordance named', () => {
  const total = row(2020, 'goods').actualUsd! / 1e9;
  assert.ok(Math.abs(total / 88.4 - 1) < 0.01, `2020 covered exports ${total.toFixed(2)} bn`);
  assert.deepEqual(['manufactures', 'agriculture', 'energy'].map((g) => bn2(row(2020, g).actualUsd)), [52.18, 27.34, 9.74]);
  assert.equal(Number(row(2020, 'goods').shareOfTarget!.toFixed(3)), 0.626);
  assert.match(report.basis, /^US export statistics: US exports to CN by HS6 and month \(phase-one-2020-2021\//);
  assert.match(report.concordance, /phase-one\/waugh_annex_6_1_hs4_categories\.csv \(536 codes/);
  assert.match(report.concordance, /the file assigns the same groups/);
});

test('where the data stops: 2021 is January-February only, and said so', () => {
  assert.equal(report.dataEnds, '2021-02');
  assert.equal(row(2021, 'goods').monthsOfData, 2);
  assert.deepEqual(row(2021, 'goods').notes, ['to date: 2021-01..2021-02 only']);
  assert.match(report.notes.join('\n'), /the export data ends 2021-02: 2021 is to date only/);
  assert.match(report.notes.join('\n'), /2021-02 is given at HS4 only/);
  assert.equal(report.path!.filter((p) => p.group === 'goods' && p.month.startsWith('2021')).length, 2);
});

test('services keep their commitment and get no actual figure: goods statistics do not measure them', () => {
  const services = row(2020, 'services');
  assert.equal(bn2(services.committedIncreaseUsd), 12.8);
  assert.equal(services.actualUsd, undefined);
  assert.equal(services.shareOfTarget, undefined);
});

test('the monthly path accumulates to the year\'s actual figure', () => {
  const december = report.path!.find((p) => p.month === '2020-12' && p.group === 'agriculture')!;
  assert.equal(december.cumulativeUsd, row(2020, 'agriculture').actualUsd);
  assert.equal(december.cumulativeShare, row(2020, 'agriculture').shareOfTarget);
});

test('without the concordance file the categories the export file assigns give the same totals', () => {
  const { concordance: _, ...withoutConcordance } = shared;
  const given = tradeCommitments(withoutConcordance, { agreement: phaseOne });
  for (const r of report.rows) {
    const other = given.rows.find((g) => g.year === r.year && g.group === r.group)!;
    assert.equal(other.actualUsd, r.actualUsd, `${r.year} ${r.group}`);
  }
  assert.match(given.concordance, /^the categories the export file assigns/);
});

test('labels of the files name the agreement\'s groups however they are written', () => {
  const cases: [string, string | undefined][] = [
    ['1. Manufactured Goods', 'manufactures'],
    ['manufactured goods', 'manufactures'],
    ['2. Agriculture', 'agriculture'],
    ['agricultural goods', 'agriculture'],
    ['energy products', 'energy'],
    ['services', 'services'],
    ['not in aggreement', 'uncovered'],
    ['aircraft', undefined],
  ];
  for (const [label, group] of cases) assert.equal(groupOfLabel(phaseOne, label), group, label);
});

test('concordance: the most specific code containing a line wins; a finer code classifies its whole HS6; a split heading given at HS4 keeps the file\'s category', () => {
  const codes: ConcordanceCode[] = [
    { code: '2905', group: 'manufactures', category: 'Other manufactured goods' },
    { code: '290511', group: 'energy', category: 'Refined products' },
    { code: '271012250', group: 'energy', category: 'Refined products' },
    { code: '1201', group: 'agriculture', category: 'Oilseeds' },
  ];
  const classify = concordanceClassifier(codes);
  assert.equal(classify({ month: '2020-01', hs6: '290511', usd: 1 })?.category, 'Refined products');
  assert.equal(classify({ month: '2020-01', hs6: '290512', usd: 1 })?.category, 'Other manufactured goods');
  assert.equal(classify({ month: '2020-01', hs6: '271012', usd: 1 })?.category, 'Refined products');
  assert.equal(classify({ month: '2020-01', hs6: '271019', usd: 1 }), undefined);
  assert.equal(classify({ month: '2021-02', hs4: '1201', usd: 1 })?.by, 'concordance');
  assert.deepEqual(classify({ month: '2021-02', hs4: '2905', usd: 1, givenGroup: 'Energy', givenCategory: 'Refined products' }), { group: 'Energy', category: 'Refined products', by: 'given' });
});

test('property: every dollar of the export lines is counted once, covered or not', () => {
  const line = fc.record({
    month: fc.constantFrom('2017-01', '2017-06', '2020-03', '2021-01'),
    hs6: fc.constantFrom('120190', '290511', '290512', '850440', '271012'),
    usd: fc.integer({ min: 0, max: 1e9 }),
  });
  fc.assert(
    fc.property(fc.array(line, { maxLength: 50 }), (lines) => {
      const data: CommitmentData = {
        exports: { file: 'x', partner: 'CN', lines },
        concordance: { file: 'c', codes: [{ code: '1201', group: 'Agriculture', category: 'Oilseeds' }, { code: '290511', group: 'Energy', category: 'Refined products' }] },
        commitments: { file: 'p', rows: [{ group: 'energy products', baselineYear: 2017, year: 2020, additionalUsd: 1e9, source: 's' }] },
      };
      const r = tradeCommitments(data, { agreement: phaseOne });
      const covered = r.rows.find((x) => x.group === 'goods')!;
      const uncovered = r.rows.find((x) => x.group === 'uncovered')!;
      const sum = (year: string) => lines.filter((l) => l.month.startsWith(year)).reduce((s, l) => s + l.usd, 0);
      assert.equal((covered.baselineUsd ?? 0) + (uncovered.baselineUsd ?? 0), sum('2017'));
      assert.equal((covered.actualUsd ?? 0) + (uncovered.actualUsd ?? 0), sum('2020'));
    }),
  );
});

test('the gap to the tracker\'s 88.4 is November 2020 energy, which its monthly series lacks', async () => {
  const { parse } = await import('csv-parse/sync');
  const { readFileSync } = await import('node:fs');
  const read = (file: string) => parse(readFileSync(dataPath('trade', 'phase-one', file), 'utf8'), { columns: true }) as Record<string, string>[];
  const trackerMonth = read('waugh_phase_one_us_exports_monthly_2013_2020.csv').find((r) => r.month === '2020-11' && r.subcategory === '3. Energy')!;
  assert.equal(trackerMonth.us_exports_to_china_usd, 'nan');
  const ours = report.path!.find((p) => p.month === '2020-11' && p.group === 'energy')!.usd;
  const tracker = read('waugh_phaseone_goals.csv').find((r) => r.high_catagory === '3. Energy')!;
  assert.ok(Math.abs(row(2020, 'energy').actualUsd! - Number(tracker['2020 Values']) - ours) < 1e6, 'our 2020 energy is the tracker\'s plus November');
  assert.equal(Number((ours / 1e9).toFixed(2)), 0.94);
});

test('property: a group label reads the same whatever its numbering and case', () => {
  fc.assert(
    fc.property(fc.constantFrom('Manufactured Goods', 'Agriculture', 'Energy', 'services'), fc.nat(9), fc.boolean(), (label, n, upper) => {
      const plain = groupOfLabel(phaseOne, label);
      const written = `${n}. ${upper ? label.toUpperCase() : label.toLowerCase()}`;
      assert.equal(groupOfLabel(phaseOne, written), plain);
      assert.notEqual(plain, undefined);
    }),
  );
});
