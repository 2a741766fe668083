import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseOfacRemarks, splitRemarks, type ParsedRemarks } from '../../src/ingest/ofac-remarks.js';

/** One table case: remarks text and a check over what the parser returned. */
type Case = [string, (r: ParsedRemarks) => void];

const CASES: Case[] = [
  [
    'DOB 12 Jan 1962',
    (r) => assert.deepEqual(r.birthDates, [{ year: 1962, month: 1, day: 12, text: '12 Jan 1962' }]),
  ],
  [
    'DOB 12 Jan 1962; alt. DOB 1963.',
    (r) => {
      assert.equal(r.birthDates.length, 2);
      assert.equal(r.birthDates[1]!.year, 1963);
      assert.equal(r.remarks, '');
    },
  ],
  [
    'DOB circa 1960',
    (r) => assert.deepEqual(r.birthDates[0], { year: 1960, fromYear: 1959, toYear: 1961, approximate: true, text: 'circa 1960' }),
  ],
  [
    'DOB 1960 to 1963',
    (r) => assert.deepEqual(r.birthDates[0], { fromYear: 1960, toYear: 1963, approximate: true, text: '1960 to 1963' }),
  ],
  [
    'DOB 01 Jan 1958 to 31 Dec 1960',
    (r) => {
      assert.equal(r.birthDates[0]!.fromYear, 1958);
      assert.equal(r.birthDates[0]!.toYear, 1960);
      assert.equal(r.birthDates[0]!.approximate, true);
    },
  ],
  ['DOB Mar 1975.', (r) => assert.deepEqual(r.birthDates[0], { year: 1975, month: 3, text: 'Mar 1975' })],
  ['DOB unknown', (r) => assert.equal(r.remarks, 'DOB unknown')],
  [
    'POB Baghdad, Iraq; alt. POB Tikrit, Iraq',
    (r) => assert.deepEqual(r.placesOfBirth, ['Baghdad, Iraq', 'Tikrit, Iraq']),
  ],
  [
    'nationality Iraq; citizenship Iran',
    (r) => {
      assert.deepEqual(r.nationalities, [{ text: 'Iraq', country: 'IQ' }]);
      assert.deepEqual(r.citizenships, [{ text: 'Iran', country: 'IR' }]);
    },
  ],
  [
    'nationality Korea, North; citizen Russia.',
    (r) => {
      assert.equal(r.nationalities[0]!.country, 'KP');
      assert.equal(r.citizenships[0]!.country, 'RU');
    },
  ],
  [
    'nationality possibly Palestinian',
    (r) => assert.deepEqual(r.nationalities, [{ text: 'possibly Palestinian' }]),
  ],
  [
    'Passport A1234567 (Iraq) expires 2020',
    (r) =>
      assert.deepEqual(r.identifiers, [
        { type: 'passport', value: 'A1234567', label: 'Passport', country: 'IQ', note: 'expires 2020' },
      ]),
  ],
  [
    'alt. Passport C01118568 (Nicaragua) issued 16 Nov 2011 expires 16 Nov 2021.',
    (r) => {
      const id = r.identifiers[0]!;
      assert.equal(id.value, 'C01118568');
      assert.equal(id.country, 'NI');
      assert.equal(id.note, 'issued 16 Nov 2011 expires 16 Nov 2021');
      assert.equal(id.label, 'Passport');
    },
  ],
  ['Diplomatic Passport D0001 (Iran)', (r) => assert.deepEqual([r.identifiers[0]!.type, r.identifiers[0]!.label], ['passport', 'Diplomatic Passport'])],
  ['Passport 5752452', (r) => assert.deepEqual(r.identifiers, [{ type: 'passport', value: '5752452', label: 'Passport' }])],
  [
    'National ID No. 123 (Spain); Cedula No. 7 (Colombia)',
    (r) => {
      assert.deepEqual(
        r.identifiers.map((i) => [i.type, i.value, i.country, i.label]),
        [
          ['national_id', '123', 'ES', 'National ID No.'],
          ['cedula', '7', 'CO', 'Cedula No.'],
        ],
      );
    },
  ],
  [
    'National ID No. 12/BAHANA(N)010023 (Burma).',
    (r) => assert.deepEqual([r.identifiers[0]!.value, r.identifiers[0]!.country], ['12/BAHANA(N)010023', 'MM']),
  ],
  ['Gender Male', (r) => assert.equal(r.gender, 'male')],
  ['Gender Female.', (r) => assert.equal(r.gender, 'female')],
  [
    'Vessel Registration Identification IMO 9187629; MMSI 572469210',
    (r) =>
      assert.deepEqual(
        r.identifiers.map((i) => [i.type, i.value]),
        [
          ['imo', '9187629'],
          ['mmsi', '572469210'],
        ],
      ),
  ],
  ['Identification Number IMO 6153011.', (r) => assert.deepEqual([r.identifiers[0]!.type, r.identifiers[0]!.value], ['imo', '6153011'])],
  ['SWIFT/BIC BNCUCUHH', (r) => assert.deepEqual(r.identifiers[0], { type: 'swift', value: 'BNCUCUHH', label: 'SWIFT/BIC' })],
  [
    'Website www.alturath.org. Revival of Islamic Heritage Society Offices Worldwide.',
    (r) => {
      assert.equal(r.identifiers[0]!.type, 'website');
      assert.equal(r.identifiers[0]!.value, 'www.alturath.org');
      assert.equal(r.identifiers[0]!.note, 'Revival of Islamic Heritage Society Offices Worldwide');
    },
  ],
  ['Email Address info@example.test', (r) => assert.deepEqual([r.identifiers[0]!.type, r.identifiers[0]!.value], ['email', 'info@example.test'])],
  [
    'Tax ID No. 7736037394 (Russia); Registration Number 1027700132195 (Russia)',
    (r) =>
      assert.deepEqual(
        r.identifiers.map((i) => [i.type, i.value, i.country]),
        [
          ['tax_id', '7736037394', 'RU'],
          ['registration', '1027700132195', 'RU'],
        ],
      ),
  ],
  ['NIT # 800123456-7 (Colombia)', (r) => assert.deepEqual([r.identifiers[0]!.type, r.identifiers[0]!.value], ['tax_id', '800123456-7'])],
  ['RUC # 1790012345001 (Ecuador)', (r) => assert.deepEqual([r.identifiers[0]!.type, r.identifiers[0]!.country], ['ruc', 'EC'])],
  ['BIK (RU) 044525607', (r) => assert.deepEqual(r.identifiers[0], { type: 'bik', value: '044525607', label: 'BIK', country: 'RU' })],
  [
    'Folio Mercantil No. 22839 (Jalisco) (Mexico).',
    (r) => assert.deepEqual(r.identifiers[0], { type: 'registration', value: '22839', label: 'Folio Mercantil No.', country: 'MX', note: 'Jalisco' }),
  ],
  [
    'Unified Social Credit Code (USCC) 91110000100000000X (China)',
    (r) => assert.deepEqual([r.identifiers[0]!.type, r.identifiers[0]!.value, r.identifiers[0]!.country], ['registration', '91110000100000000X', 'CN']),
  ],
  ['Telephone (218) (0)214778301', (r) => assert.deepEqual([r.identifiers[0]!.type, r.identifiers[0]!.value], ['phone', '(218) (0)214778301'])],
  [
    'Digital Currency Address - XBT 1EfMVkxQQuZfBdocpJu6RUsCJvenQWbQyE',
    (r) => assert.deepEqual([r.identifiers[0]!.type, r.identifiers[0]!.value, r.identifiers[0]!.note], ['digital_currency', '1EfMVkxQQuZfBdocpJu6RUsCJvenQWbQyE', 'XBT']),
  ],
  [
    "Aircraft Manufacturer's Serial Number (MSN) 45-407; Aircraft Model IL-76; Aircraft Operator Mahan Air",
    (r) => {
      assert.deepEqual([r.identifiers[0]!.type, r.identifiers[0]!.value], ['aircraft_msn', '45-407']);
      assert.equal(r.aircraft.model, 'IL-76');
      assert.deepEqual(r.aircraft.operators, ['Mahan Air']);
    },
  ],
  [
    "a.k.a. 'BNC'.",
    (r) => {
      assert.deepEqual(r.akas, ['BNC']);
      assert.equal(r.remarks, '');
    },
  ],
  ["f.k.a. 'ALPHA'; n.k.a. 'BETA'", (r) => assert.deepEqual([r.fkas, r.nkas], [['ALPHA'], ['BETA']])],
  ["a.k.a. 'DOCTOR M.R.O.'.", (r) => assert.deepEqual(r.akas, ['DOCTOR M.R.O.'])],
  ["a.k.a. 'snowsjo", (r) => assert.deepEqual(r.akas, ['snowsjo'])],
  [
    'Linked To: NATIONAL IRANIAN TANKER COMPANY.',
    (r) => {
      assert.deepEqual(r.linkedTo, ['NATIONAL IRANIAN TANKER COMPANY']);
      assert.deepEqual(r.akas, []);
    },
  ],
  ['Linked To: GALAPAGOS S.A.', (r) => assert.deepEqual(r.linkedTo, ['GALAPAGOS S.A.'])],
  [
    'Additional Sanctions Information - Subject to Secondary Sanctions; Organization Established Date 08 Nov 2017',
    (r) => {
      assert.deepEqual(r.sanctionsInfo, ['Additional Sanctions Information - Subject to Secondary Sanctions']);
      assert.equal(r.establishedDates[0]!.year, 2017);
      assert.equal(r.birthDates.length, 0);
    },
  ],
  [
    'Former Vessel Flag Malta; alt. Former Vessel Flag None Identified',
    (r) => assert.deepEqual(r.vessel.formerFlags, [{ text: 'Malta', country: 'MT' }, { text: 'None Identified' }]),
  ],
  ['Nationality of Registration Russia', (r) => {
    assert.deepEqual(r.aircraft.registrationCountry, { text: 'Russia', country: 'RU' });
    assert.deepEqual(r.nationalities, []);
  }],
  [
    'Scientific Studies and Research Center Employee.',
    (r) => assert.equal(r.remarks, 'Scientific Studies and Research Center Employee.'),
  ],
  [
    'DOB 1969; (Following data derived from a passport: Alt. DOB: 10 October 1969; nationality: Eritrean); a.k.a. \'ABU MANSUR\'.',
    (r) => {
      assert.equal(r.birthDates.length, 1);
      assert.match(r.remarks, /^\(Following data derived from a passport: .*Eritrean\)$/);
      assert.deepEqual(r.akas, ['ABU MANSUR']);
    },
  ],
  [
    'Secondary sanctions risk: North Korea Sanctions Regulations, sections 510.201 and 510.210; Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions: North Korea Sanctions Regulations section 510.214',
    (r) => assert.equal(r.sanctionsInfo.length, 2),
  ],
  ['-0- ', (r) => assert.equal(r.remarks, '')],
  ['', (r) => assert.deepEqual(r, parseOfacRemarks('   '))],
];

describe('parseOfacRemarks', () => {
  for (const [text, check] of CASES) {
    it(JSON.stringify(text).slice(0, 90), () => check(parseOfacRemarks(text)));
  }

  it('has at least 25 table cases', () => assert.ok(CASES.length >= 25));

  it('keeps unmatched pieces untouched and in order', () => {
    const r = parseOfacRemarks('Major General; DOB 1950; Minister of Industry; Gender Male.');
    assert.equal(r.remarks, 'Major General; Minister of Industry');
  });

  it('never throws and finishes quickly on arbitrary text', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.constantFrom('DOB ', 'alt. ', 'POB ', 'Passport ', '(', ')', "'", ';', '; ', '.', 'a.k.a. ', 'circa ', ' to ', 'IMO ', '(Iran)', 'Linked To: '),
      fc.string({ unit: 'binary', maxLength: 20 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        const text = parts.join('');
        const start = performance.now();
        const r = parseOfacRemarks(text);
        assert.ok(performance.now() - start < 200, 'took too long');
        assert.equal(typeof r.remarks, 'string');
      }),
      { numRuns: 200 },
    );
  });

  it('stays linear on long hostile input', () => {
    const start = performance.now();
    parseOfacRemarks(`Linked To: ${'A.'.repeat(50_000)}`);
    parseOfacRemarks('('.repeat(50_000) + ';'.repeat(50_000));
    parseOfacRemarks(`Passport ${'(x) '.repeat(20_000)}`);
    assert.ok(performance.now() - start < 2000);
  });
});

describe('splitRemarks', () => {
  it('splits at top-level semicolons only', () => {
    assert.deepEqual(splitRemarks('a; (b; c); d'), ['a', '(b; c)', 'd']);
  });
  it('does not let an unclosed parenthesis swallow the rest', () => {
    assert.deepEqual(splitRemarks('a (x; b; c'), ['a (x', 'b', 'c']);
  });
});
