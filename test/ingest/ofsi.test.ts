import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import fc from 'fast-check';
import { RejectedFileError } from '../../src/ingest/malformed.js';
import { parseOfsiCsv } from '../../src/ingest/ofsi-csv.js';
import { parseOfsiXlsx } from '../../src/ingest/ofsi-xlsx.js';
import { bufferSource, fileSource } from '../../src/ingest/source.js';
import type { ListEntry } from '../../src/model/list-entry.js';
import type { ParseResult } from '../../src/model/parse-result.js';
import { dataPath } from '../helpers/data.js';
import { consistentRows, ofsiCsv, ofsiRowsArb, ofsiXlsx, OFSI_HEADER, type GenOfsiRow } from '../helpers/eu-uk-lists.js';

const UK = 'lists/uk/ofsi-conlist';
let current: Promise<ParseResult> | undefined;
const currentXlsx = () => (current ??= parseOfsiXlsx(fileSource(dataPath(UK, '2025-04-14', 'ConList.xlsx'))));

function byName(result: ParseResult, name: string): ListEntry {
  const entry = result.entries.find((e) => e.names.some((n) => n.value === name));
  assert.ok(entry, `an entry named ${name}`);
  return entry;
}

test('OFSI ConList.xlsx of 2025-04-14: every group of name rows is one entry', async () => {
  const r = await currentXlsx();
  assert.equal(r.format, 'ofsi-xlsx');
  assert.equal(r.sourceDate, '2025-04-14');
  assert.equal(r.rowsRead, 18798);
  assert.deepEqual(r.malformed, []);
  assert.equal(r.entries.length, 4688);
  const kinds = (k: string) => r.entries.filter((e) => e.kind === k).length;
  assert.deepEqual([kinds('person'), kinds('organization'), kinds('vessel')], [3663, 1010, 15]);
  for (const e of r.entries) {
    assert.equal(e.names[0]!.type, 'primary', e.id);
    assert.equal(e.names.filter((n) => n.type === 'primary').length, 1, e.id);
    assert.deepEqual(e.list, { code: 'OFSI', name: 'UK OFSI Consolidated List of Financial Sanctions Targets' });
    assert.match(e.legal.effectiveDate ?? '', /^\d{4}-\d{2}-\d{2}$/, e.id);
  }
  assert.equal(r.entries.filter((e) => e.identifiers.some((i) => i.type === 'uk_sanctions_ref')).length, 4685);

  const haq = r.entries.find((e) => e.id === '15672')!;
  assert.deepEqual(haq.names.map((n) => [n.value, n.type]), [
    ['Mian Abdul HAQ', 'primary'],
    ['Mian MITHOO', 'aka'],
    ['Mian MITHU', 'aka'],
    ['Mian MITTO', 'aka'],
    ['Mian MITTU', 'aka'],
  ]);
  assert.deepEqual(haq.nationalities, ['PK']);
  assert.deepEqual(haq.programs, ['Global Human Rights']);
  assert.equal(haq.legal.effectiveDate, '2022-12-09');
  assert.deepEqual(haq.identifiers, [{ type: 'uk_sanctions_ref', value: 'GHR0086', label: 'UK Sanctions List Ref' }]);

  const ship = byName(r, 'SAM JONG 2');
  assert.equal(ship.kind, 'vessel');
  assert.ok(ship.identifiers.some((i) => i.type === 'imo' && i.value === '7408873'));
  assert.deepEqual(ship.vessel, { flag: 'North Korea', vesselType: 'Oil tanker', tonnage: '1676', owner: 'Korea Samjong Shipping' });
});

test('OFSI names in their original scripts are kept as written, with their script', async () => {
  const r = await currentXlsx();
  const abakarov = byName(r, 'Khizri Magomedovich ABAKAROV');
  assert.deepEqual(abakarov.names.find((n) => n.script === 'cyrillic'), { value: 'Хизри Магомедович Абакаров', type: 'aka', script: 'cyrillic' });
  const abbasi = byName(r, 'Fereydoon ABBASI-DAVANI');
  assert.ok(abbasi.names.some((n) => n.value === 'فریدون عباسی دوانی' && n.script === 'arabic'));
  // An entity whose listed name itself is in Arabic script.
  assert.equal(byName(r, 'شركة صروح العقارية').kind, 'organization');
  const scripts = new Set(r.entries.flatMap((e) => e.names.map((n) => n.script)));
  for (const s of ['cyrillic', 'arabic', 'han', 'hangul', 'hebrew', 'greek']) assert.ok(scripts.has(s as never), s);
  assert.ok(r.entries.filter((e) => e.names.some((n) => n.script === 'cyrillic')).length > 1000);
});

test('OFSI ConList.csv gives the same entries as the workbook it was written from', async () => {
  const csv = await parseOfsiCsv(fileSource(dataPath(UK, '2025-04-14', 'ConList.derived.csv.gz')));
  assert.equal(csv.format, 'ofsi-csv');
  assert.equal(csv.sourceDate, '2025-04-14');
  assert.deepEqual(csv.malformed, []);
  assert.deepEqual(csv.entries, (await currentXlsx()).entries);
});

test('older OFSI layouts: 2022 workbook, 2020 CSV with "Prime Alias" and "NI Details"', async () => {
  const old = await parseOfsiXlsx(fileSource(dataPath(UK, '2022-05-04', 'ConList.xlsx')));
  assert.equal(old.entries.length, 3430);
  assert.equal(old.sourceDate, '2022-05-04');
  const sample = await parseOfsiCsv(fileSource(dataPath(UK, '2020-04-27-sample', 'ConList.sample.csv')));
  assert.equal(sample.sourceDate, '2020-04-27');
  assert.equal(sample.entries.length, 6);
  const hojati = sample.entries.find((e) => e.id === '9053')!;
  assert.deepEqual(hojati.names, [
    { value: 'Mohsen HOJATI', type: 'primary', script: 'latin' },
    { value: 'محسن حجتی', type: 'aka', script: 'arabic' },
  ]);
  assert.deepEqual(hojati.birthDates, [{ year: 1955, month: 9, day: 28, text: '28/09/1955' }]);
  // One row per date of birth; unknown parts are written 00.
  const hubarieva = sample.entries.find((e) => e.id === '13063')!;
  assert.deepEqual(hubarieva.birthDates, [
    { year: 1983, month: 7, day: 5, text: '05/07/1983' },
    { year: 1983, text: '10/00/1983' },
    { year: 1984, month: 4, text: '00/04/1984' },
  ]);
});

test('a cut OFSI workbook or CSV is refused, not read as a shorter list', async () => {
  const xlsx = readFileSync(dataPath(UK, '2025-04-10', 'ConList.xlsx'));
  await assert.rejects(parseOfsiXlsx(bufferSource('ConList.xlsx', xlsx.subarray(0, xlsx.length - 1000))), (e: Error) => e instanceof RejectedFileError && /not a readable \.xlsx workbook/.test(e.message));
  const csv = gunzipSync(readFileSync(dataPath(UK, '2025-04-14', 'ConList.derived.csv.gz')));
  const cut = csv.subarray(0, csv.indexOf('\r\n', 5_000_000) - 10);
  await assert.rejects(parseOfsiCsv(bufferSource('ConList.csv', cut)), /ends in the middle of line \d+, a truncated file/);
});

test('rows the CSV reader cannot map are reported with file and line', async () => {
  const rows: GenOfsiRow[] = [
    { groupId: '1', groupType: 'Individual', given: 'Ali', surname: 'HASSAN', nonLatin: '', aliasType: 'Primary name', aliasQuality: '', dob: '', regime: 'Iran', listedOn: '01/02/2020', otherInformation: '' },
    { groupId: '', groupType: 'Individual', given: 'No', surname: 'GROUP', nonLatin: '', aliasType: 'AKA', aliasQuality: '', dob: '', regime: 'Iran', listedOn: '01/02/2020', otherInformation: '' },
  ];
  const text = `${ofsiCsv(rows)}SHORT,row\r\n`;
  const r = await parseOfsiCsv(bufferSource('ConList.csv', text), { maxMalformedShare: 1 });
  assert.deepEqual(r.malformed, [
    { file: 'ConList.csv', line: 4, reason: 'no Group ID' },
    { file: 'ConList.csv', line: 5, reason: `expected ${OFSI_HEADER.length} columns, found 2` },
  ]);
  assert.equal(r.entries.length, 1);
  await assert.rejects(parseOfsiCsv(bufferSource('ConList.csv', text)), /2 of 3 rows are malformed/);
  await assert.rejects(parseOfsiCsv(bufferSource('x.csv', 'a,b\r\n1,2\r\n')), /not an OFSI Consolidated List: line 1 is not its header/);
});

function isoOf(ukDate: string): string {
  const [d, m, y] = ukDate.split('/');
  return `${y}-${m}-${d}`;
}

/** What the parser must make of generated rows, worked out from the rows alone. */
function expected(rows: readonly GenOfsiRow[]) {
  const groups = new Map<string, GenOfsiRow[]>();
  for (const row of rows) (groups.get(row.groupId) ?? groups.set(row.groupId, []).get(row.groupId)!).push(row);
  return [...groups.values()].map((group) => {
    const typeOf = (r: GenOfsiRow) => (r.aliasType === 'Primary name' ? 'primary' : r.aliasType === 'FKA' ? 'fka' : r.aliasQuality === 'Low quality' ? 'weak' : 'aka');
    const raw = group.flatMap((r) => {
      const type = typeOf(r);
      const out = [{ value: [r.given, r.surname].filter(Boolean).join(' '), type }];
      if (r.nonLatin) out.push({ value: r.nonLatin, type: type === 'primary' ? 'aka' : type });
      return out;
    });
    const first = raw.find((n) => n.type === 'primary') ?? raw.find((n) => n.type !== 'weak') ?? raw[0]!;
    const names = [{ value: first.value, type: 'primary' }];
    for (const n of raw) if (!names.some((m) => m.value === n.value)) names.push({ value: n.value, type: n.type === 'primary' ? 'aka' : n.type });
    const birthDates: { year: number; month?: number; day?: number; text: string }[] = [];
    for (const { dob } of group) {
      if (!dob) continue;
      const [d, m, y] = dob.includes('/') ? dob.split('/').map(Number) : [undefined, undefined, Number(dob)];
      const date = d === undefined ? { year: y!, text: dob } : { year: y!, month: m!, day: d, text: dob };
      if (!birthDates.some((b) => b.year === date.year && b.month === (date as { month?: number }).month && b.day === (date as { day?: number }).day)) birthDates.push(date);
    }
    return {
      id: group[0]!.groupId,
      kind: { Individual: 'person', Entity: 'organization', Ship: 'vessel' }[group[0]!.groupType],
      names,
      programs: [...new Set(group.map((r) => r.regime))],
      effectiveDate: group.map((r) => isoOf(r.listedOn)).sort()[0],
      birthDates,
      identifiers: [{ type: 'uk_sanctions_ref', value: 'RUS0001', label: 'UK Sanctions List Ref' }],
    };
  });
}

function compared(e: ListEntry) {
  return {
    id: e.id,
    kind: e.kind,
    names: e.names.map((n) => ({ value: n.value, type: n.type })),
    programs: e.programs,
    effectiveDate: e.legal.effectiveDate,
    birthDates: e.birthDates,
    identifiers: e.identifiers,
  };
}

const rowsArb = ofsiRowsArb.map(consistentRows);
const cutArb = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }).map((fraction) => ({ fraction })), fc.nat().map((row) => ({ row })));

test('property: generated OFSI rows read back as their groups, from CSV and from xlsx alike', async () => {
  await fc.assert(
    fc.asyncProperty(rowsArb, async (rows) => {
      const fromCsv = await parseOfsiCsv(bufferSource('ConList.csv', ofsiCsv(rows)));
      assert.deepEqual(fromCsv.entries.map(compared), expected(rows));
      assert.equal(fromCsv.sourceDate, '2025-04-14');
      const fromXlsx = await parseOfsiXlsx(bufferSource('ConList.xlsx', ofsiXlsx(rows)));
      assert.deepEqual(fromXlsx.entries, fromCsv.entries);
    }),
    { numRuns: 25 },
  );
});

test('property: an OFSI CSV cut at any byte is refused, or holds exactly the rows before the cut', async () => {
  await fc.assert(
    fc.asyncProperty(rowsArb, cutArb, async (rows, at) => {
      const bytes = Buffer.from(ofsiCsv(rows), 'utf8');
      const ends = rows.map((_, k) => Buffer.byteLength(ofsiCsv(rows.slice(0, k + 1))));
      // Half the cuts fall just after a row, where a shorter file is still a well-formed one.
      const cut = 'row' in at ? ends[at.row % ends.length]! : Math.floor(at.fraction * bytes.length);
      const complete = ends.indexOf(cut);
      const parsed = parseOfsiCsv(bufferSource('cut.csv', bytes.subarray(0, cut)));
      if (complete < 0) await assert.rejects(parsed, RejectedFileError);
      else assert.deepEqual((await parsed).entries.map(compared), expected(rows.slice(0, complete + 1)));
    }),
    { numRuns: 80 },
  );
});

test('property: an OFSI workbook cut at any byte is refused', async () => {
  await fc.assert(
    fc.asyncProperty(rowsArb, fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), async (rows, at) => {
      const bytes = ofsiXlsx(rows);
      await assert.rejects(parseOfsiXlsx(bufferSource('cut.xlsx', bytes.subarray(0, Math.floor(at * bytes.length)))), RejectedFileError);
    }),
    { numRuns: 20 },
  );
});

test('property: a damaged OFSI workbook is read or refused as a whole, never failing otherwise', async () => {
  await fc.assert(
    fc.asyncProperty(rowsArb, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), async (rows, flips) => {
      const bytes = Buffer.from(ofsiXlsx(rows));
      for (const [at, value] of flips) bytes[Math.floor(at * bytes.length)] = value;
      await parseOfsiXlsx(bufferSource('damaged.xlsx', bytes)).catch((e: unknown) => assert.ok(e instanceof RejectedFileError, String(e)));
    }),
    { numRuns: 20 },
  );
});
