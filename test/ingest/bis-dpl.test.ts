import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { dplId, parseBisDpl, splitFederalRegister } from '../../src/ingest/bis-dpl.js';
import { RejectedFileError } from '../../src/ingest/malformed.js';
import { bufferSource, fileSource } from '../../src/ingest/source.js';
import type { ListEntry } from '../../src/model/list-entry.js';
import type { ParseResult } from '../../src/model/parse-result.js';
import { dataPath, repoRoot } from '../helpers/data.js';

const fixture = (name: string) => join(repoRoot, 'test', 'fixtures', 'bis-dpl', name);
const HEADER = '"Name"\t"Street_Address"\t"City"\t"State"\t"Country"\t"Postal_Code"\t"Effective_Date"\t"Expiration_Date"\t"Standard_Order"\t"Last_Update"\t"Action"\t"FR_Citation"';
const row = (...fields: string[]) => fields.map((f) => `"${f}"`).join('\t');

function named(result: ParseResult, name: string): ListEntry[] {
  return result.entries.filter((e) => e.names[0]!.value === name);
}

const cache = new Map<string, Promise<ParseResult>>();
function real(version: '2019-06-29' | '2022-09-07'): Promise<ParseResult> {
  let p = cache.get(version);
  if (!p) {
    p = parseBisDpl(fileSource(dataPath('lists', 'bis-dpl', version, 'dpl.txt')));
    cache.set(version, p);
  }
  return p;
}

test('real DPL 2019-06-29: every data row is an entry', async () => {
  const r = await real('2019-06-29');
  // `wc -l` says 546: the header plus 546 rows, the last without a final newline.
  assert.equal(r.rowsRead, 546);
  assert.equal(r.entries.length, 546);
  assert.deepEqual(r.malformed, []);
  assert.equal(r.format, 'bis-dpl');
  assert.equal(r.sourceDate, undefined, 'the file does not say when it was generated');
  for (const e of r.entries) {
    assert.equal(e.kind, 'unknown');
    assert.deepEqual(e.list, { code: 'DPL', name: 'Denied Persons List' });
    assert.match(e.id, /^dpl:[0-9a-f]{16}(-\d+)?$/);
    assert.match(e.legal.effectiveDate ?? '', /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(e.names.length, 1);
    assert.equal(e.names[0]!.value, e.names[0]!.value.trim());
  }
  assert.equal(new Set(r.entries.map((e) => e.id)).size, 546);
  // Three rows are published twice, identical: the second copy gets "-2".
  assert.deepEqual(
    r.entries.filter((e) => e.id.endsWith('-2')).map((e) => e.names[0]!.value),
    ['DAQING ZHOU', 'DAVOUD BANIAMERI', 'NEI-CHIEN CHU'],
  );
  assert.equal(r.entries.filter((e) => e.legal.standardOrder === false).length, 7);
  assert.equal(r.entries.filter((e) => e.legal.expiryDate === undefined).length, 53);
});

test('real DPL 2019-06-29: spot checks', async () => {
  const r = await real('2019-06-29');
  const [adrian] = named(r, 'ADRIAN MANUEL HERNANDEZ');
  assert.ok(adrian, 'the leading space of " ADRIAN MANUEL HERNANDEZ" is trimmed');
  assert.deepEqual(adrian.addresses, [{ street: '3037 S. 69TH DRIVE', city: 'PHONEIX', region: 'AZ', postalCode: '85043', country: 'US' }]);
  assert.deepEqual(adrian.legal, {
    effectiveDate: '2017-10-16',
    expiryDate: '2020-10-13',
    standardOrder: true,
    lastAction: 'FR NOTICE ADDED',
    federalRegister: ['82 F.R. 48792 10/20/2017'],
  });
  assert.equal(adrian.remarks, 'Last update: 2017-10-23');
  assert.deepEqual(adrian.countries, ['US']);

  const [ash] = named(r, 'I. ASH');
  assert.ok(ash);
  assert.deepEqual(ash.legal.federalRegister, ['68 F.R. 38290 6/27/03', '71 F.R. 38843 7/10/06', '72 F.R. 4236 1/30/07']);
  assert.equal(ash.legal.expiryDate, '2056-06-29');

  const zarek = named(r, 'MITA ZAREK');
  assert.equal(zarek.length, 4, 'one entry per published address');
  // Nicosia addresses carry "CY" in the State column: not a US state, so no country is assumed.
  assert.deepEqual(
    zarek.map((e) => [e.addresses[0]!.region, e.addresses[0]!.country ?? null]),
    [
      ['CY', null],
      ['NC', 'US'],
      ['CY', null],
      ['CY', null],
    ],
  );
});

test('real DPL 2022-09-07: counts and spot checks', async () => {
  const r = await real('2022-09-07');
  // `wc -l` says 582: the header plus 581 rows.
  assert.equal(r.rowsRead, 581);
  assert.equal(r.entries.length, 581);
  assert.deepEqual(r.malformed, []);
  assert.deepEqual(
    r.entries.filter((e) => e.id.endsWith('-2')).map((e) => e.names[0]!.value),
    ['DAQING ZHOU', 'NEI-CHIEN CHU'],
  );
  const [elashi] = named(r, 'IHSAN MEDHAT "SAMMY" ELASHI').filter((e) => e.addresses[0]!.street === '605 TRAIL LAKE DRIVE');
  assert.ok(elashi, 'doubled quotes in a quoted field are one quote');
  assert.deepEqual(elashi.legal.federalRegister, [
    '67 F.R. 56530 9/4/02',
    '67 F.R. 10890 3/11/02',
    '66 F.R. 47630 9/13/01',
    '71 F.R. 38843 7/10/06',
  ]);
  const [caby] = named(r, 'MARJAN CABY');
  assert.equal(caby!.legal.standardOrder, true, 'a lower-case "y" is yes');
  const [kourani] = named(r, 'ALI KOURANI');
  assert.equal(kourani!.legal.standardOrder, undefined, 'an empty Standard_Order is unknown, not "no"');
  const [s7] = named(r, 'SIBERIAN AIRLINES D/B/A S7 AIRLINES');
  assert.deepEqual(s7!.addresses, [{ street: '633104, NOVOSIBIRSKAYA OBL., G. OB, PROSPEKT MOZZHERINA, D. 10 OFIS 201' }]);
  assert.deepEqual(s7!.countries, []);
  const [smith] = named(r, 'STEPHEN EDWARD SMITH');
  assert.deepEqual(smith!.addresses[0], {
    street: 'INMATE NUMBER: 30819-408, FCI LA TUNA, P.O. Box 3000',
    city: 'ANTHONY',
    region: 'NM',
    postalCode: '88021',
    country: 'US',
  });
  const mahan = named(r, 'MAHAN AIRWAYS')[0]!;
  assert.equal(mahan.legal.federalRegister!.length, 30);
  assert.equal(mahan.legal.federalRegister!.at(-1), '87 30173 5/18/2022', 'a citation missing "F.R." is kept as published');
});

test('real DPL: rows unchanged between versions keep their id', async () => {
  const a = await real('2019-06-29');
  const b = await real('2022-09-07');
  const older = new Map(a.entries.map((e) => [e.id, e]));
  const kept = b.entries.filter((e) => older.has(e.id));
  assert.equal(kept.length, 357);
  for (const e of kept) assert.equal(e.names[0]!.value, older.get(e.id)!.names[0]!.value);
  const [ashA] = named(a, 'I. ASH');
  const [ashB] = named(b, 'I. ASH');
  assert.equal(ashA!.id, ashB!.id);
});

test('the id ignores expiry, action and citations, so an amended order is a change', async () => {
  const before = row('JANE DOE', '1 A ST', 'AUSTIN', 'TX', '', '78701', '01/02/2020', '01/02/2025', 'Y', '2020-01-10', 'FR NOTICE ADDED', '85 F.R. 1 1/10/2020');
  const after = row(' JANE  DOE', '1 A ST', 'AUSTIN', 'TX', 'US', '78701', '01/02/2020', '01/02/2030', 'Y', '2024-12-20', 'EXPIRATION DATE CORRECTED', '85 F.R. 1 1/10/2020 89 F.R. 9 12/20/2024');
  const r1 = await parseBisDpl(bufferSource('v1.txt', `${HEADER}\n${before}\n`));
  const r2 = await parseBisDpl(bufferSource('v2.txt', `${HEADER}\r\n${after}\r\n`));
  assert.equal(r1.entries[0]!.id, r2.entries[0]!.id);
  assert.equal(r1.entries[0]!.id, dplId('JANE DOE', '1 A ST', 'AUSTIN', '78701', '2020-01-02'));
  assert.equal(r2.entries[0]!.legal.expiryDate, '2030-01-02');
  const moved = row('JANE DOE', '2 B ST', 'AUSTIN', 'TX', '', '78701', '01/02/2020', '01/02/2025', 'Y', '2020-01-10', '', '');
  const r3 = await parseBisDpl(bufferSource('v3.txt', `${HEADER}\n${moved}\n`));
  assert.notEqual(r3.entries[0]!.id, r1.entries[0]!.id, 'another address is another row');
});

test('fixture: countries, dates, standard order and citations', async () => {
  const r = await parseBisDpl(fileSource(fixture('quirks.txt')));
  assert.deepEqual(r.malformed, []);
  assert.deepEqual(
    r.entries.map((e) => [e.names[0]!.value, e.addresses[0]!.country ?? null, e.addresses[0]!.region ?? null]),
    [
      ['JANE Q TESTER', 'US', 'IL'],
      ['TEST EXPORTS LTD', null, 'CY'],
      ['JOHN INMATE', 'US', 'NM'],
      ['BEIJING TEST CO', 'CN', null],
      ['DUBAI TEST TRADING', 'AE', null],
      ['DUBAI TEST TRADING', 'AE', null],
      ['IHSAN "SAMMY" TESTER', 'US', 'TX'],
    ],
  );
  const [, cy, inmate, beijing, dubai, dubai2, sammy] = r.entries;
  assert.equal(cy!.legal.standardOrder, false);
  assert.deepEqual(cy!.legal.federalRegister, ['68 F.R. 38290 6/27/03', '71 F.R. 38843 7/10/06']);
  assert.equal(inmate!.legal.standardOrder, true);
  assert.deepEqual(inmate!.legal.federalRegister, ['82 F.R. 16788, 16789 4/6/2017']);
  assert.equal(beijing!.legal.expiryDate, undefined);
  assert.equal(beijing!.legal.standardOrder, undefined);
  assert.deepEqual(beijing!.legal.federalRegister, ['46 F.R. 46154 9/17/81', '46 F.R. 19290 3/30/81']);
  assert.equal(dubai!.legal.lastAction, undefined);
  assert.deepEqual(dubai!.legal.federalRegister, [
    '82 F.R. 61745 12/29/2017',
    '83F.R. 28801 6/21/2018',
    '81.F.R. 22576 4/18/2016',
    '66 F.R. 47630 9/13/01',
    'NEW F.R. NOTICE TO BE PUBLISHED SOON',
  ]);
  assert.equal(dubai2!.id, `${dubai!.id}-2`, 'same name, address and date: the later row gets -2');
  assert.equal(sammy!.legal.effectiveDate, undefined);
  assert.equal(sammy!.legal.federalRegister, undefined);
  assert.equal(sammy!.remarks, 'Effective date as published: 13/45/2002\nLast update: 3017-08-22');
});

test('splitFederalRegister', () => {
  assert.deepEqual(splitFederalRegister('68 F.R. 38290 6/27/03 71 F.R. 38843 7/10/06'), ['68 F.R. 38290 6/27/03', '71 F.R. 38843 7/10/06']);
  assert.deepEqual(splitFederalRegister('80 F.R. 30435 5/28/15, 80 F.R. 44930 7/28/15,  84 F.R. 27233 6/12/2019'), [
    '80 F.R. 30435 5/28/15',
    '80 F.R. 44930 7/28/15',
    '84 F.R. 27233 6/12/2019',
  ]);
  assert.deepEqual(splitFederalRegister('86 FR. 66277 11/22/2021'), ['86 FR. 66277 11/22/2021']);
  assert.deepEqual(splitFederalRegister('80 F.R. 1 1/1/15 81 F.R. 2'), ['80 F.R. 1 1/1/15', '81 F.R. 2']);
  assert.deepEqual(splitFederalRegister('67 F.R. 1 3/11/02 68 F.R. 2 70 F.R. 3 4/5/05'), ['67 F.R. 1 3/11/02', '68 F.R. 2', '70 F.R. 3 4/5/05']);
  assert.deepEqual(splitFederalRegister(''), []);
  assert.deepEqual(splitFederalRegister(' , '), []);
});

test('malformed rows are reported with file and line; rejected unless forced', async () => {
  const file = fixture('malformed.txt');
  await assert.rejects(parseBisDpl(fileSource(file)), (err: unknown) => {
    assert.ok(err instanceof RejectedFileError);
    assert.equal(err.file, file);
    assert.match(err.message, /3 of 6 rows are malformed/);
    assert.match(err.message, /line 5: expected 12 tab-separated fields, found 3/);
    return true;
  });
  const r = await parseBisDpl(fileSource(file), { force: true });
  assert.equal(r.rowsRead, 6);
  assert.deepEqual(
    r.entries.map((e) => e.names[0]!.value),
    ['GOOD ONE', 'GOOD TWO', 'GOOD THREE'],
  );
  assert.equal(r.entries[1]!.addresses[0]!.street, 'FIRST LINE SECOND LINE');
  assert.deepEqual(
    r.malformed.map((m) => [m.file, m.line, m.reason.replace(/:.*/, '')]),
    [
      [file, 5, 'expected 12 tab-separated fields, found 3'],
      [file, 6, 'empty Name'],
      [file, 9, 'unreadable row'],
    ],
  );
});

test('files that are not a DPL are rejected', async () => {
  const cases: Array<[string, string, RegExp]> = [
    ['empty.txt', '', /empty file/],
    ['csv.txt', 'Name,Street_Address,Effective_Date\nA,B,01/01/2020\n', /header has no "Name" or "Effective_Date" column/],
    ['other.txt', '"id"\t"name"\n"1"\t"x"\n', /line 1: not a Denied Persons List: the header has no "Effective_Date" column/],
    ['header-only.txt', `${HEADER}\n`, /no list entries/],
  ];
  for (const [name, text, pattern] of cases) {
    await assert.rejects(parseBisDpl(bufferSource(name, text)), (err: unknown) => {
      assert.ok(err instanceof RejectedFileError, `${name}: ${String(err)}`);
      assert.match(err.message, pattern);
      return true;
    });
  }
});

test('columns are found by header name, in any order', async () => {
  const text = '"Effective_Date"\t"NAME"\t"Country"\n"03/04/2021"\t"X CORP"\t"DE"\n';
  const r = await parseBisDpl(bufferSource('reordered.txt', text));
  assert.equal(r.entries[0]!.names[0]!.value, 'X CORP');
  assert.equal(r.entries[0]!.legal.effectiveDate, '2021-03-04');
  assert.deepEqual(r.entries[0]!.countries, ['DE']);
});

const isRejected = (err: unknown) => err instanceof RejectedFileError;

test('property: arbitrary bytes never crash the parser', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
      try {
        await parseBisDpl(bufferSource('fuzz.txt', bytes));
      } catch (err) {
        assert.ok(isRejected(err), String(err));
      }
    }),
    { numRuns: 200, timeout: 5_000 },
  );
});

test('property: TSV-like text never crashes or hangs the parser', async () => {
  const field = fc.oneof(
    fc.constantFrom('', ' ', 'ACME', ' JOHN DOE', '"', '""', '10/16/2017', '13/45/2020', 'Y', 'N', 'US', 'TX', 'PRC', '82 F.R. 1, 2 4/6/2017 and 83F.R. 3'),
    fc.string({ maxLength: 12 }),
  );
  const line = fc.array(fc.oneof(field, field.map((f) => `"${f}"`)), { maxLength: 14 }).map((fs) => fs.join('\t'));
  const body = fc.array(line, { maxLength: 12 });
  const doc = fc.tuple(fc.boolean(), body, fc.constantFrom('\n', '\r\n', '')).map(([withHeader, lines, end]) =>
    [...(withHeader ? [HEADER] : []), ...lines].join(end || '\n') + end,
  );
  await fc.assert(
    fc.asyncProperty(doc, async (text) => {
      try {
        const r = await parseBisDpl(bufferSource('fuzz.txt', text), { force: true });
        assert.equal(new Set(r.entries.map((e) => e.id)).size, r.entries.length, 'ids are unique');
        for (const e of r.entries) assert.ok(e.names[0]!.value.length > 0);
      } catch (err) {
        assert.ok(isRejected(err), String(err));
      }
    }),
    { numRuns: 200, timeout: 5_000 },
  );
});
