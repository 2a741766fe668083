import assert from 'node:assert/strict';
import { strToU8, zipSync } from 'fflate';
import fc from 'fast-check';
import { RejectedFileError } from '../../src/ingest/malformed.js';
import { bufferSource, type InputSource } from '../../src/ingest/source.js';
import type { ParseResult } from '../../src/model/parse-result.js';

/**
 * Writers of the EU and UK list formats, for property tests: a generated model is written as the
 * publisher would write it, and the parser must give back what the model says. The models hold only
 * what the tests compare; every other column or attribute is written empty.
 */

/** Words with the characters the formats must escape or quote, in the scripts the lists use. */
const WORDS = ['Ali', 'AL-ZARQAWI', "O'Brien", 'Smith & Sons', '"Quoted"', 'a,b', 'x<y>z', 'Ünïcødé', 'Иван', 'Петрович', 'محمد', 'علي', '김정은', '中兴', 'Βασίλειος', 'TRADING', 'Co.', '(LLC)', 'semi;colon'];

export const nameArb = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
/** A Latin name, for the alias that must stand as primary. */
export const latinNameArb = fc.array(fc.constantFrom('Ali', 'AL-ZARQAWI', "O'Brien", 'Smith & Sons', 'x<y>z', 'TRADING'), { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
/** Free text with line breaks and quotes, as Other Information and remarks hold. */
export const proseArb = fc.array(fc.constantFrom(...WORDS, '\n', 'said:', '(note)'), { maxLength: 8 }).map((w) => w.join(' '));

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\n/g, '&#10;');
}

// ---- EU Financial Sanctions File ----

export interface GenEuEntity {
  id: string;
  kind: 'person' | 'enterprise';
  aliases: { name: string; weak: boolean }[];
  programme: string;
  birthYear?: number;
  passports: string[];
}

export const euEntityArb = (id: string): fc.Arbitrary<GenEuEntity> =>
  fc.record({
    id: fc.constant(id),
    kind: fc.constantFrom('person' as const, 'enterprise' as const),
    aliases: fc
      .tuple(latinNameArb, fc.uniqueArray(fc.record({ name: nameArb, weak: fc.boolean() }), { maxLength: 3, selector: (a) => a.name }))
      .map(([first, rest]) => [{ name: first, weak: false }, ...rest.filter((a) => a.name !== first)]),
    programme: fc.constantFrom('IRN', 'RUS', 'TERR', 'PRK'),
    birthYear: fc.option(fc.integer({ min: 1930, max: 2000 }), { nil: undefined }),
    passports: fc.uniqueArray(fc.stringMatching(/^[A-Z][0-9]{6}$/), { maxLength: 2 }),
  });

export const euEntitiesArb = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => euEntityArb(String(100 + i * 7)))));

export function euFsfXml(entities: readonly GenEuEntity[], generationDate = '2026-08-05T16:47:04.449+02:00'): string {
  const body = entities.map((e) => {
    const aliases = e.aliases.map(
      (a, i) =>
        `    <nameAlias firstName="" middleName="" lastName="" wholeName="${xml(a.name)}" function="" title="" nameLanguage="" strong="${a.weak ? 'false' : 'true'}" regulationLanguage="en" logicalId="${Number(e.id) * 10 + i}">\n` +
        `      <regulationSummary regulationType="amendment" publicationDate="2020-01-01" numberTitle="2020/1 (OJ L1)" publicationUrl="https://example.invalid/oj"/>\n    </nameAlias>`,
    );
    const birth =
      e.birthYear === undefined
        ? []
        : [`    <birthdate circa="false" calendarType="GREGORIAN" city="" zipCode="" year="${e.birthYear}" region="" place="" countryIso2Code="00" countryDescription="UNKNOWN" regulationLanguage="en" logicalId="1"/>`];
    const docs = e.passports.map(
      (p) =>
        `    <identification diplomatic="false" knownExpired="false" knownFalse="false" reportedLost="false" revokedByIssuer="false" issuedBy="" latinNumber="" nameOnDocument="" number="${p}" region="" identificationTypeCode="passport" identificationTypeDescription="National passport" countryIso2Code="00" countryDescription="UNKNOWN" regulationLanguage="en" logicalId="2"/>`,
    );
    return [
      `  <sanctionEntity designationDetails="" unitedNationId="" euReferenceNumber="EU.${e.id}.1" logicalId="${e.id}">`,
      `    <regulation regulationType="amendment" organisationType="council" publicationDate="2020-01-01" entryIntoForceDate="2020-01-02" numberTitle="2020/1 (OJ L1)" programme="${e.programme}" logicalId="9"><publicationUrl>https://example.invalid/oj</publicationUrl></regulation>`,
      `    <subjectType code="${e.kind}" classificationCode="${e.kind === 'person' ? 'P' : 'E'}"/>`,
      ...aliases,
      ...birth,
      ...docs,
      '  </sanctionEntity>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<export xmlns="http://eu.europa.ec/fpi/fsd/export" generationDate="${generationDate}" globalFileId="1">`,
    ...body,
    '</export>',
    '',
  ].join('\n');
}

// ---- OFSI Consolidated List ----

export const OFSI_HEADER = [
  'Name 6', 'Name 1', 'Name 2', 'Name 3', 'Name 4', 'Name 5', 'Title', 'Name Non-Latin Script', 'Non-Latin Script Type',
  'Non-Latin Script Language', 'DOB', 'Town of Birth', 'Country of Birth', 'Nationality', 'Passport Number', 'Passport Details',
  'National Identification Number', 'National Identification Details', 'Position', 'Address 1', 'Address 2', 'Address 3',
  'Address 4', 'Address 5', 'Address 6', 'Post/Zip Code', 'Country', 'Other Information', 'Group Type', 'Alias Type',
  'Alias Quality', 'Regime', 'Listed On', 'UK Sanctions List Date Designated', 'Last Updated', 'Group ID',
];

export interface GenOfsiRow {
  groupId: string;
  groupType: 'Individual' | 'Entity' | 'Ship';
  given: string;
  surname: string;
  nonLatin: string;
  aliasType: 'Primary name' | 'Primary name variation' | 'AKA' | 'FKA';
  aliasQuality: '' | 'Good quality' | 'Low quality';
  dob: string;
  regime: string;
  listedOn: string;
  otherInformation: string;
}

const ukDateArb = fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1940, max: 2024 })).map(
  ([d, m, y]) => `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${y}`,
);

export const ofsiRowArb = (groupIds: readonly string[]): fc.Arbitrary<GenOfsiRow> =>
  fc.record({
    groupId: fc.constantFrom(...groupIds),
    groupType: fc.constantFrom('Individual' as const, 'Entity' as const, 'Ship' as const),
    given: fc.oneof(fc.constant(''), nameArb),
    surname: nameArb,
    nonLatin: fc.constantFrom('', 'Иван Петрович', 'محمد علي', '中兴通讯'),
    aliasType: fc.constantFrom('Primary name' as const, 'Primary name variation' as const, 'AKA' as const, 'FKA' as const),
    aliasQuality: fc.constantFrom('' as const, 'Good quality' as const, 'Low quality' as const),
    dob: fc.oneof(fc.constant(''), ukDateArb, fc.integer({ min: 1940, max: 2000 }).map(String)),
    regime: fc.constantFrom('Russia', 'Iran', 'Global Human Rights'),
    listedOn: ukDateArb,
    otherInformation: proseArb.map((p) => `(UK Sanctions List Ref):RUS0001. ${p}`),
  });

export const ofsiRowsArb = fc.array(ofsiRowArb(['101', '202', '303', '404']), { minLength: 1, maxLength: 12 });

/** A group's rows must agree on their type; the generator draws it per row, the writer takes the first. */
export function consistentRows(rows: readonly GenOfsiRow[]): GenOfsiRow[] {
  const types = new Map<string, GenOfsiRow['groupType']>();
  return rows.map((r) => {
    if (!types.has(r.groupId)) types.set(r.groupId, r.groupType);
    return { ...r, groupType: types.get(r.groupId)! };
  });
}

function ofsiCells(row: GenOfsiRow): string[] {
  const values: Record<string, string> = {
    'Name 6': row.surname,
    'Name 1': row.given,
    'Name Non-Latin Script': row.nonLatin,
    DOB: row.dob,
    'Other Information': row.otherInformation,
    'Group Type': row.groupType,
    'Alias Type': row.aliasType,
    'Alias Quality': row.aliasQuality,
    Regime: row.regime,
    'Listed On': row.listedOn,
    'UK Sanctions List Date Designated': row.listedOn,
    'Last Updated': row.listedOn,
    'Group ID': row.groupId,
  };
  return OFSI_HEADER.map((column) => values[column] ?? '');
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** The ConList.csv layout: the list date, the header, one row per name; CRLF after every line. */
export function ofsiCsv(rows: readonly GenOfsiRow[], date = '14/04/2025'): string {
  const lines = [['Last Updated', date], OFSI_HEADER, ...rows.map(ofsiCells)];
  return lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function column(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The ConList.xlsx layout: one sheet named Data, text in shared strings, as OFSI writes it. */
export function ofsiXlsx(rows: readonly GenOfsiRow[], date = '14/04/2025'): Uint8Array {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const shared = (value: string) => {
    if (!index.has(value)) {
      index.set(value, strings.length);
      strings.push(value);
    }
    return index.get(value)!;
  };
  const sheetRows = [['Last Updated', date], OFSI_HEADER, ...rows.map(ofsiCells)].map((cells, r) => {
    const xmlCells = cells
      .map((value, c) => (value === '' ? '' : `<c r="${column(c)}${r + 1}" t="s"><v>${shared(value)}</v></c>`))
      .join('');
    return `<row r="${r + 1}">${xmlCells}</row>`;
  });
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      `<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Type="${rel}/officeDocument" Target="/xl/workbook.xml" Id="r1"/></Relationships>`,
    ),
    'xl/workbook.xml': strToU8(`<?xml version="1.0" encoding="utf-8"?><workbook xmlns:r="${rel}" xmlns="${ns}"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(
      '<?xml version="1.0" encoding="utf-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Type="${rel}/worksheet" Target="/xl/worksheets/sheet1.xml" Id="rId1"/><Relationship Type="${rel}/sharedStrings" Target="/xl/sharedStrings.xml" Id="rId2"/></Relationships>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0" encoding="utf-8"?><worksheet xmlns="${ns}"><sheetData>${sheetRows.join('')}</sheetData></worksheet>`),
    'xl/sharedStrings.xml': strToU8(
      `<?xml version="1.0" encoding="utf-8"?><sst xmlns="${ns}" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t xml:space="preserve">${xml(s)}</t></si>`).join('')}</sst>`,
    ),
  });
}

// ---- FCDO UK Sanctions List ----

export interface GenUkDesignation {
  id: string;
  kind: 'Individual' | 'Entity' | 'Ship';
  names: { given: string; surname: string; type: 'Primary Name' | 'Primary Name Variation' | 'Alias'; low: boolean }[];
  nonLatin: string[];
  dobs: string[];
  regime: string;
  designated: string;
}

export const ukDesignationArb = (id: string): fc.Arbitrary<GenUkDesignation> =>
  fc.record({
    id: fc.constant(id),
    kind: fc.constantFrom('Individual' as const, 'Entity' as const, 'Ship' as const),
    names: fc
      .tuple(
        fc.record({ given: fc.constant(''), surname: latinNameArb }),
        fc.array(
          fc.record({ given: fc.oneof(fc.constant(''), nameArb), surname: nameArb, type: fc.constantFrom('Primary Name Variation' as const, 'Alias' as const), low: fc.boolean() }),
          { maxLength: 3 },
        ),
      )
      .map(([first, rest]) => [{ ...first, type: 'Primary Name' as const, low: false }, ...rest]),
    nonLatin: fc.uniqueArray(fc.constantFrom('Иван Петрович', 'محمد علي', '中兴通讯'), { maxLength: 2 }),
    dobs: fc.uniqueArray(fc.oneof(ukDateArb, fc.integer({ min: 1940, max: 2000 }).map((y) => `dd/mm/${y}`)), { maxLength: 2 }),
    regime: fc.constantFrom('The Russia (Sanctions) (EU Exit) Regulations 2019', 'The Iran (Sanctions) Regulations 2023'),
    designated: ukDateArb,
  });

export const ukDesignationsArb = fc
  .integer({ min: 1, max: 5 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => ukDesignationArb(`RUS${String(i + 1).padStart(4, '0')}`))));

export function ukFcdoXml(designations: readonly GenUkDesignation[], generated = '10/09/2026'): string {
  const body = designations.map((d) => {
    const names = d.names.map((n) =>
      [
        '      <Name>',
        n.given ? `        <Name1>${xml(n.given)}</Name1>` : '',
        `        <Name6>${xml(n.surname)}</Name6>`,
        `        <NameType>${n.type}</NameType>`,
        n.low ? '        <AliasStrength>Low quality a.k.a</AliasStrength>' : '',
        '      </Name>',
      ]
        .filter(Boolean)
        .join('\n'),
    );
    const nonLatin = d.nonLatin.map((v) => `      <NonLatinName><NameNonLatinScript>${xml(v)}</NameNonLatinScript></NonLatinName>`);
    const dobs = d.dobs.map((v) => `          <DOB>${v}</DOB>`);
    return [
      '  <Designation>',
      `    <LastUpdated>${d.designated}</LastUpdated>`,
      `    <DateDesignated>${d.designated}</DateDesignated>`,
      `    <UniqueID>${d.id}</UniqueID>`,
      '    <Names>',
      ...names,
      '    </Names>',
      nonLatin.length ? ['    <NonLatinNames>', ...nonLatin, '    </NonLatinNames>'].join('\n') : '    <NonLatinNames />',
      `    <RegimeName>${xml(d.regime)}</RegimeName>`,
      `    <IndividualEntityShip>${d.kind}</IndividualEntityShip>`,
      d.kind === 'Individual' && dobs.length
        ? ['    <IndividualDetails>', '      <Individual>', '        <DOBs>', ...dobs, '        </DOBs>', '      </Individual>', '    </IndividualDetails>'].join('\n')
        : '',
      '  </Designation>',
    ]
      .filter(Boolean)
      .join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<Designations xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">',
    `  <DateGenerated>${generated}</DateGenerated>`,
    ...body,
    '</Designations>',
    '',
  ].join('\n');
}

// ---- cut files ----

/**
 * The property every XML list parser owes: the file cut at any byte before its closing root tag is
 * refused; cut after it (in trailing white space), it is whole and gives every record.
 */
export async function assertCutXmlRefused<T>(
  models: fc.Arbitrary<readonly T[]>,
  write: (models: readonly T[]) => string,
  closingTag: string,
  parse: (source: InputSource) => Promise<ParseResult>,
): Promise<void> {
  await fc.assert(
    fc.asyncProperty(models, fc.double({ min: 0, max: 1, noNaN: true }), async (written, at) => {
      const bytes = Buffer.from(write(written), 'utf8');
      const closed = bytes.lastIndexOf(closingTag) + closingTag.length;
      const cut = Math.floor(at * bytes.length);
      const parsed = parse(bufferSource('cut.xml', bytes.subarray(0, cut)));
      if (cut < closed) await assert.rejects(parsed, RejectedFileError);
      else assert.equal((await parsed).entries.length, written.length);
    }),
    { numRuns: 80 },
  );
}
