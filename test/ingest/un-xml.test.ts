import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { RejectedFileError } from '../../src/ingest/malformed.js';
import { bufferSource, fileSource } from '../../src/ingest/source.js';
import { parseUnXml, splitNameVariants } from '../../src/ingest/un-xml.js';
import type { ListEntry } from '../../src/model/list-entry.js';
import type { ParseResult } from '../../src/model/parse-result.js';
import { dataPath, repoRoot } from '../helpers/data.js';

const fixture = (name: string) => join(repoRoot, 'test', 'fixtures', 'un', name);

function byId(result: ParseResult, id: string): ListEntry {
  const entry = result.entries.find((e) => e.id === id);
  assert.ok(entry, `entry ${id} present`);
  return entry;
}

function namesOf(entry: ListEntry, type?: string): string[] {
  return entry.names.filter((n) => !type || n.type === type).map((n) => n.value);
}

let real: Promise<ParseResult> | undefined;
const realList = () => (real ??= parseUnXml(fileSource(dataPath('lists', 'un', '2026-02-27', 'consolidated.xml'))));

test('real UN list: counts, kinds and source date', async () => {
  const r = await realList();
  assert.equal(r.format, 'un-xml');
  assert.equal(r.rowsRead, 1003);
  assert.equal(r.entries.length, 1003);
  assert.deepEqual(r.malformed, []);
  assert.equal(r.entries.filter((e) => e.kind === 'person').length, 730);
  assert.equal(r.entries.filter((e) => e.kind === 'organization').length, 273);
  assert.equal(r.sourceDate, '2026-02-27');
  assert.equal(new Set(r.entries.map((e) => e.id)).size, 1003, 'DATAIDs are unique');
  for (const e of r.entries) {
    assert.equal(e.names[0]!.type, 'primary');
    assert.deepEqual(e.list, { code: 'UN', name: 'UN Security Council Consolidated List' });
    assert.equal(e.identifiers.filter((i) => i.type === 'un_reference').length, 1);
    assert.match(e.legal.effectiveDate ?? '', /^\d{4}-\d{2}-\d{2}$/);
    assert.equal(e.programs.length, 1);
  }
});

test('real UN list: names in their original script', async () => {
  const r = await realList();
  const nonLatin = (e: ListEntry) => e.names.some((n) => n.script !== 'latin' && n.script !== 'unknown');
  // 378 records carry NAME_ORIGINAL_SCRIPT; seven more have other-script aliases only.
  assert.equal(r.entries.filter(nonLatin).length, 385);
  // Two of them spell with the tatweel (U+0640), which counts as Arabic through its script extensions.
  assert.equal(r.entries.filter((e) => e.names.some((n) => n.script === 'arabic')).length, 368);
  // One alias holds a Latin name and its Arabic spelling in one field (DATAID 2945892).
  assert.equal(r.entries.filter((e) => e.names.some((n) => n.script === 'mixed')).length, 1);
  assert.equal(r.entries.filter((e) => e.names.some((n) => n.script === 'cyrillic')).length, 12);
  assert.equal(r.entries.filter((e) => e.names.some((n) => n.script === 'han')).length, 5);

  const saddam = byId(r, '6908048');
  assert.equal(saddam.names[0]!.value, 'SADDAM HUSSEIN AL-TIKRITI');
  assert.deepEqual(saddam.names[1], { value: 'صدام حسين التكريتي', type: 'aka', script: 'arabic' });

  const umarov = byId(r, '2960872');
  assert.equal(umarov.names[0]!.value, 'DOKU KHAMATOVICH UMAROV');
  assert.deepEqual(umarov.names[1], { value: 'Умаров Доку Хаматович', type: 'aka', script: 'cyrillic' });
  assert.deepEqual(umarov.nationalities, ['RU']);
  assert.ok(umarov.identifiers.some((i) => i.type === 'passport' && i.value === '96 03 464086' && i.country === 'RU'));

  // "Amir Khazmat (original script: Амир Хазмат)" is two names.
  const butukaev = byId(r, '6908547');
  assert.ok(namesOf(butukaev, 'weak').includes('Amir Khazmat'));
  assert.ok(namesOf(butukaev, 'weak').includes('Амир Хазмат'));
});

test('real UN list: aliases by quality', async () => {
  const r = await realList();
  const all = r.entries.flatMap((e) => e.names);
  assert.equal(all.filter((n) => n.type === 'weak').length, 628);
  assert.equal(all.filter((n) => n.type === 'fka').length, 18);
  const saddam = byId(r, '6908048');
  assert.deepEqual(saddam.names[2], { value: 'Abu Ali', type: 'weak', script: 'latin' });
  const soleimani = r.entries.find((e) => e.names.some((n) => n.value === 'Qasem Sulaimani'));
  assert.ok(soleimani, 'variants packed into one ALIAS_NAME with ";" become separate names');
  assert.ok(namesOf(soleimani).includes('Qasim Soleimani'));
});

test('real UN list: birth dates, documents, places', async () => {
  const r = await realList();
  const dates = r.entries.flatMap((e) => e.birthDates);
  assert.equal(dates.filter((d) => d.fromYear !== undefined && d.year === undefined).length, 31, 'BETWEEN ranges');
  assert.equal(dates.filter((d) => d.approximate && d.year !== undefined).length, 116, 'APPROXIMATELY years');

  const ntaganda = byId(r, '6908021');
  assert.deepEqual(ntaganda.birthDates, [{ fromYear: 1973, toYear: 1974, approximate: true, text: 'between 1973 and 1974' }]);
  assert.deepEqual(ntaganda.placesOfBirth, ['Bigogwe, Rwanda']);
  assert.deepEqual(ntaganda.nationalities, ['CD']);

  const hamdi = byId(r, '112033');
  const passport = hamdi.identifiers.find((i) => i.value === 'M408665');
  assert.deepEqual(passport, {
    type: 'passport',
    value: 'M408665',
    country: 'TN',
    label: 'Passport',
    note: 'issued 2000-10-04; expired 3 Oct. 2005',
  });
  assert.ok(hamdi.identifiers.some((i) => i.type === 'tax_id' && i.value === 'BNSDLA70L14Z352B'));

  const saddam = byId(r, '6908048');
  assert.deepEqual(saddam.birthDates, [{ year: 1937, month: 4, day: 28, text: '1937-04-28' }]);
  assert.deepEqual(saddam.identifiers[0], { type: 'un_reference', value: 'IQi.001', label: 'UN reference number' });
  assert.deepEqual(saddam.programs, ['Iraq']);
  assert.equal(saddam.legal.effectiveDate, '2003-06-27');
});

test('real UN list: every UN country spelling resolves', async () => {
  const r = await realList();
  const unresolved = r.entries.flatMap((e) => e.addresses.filter((a) => a.countryText).map((a) => a.countryText));
  assert.deepEqual(unresolved, []);
  // "na" is the UN's "not available", not Namibia.
  assert.ok(!r.entries.some((e) => e.nationalities.includes('NA')));
});

test('edge cases: names, aliases and their qualities', async () => {
  const r = await parseUnXml(fileSource(fixture('edge-cases.xml')));
  assert.equal(r.sourceDate, '2030-05-06');
  assert.equal(r.entries.length, 3);
  const ivan = byId(r, '900001');
  assert.equal(ivan.kind, 'person');
  assert.deepEqual(
    ivan.names.map((n) => [n.value, n.type, n.script]),
    [
      ['IVAN PETROVICH TESTOV JR', 'primary', 'latin'],
      ['Иван Петрович Тестов', 'aka', 'cyrillic'],
      ['Ivan Testoff', 'aka', 'latin'],
      ['Iwan Testow', 'aka', 'latin'],
      ['The Tester', 'weak', 'latin'],
      ['Тестер', 'weak', 'cyrillic'],
      ['Ivan Otherman', 'aka', 'latin'],
      ['Ivan Formerly', 'fka', 'latin'],
    ],
  );
  assert.equal(ivan.title, 'Dr.; Mullah; Commander');
  assert.deepEqual(ivan.programs, ['Al-Qaida']);
  assert.deepEqual(ivan.legal, { effectiveDate: '2011-03-04' });

  const ali = byId(r, '900002');
  assert.deepEqual(namesOf(ali), ['ALI AL-TEST', 'علي التست', 'أبو علي', 'Abu Ali', 'Abou Ali', 'Ali (birth name)']);
  assert.equal(ali.remarks, undefined, 'an empty COMMENTS1 adds no remarks');

  const entity = byId(r, '900003');
  assert.equal(entity.kind, 'organization');
  assert.deepEqual(namesOf(entity), ['TEST TRADING & SHIPPING CO.', '测试贸易航运公司', 'Test Shipping (HK) Ltd']);
  assert.equal(entity.names[1]!.script, 'han');
});

test('edge cases: dates of birth in every UN form', async () => {
  const r = await parseUnXml(fileSource(fixture('edge-cases.xml')));
  const ivan = byId(r, '900001');
  assert.deepEqual(ivan.birthDates, [
    { year: 1970, month: 2, day: 3, text: '1970-02-03' },
    { year: 1968, fromYear: 1967, toYear: 1969, approximate: true, text: 'approximately 1968' },
    { fromYear: 1965, toYear: 1967, approximate: true, text: 'between 1965 and 1967' },
    { year: 1958, month: 9, text: 'Sep. 1958' },
    { year: 1973, month: 11, text: 'Nov. 1973' },
    { year: 1977, text: 'Between Aug. and Sep. 1977' },
  ]);
  assert.match(ivan.remarks ?? '', /^Date of birth: 30-35 years old$/m);
  assert.deepEqual(ivan.placesOfBirth, ['Tbilisi, Georgia', 'Grozny, Chechen Republic, Russian Federation', 'possibly Sabratha']);
  const ali = byId(r, '900002');
  assert.deepEqual(ali.birthDates, [
    { fromYear: 1955, toYear: 1958, approximate: true, text: 'between 1955 and 1958 (Approximately)' },
  ]);
});

test('edge cases: addresses, nationalities, documents, remarks', async () => {
  const r = await parseUnXml(fileSource(fixture('edge-cases.xml')));
  const ivan = byId(r, '900001');
  assert.deepEqual(ivan.addresses, [
    { street: '1 Test Street', city: 'Grozny', region: 'Chechen Republic', postalCode: '364000', country: 'RU' },
    { street: 'Office 5, Example Road, Peshawar, Pakistan' },
  ]);
  assert.deepEqual(ivan.nationalities, ['RU', 'GE']);
  assert.deepEqual(ivan.countries, ['RU', 'GE']);
  assert.deepEqual(ivan.identifiers, [
    { type: 'un_reference', value: 'QDi.999', label: 'UN reference number' },
    { type: 'passport', value: 'P123456', country: 'RU', label: 'Passport', note: 'issued 2005-06-07; issued in Moscow; expired' },
    { type: 'passport', value: '9100001', country: 'GE', label: 'National Identification Number (national passport)' },
    { type: 'other', value: 'BC-77', label: 'National Identification Number (Birth certificate)' },
    { type: 'national_id', value: 'ID-42', label: 'National Identification Number', note: 'issued by Atlantis' },
  ]);
  assert.equal(
    ivan.remarks,
    [
      'First line.\nSecond line & more.',
      'Nationality: former Soviet Union',
      'Alias The Tester (original script: Тестер): Call sign',
      'Date of birth: 30-35 years old',
      'Document: Passport; Libyan passport number 000111, expired',
      'Last updated: 2019-07-08',
    ].join('\n'),
  );
  const entity = byId(r, '900003');
  assert.deepEqual(entity.addresses, [
    { street: 'Room 1, 2/F, Example Building', country: 'HK' },
    { city: 'Road Town', country: 'VG' },
    { city: 'Nowhere', countryText: 'Freedonia' },
  ]);
  assert.deepEqual(entity.countries, ['HK', 'VG']);
});

test('records without DATAID or name are malformed, with their line', async () => {
  const file = fixture('malformed-records.xml');
  await assert.rejects(parseUnXml(fileSource(file)), (err: unknown) => {
    assert.ok(err instanceof RejectedFileError);
    assert.equal(err.file, file);
    assert.equal(err.malformed.length, 3);
    return true;
  });
  const r = await parseUnXml(fileSource(file), { force: true });
  assert.equal(r.rowsRead, 5);
  assert.deepEqual(
    r.entries.map((e) => e.id),
    ['800001', '800005'],
  );
  assert.deepEqual(
    r.malformed.map((m) => [m.file, m.line, m.reason]),
    [
      [file, 10, 'record has no DATAID'],
      [file, 14, 'record 800003 has no name (FIRST_NAME is empty)'],
      [file, 19, 'duplicate DATAID 800001 (first at line 5)'],
    ],
  );
});

test('invalid XML is rejected with the file and line', async () => {
  for (const [name, line] of [
    ['mismatched-tag.xml', 7],
    ['truncated.xml', 12],
  ] as const) {
    const file = fixture(name);
    await assert.rejects(parseUnXml(fileSource(file)), (err: unknown) => {
      assert.ok(err instanceof RejectedFileError, `${name}: ${String(err)}`);
      assert.equal(err.file, file);
      assert.match(err.message, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: invalid XML at line ${line}\\b`));
      return true;
    });
  }
});

test('other documents and encodings are rejected', async () => {
  const cases: Array<[string, string | Uint8Array, RegExp]> = [
    ['other-root.xml', '<?xml version="1.0"?><sdnList><x/></sdnList>', /root element is <sdnList>/],
    ['empty.xml', '', /invalid XML at line 1/],
    ['no-records.xml', '<CONSOLIDATED_LIST><INDIVIDUALS/></CONSOLIDATED_LIST>', /no list entries/],
    [
      'latin1.xml',
      Buffer.concat([Buffer.from('<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>'), Buffer.from([0xe9]), Buffer.from('</FIRST_NAME></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>')]),
      /not valid UTF-8/,
    ],
  ];
  for (const [name, data, pattern] of cases) {
    await assert.rejects(parseUnXml(bufferSource(name, data)), (err: unknown) => {
      assert.ok(err instanceof RejectedFileError, `${name}: ${String(err)}`);
      assert.match(err.message, pattern);
      return true;
    });
  }
});

test('a multi-byte character split across chunks is decoded', async () => {
  const xml = Buffer.from(
    '<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>TEST</FIRST_NAME>' +
      '<NAME_ORIGINAL_SCRIPT>حسن</NAME_ORIGINAL_SCRIPT></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>',
  );
  const cut = xml.indexOf(Buffer.from('حسن')) + 1;
  const { Readable } = await import('node:stream');
  const r = await parseUnXml({ name: 'split.xml', open: () => Readable.from([xml.subarray(0, cut), xml.subarray(cut)]) });
  assert.deepEqual(namesOf(r.entries[0]!), ['TEST', 'حسن']);
});

test('splitNameVariants keeps single-script parentheses', () => {
  assert.deepEqual(splitNameVariants('Lord’s Resistance Movement (LRM)'), ['Lord’s Resistance Movement (LRM)']);
  assert.deepEqual(splitNameVariants('華信船務(香港)有限公司'), ['華信船務(香港)有限公司']);
  assert.deepEqual(splitNameVariants('Mohammed Sabet; Mohammad Sabet b) M. Javad Kareemi Sabet'), [
    'Mohammed Sabet',
    'Mohammad Sabet',
    'M. Javad Kareemi Sabet',
  ]);
  assert.deepEqual(splitNameVariants('Akhter Mohmad (اختر محمد ),'), ['Akhter Mohmad', 'اختر محمد']);
  assert.deepEqual(splitNameVariants('Hay’at Tahrir al-Sham (HTS) (هيئة تحرير الشام (original script); Hayat Tahrir al-Sham)'), [
    'Hay’at Tahrir al-Sham (HTS)',
    'هيئة تحرير الشام',
    'Hayat Tahrir al-Sham',
  ]);
  assert.deepEqual(splitNameVariants('  '), []);
});

const isRejected = (err: unknown) => err instanceof RejectedFileError;

test('property: arbitrary bytes never crash the parser', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
      try {
        await parseUnXml(bufferSource('fuzz.xml', bytes));
      } catch (err) {
        assert.ok(isRejected(err), String(err));
      }
    }),
    { numRuns: 200, timeout: 5_000 },
  );
});

test('property: XML-like text never crashes or hangs the parser', async () => {
  const tags = ['CONSOLIDATED_LIST', 'INDIVIDUALS', 'INDIVIDUAL', 'ENTITIES', 'ENTITY', 'DATAID', 'FIRST_NAME', 'SECOND_NAME', 'NAME_ORIGINAL_SCRIPT', 'INDIVIDUAL_ALIAS', 'QUALITY', 'ALIAS_NAME', 'INDIVIDUAL_DATE_OF_BIRTH', 'TYPE_OF_DATE', 'FROM_YEAR', 'TO_YEAR', 'YEAR', 'DATE', 'NOTE', 'NATIONALITY', 'VALUE', 'INDIVIDUAL_DOCUMENT', 'NUMBER', 'ISSUING_COUNTRY'];
  const piece = fc.oneof(
    fc.constantFrom(...tags).map((t) => `<${t}>`),
    fc.constantFrom(...tags).map((t) => `</${t}>`),
    fc.constantFrom(...tags).map((t) => `<${t}/>`),
    fc.constantFrom('<?xml version="1.0"?>', '<![CDATA[x]]>', '<!-- c -->', '&amp;', '&bogus;', '<', '>', '"', ' dateGenerated="2020-01-01"'),
    fc.constantFrom('1', '1970', 'BETWEEN', 'Low', 'a.k.a.', 'Good', 'Passport', 'Iraq', 'na', 'حسن', 'Иван', '(x; y)'),
    fc.string({ maxLength: 8 }),
  );
  const wrapped = fc.array(piece, { maxLength: 60 }).map(
    (parts) => `<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>A</FIRST_NAME>${parts.join('')}`,
  );
  const closed = wrapped.map((xml) => `${xml}</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>`);
  const loose = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));
  await fc.assert(
    fc.asyncProperty(fc.oneof(wrapped, closed, loose), async (xml) => {
      try {
        const r = await parseUnXml(bufferSource('fuzz.xml', xml), { force: true });
        for (const e of r.entries) assert.equal(e.names[0]!.type, 'primary');
      } catch (err) {
        assert.ok(isRejected(err), String(err));
      }
    }),
    { numRuns: 200, timeout: 5_000 },
  );
});
