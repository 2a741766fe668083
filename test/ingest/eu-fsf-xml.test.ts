import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseEuFsfXml } from '../../src/ingest/eu-fsf-xml.js';
import { RejectedFileError } from '../../src/ingest/malformed.js';
import { bufferSource, fileSource } from '../../src/ingest/source.js';
import type { ListEntry } from '../../src/model/list-entry.js';
import type { ParseResult } from '../../src/model/parse-result.js';
import { dataPath } from '../helpers/data.js';
import { assertCutXmlRefused, euEntitiesArb, euFsfXml, type GenEuEntity } from '../helpers/eu-uk-lists.js';

const EU = 'lists/eu/fsf-xml-1.1';
let repaired: Promise<ParseResult> | undefined;
const repairedList = () => (repaired ??= parseEuFsfXml(fileSource(dataPath(EU, '2022-03-18-truncated', '20220318-FULL-1_1(xsd).first1044.repaired.xml.gz'))));

function byId(result: ParseResult, id: string): ListEntry {
  const entry = result.entries.find((e) => e.id === id);
  assert.ok(entry, `entry ${id} present`);
  return entry;
}

test('EU sample: entities with their names, dates, documents, programme and legal act', async () => {
  // A third party added a test entity to this excerpt under an existing logicalId; it folds into that entity.
  const r = await parseEuFsfXml(fileSource(dataPath(EU, '2020-04-15-sample', 'sample_eu.xml')));
  assert.equal(r.format, 'eu-fsf-xml');
  assert.equal(r.sourceDate, '2020-04-15');
  assert.equal(r.rowsRead, 7);
  assert.deepEqual(r.malformed, []);
  assert.deepEqual(r.entries.map((e) => e.id), ['5295', '5463', '5468', '191', '5807', '927']);
  const e = byId(r, '5295');
  assert.equal(e.kind, 'person');
  assert.deepEqual(e.list, { code: 'EU', name: 'EU Consolidated Financial Sanctions List' });
  assert.deepEqual(e.names.map((n) => [n.value, n.type]), [
    ['Abid Hammadou', 'primary'],
    ['Abdelhamid Abou Zeid', 'aka'],
    ['Youcef Adel', 'aka'],
    ['Amor Mohamed Ghedeir', 'aka'],
    ['Abou Abdellah', 'aka'],
  ]);
  assert.deepEqual(e.birthDates, [
    { year: 1965, month: 12, day: 12, text: '1965-12-12' },
    { year: 1958, fromYear: 1957, toYear: 1959, approximate: true, text: 'circa 1958' },
  ]);
  assert.deepEqual(e.citizenships, ['DZ']);
  assert.deepEqual(e.programs, ['TAQA']);
  assert.equal(e.legal.effectiveDate, '2008-07-03');
  assert.deepEqual(e.legal.legalActs, ['2019/555 (OJ L97)']);
  assert.deepEqual(e.identifiers, [{ type: 'eu_reference', value: 'EU.2026.82', label: 'EU reference number' }]);
  assert.match(e.remarks ?? '', /Amor Mohamed Ghedeir: \(a\) Mother's name is Benarouba Bachira/);
  assert.deepEqual(byId(r, '5468').names.map((n) => n.value), ['Sok-hwa Hwang', 'TestOneWord']);
});

test('EU file of 2022-03-18 (first 1,044 records): every entity, the regimes of one listing folded together', async () => {
  const r = await repairedList();
  assert.equal(r.sourceDate, '2022-03-18');
  assert.equal(r.rowsRead, 1044);
  assert.deepEqual(r.malformed, []);
  // 20 entities appear once per programme; 1,044 records are 1,024 listings.
  assert.equal(r.entries.length, 1024);
  assert.equal(new Set(r.entries.map((e) => e.id)).size, 1024);
  assert.equal(r.entries.filter((e) => e.kind === 'person').length, 696);
  assert.equal(r.entries.filter((e) => e.kind === 'organization').length, 328);
  for (const e of r.entries) {
    assert.equal(e.names[0]!.type, 'primary', e.id);
    assert.equal(e.names.filter((n) => n.type === 'primary').length, 1, e.id);
    assert.ok(e.programs.length >= 1, e.id);
  }
  const both = byId(r, '516');
  assert.deepEqual(both.programs, ['AFG', 'TAQA']);
  assert.equal(both.identifiers.filter((i) => i.type === 'eu_reference').length, 1);
  const passports = r.entries.flatMap((e) => e.identifiers.filter((i) => i.type === 'passport'));
  assert.ok(passports.length >= 140, `${passports.length} passports`);
});

test('EU names in their original scripts are kept as written, with their script', async () => {
  const r = await repairedList();
  const withScript = (script: string) => r.entries.filter((e) => e.names.some((n) => n.script === script)).length;
  assert.equal(withScript('arabic'), 107);
  assert.equal(withScript('cyrillic'), 46);
  assert.equal(withScript('greek'), 30);
  const essaadi = byId(r, '1020');
  assert.equal(essaadi.names[0]!.value, 'Moussa Ben Omar Ben Ali Essaadi');
  assert.deepEqual(
    essaadi.names.find((n) => n.script === 'arabic'),
    { value: 'موسى بن عمر بن علي السعدي', type: 'aka', script: 'arabic' },
  );
  // The file marks some aliases "low quality" in a remark only; they are weak names.
  assert.deepEqual(essaadi.names.filter((n) => n.type === 'weak').map((n) => n.value), ['Dah Dah', 'Abdelrahmman', 'Bechir']);
  const passport = essaadi.identifiers.find((i) => i.type === 'passport');
  assert.deepEqual(passport, { type: 'passport', value: 'L335915', label: 'National passport', country: 'TN', note: 'known expired; Tunisian passport issued in Milan, Italy' });
});

test('the real EU file cut off mid-way is refused, naming where it ends', async () => {
  const cut = fileSource(dataPath(EU, '2022-03-18-truncated', '20220318-FULL-1_1(xsd).TRUNCATED.xml.gz'));
  await assert.rejects(parseEuFsfXml(cut), (e: Error) => e instanceof RejectedFileError && /line 28198: the file ends early, a truncated file/.test(e.message));
});

test('another XML document is not read as an EU file', async () => {
  await assert.rejects(parseEuFsfXml(bufferSource('x.xml', '<CONSOLIDATED_LIST></CONSOLIDATED_LIST>')), /not an EU Financial Sanctions File.*<CONSOLIDATED_LIST>/);
  await assert.rejects(parseEuFsfXml(bufferSource('x.xml', '<export><sanctionEntity logicalId="1"><nameAlias wholeName="A"/></sanctionEntity')), /ends early/);
});

/** What the parser must make of a generated entity, worked out from the model alone. */
function expected(e: GenEuEntity) {
  const names: { value: string; type: string }[] = [];
  for (const [i, a] of e.aliases.entries()) {
    if (!names.some((n) => n.value === a.name)) names.push({ value: a.name, type: i === 0 ? 'primary' : a.weak ? 'weak' : 'aka' });
  }
  return {
    id: e.id,
    kind: e.kind === 'person' ? 'person' : 'organization',
    names,
    programs: [e.programme],
    birthDates: e.birthYear === undefined ? [] : [{ year: e.birthYear, text: String(e.birthYear) }],
    identifiers: [
      { type: 'eu_reference', value: `EU.${e.id}.1`, label: 'EU reference number' },
      ...e.passports.map((p) => ({ type: 'passport', value: p, label: 'National passport' })),
    ],
  };
}

function compared(e: ListEntry) {
  return { id: e.id, kind: e.kind, names: e.names.map((n) => ({ value: n.value, type: n.type })), programs: e.programs, birthDates: e.birthDates, identifiers: e.identifiers };
}

test('property: a generated EU file reads back as the entities written', async () => {
  await fc.assert(
    fc.asyncProperty(euEntitiesArb, async (entities) => {
      const r = await parseEuFsfXml(bufferSource('gen.xml', euFsfXml(entities)));
      assert.deepEqual(r.entries.map(compared), entities.map(expected));
      assert.equal(r.sourceDate, '2026-08-05');
    }),
    { numRuns: 60 },
  );
});

test('property: an EU file cut at any byte is refused, never read as a shorter list', () => assertCutXmlRefused(euEntitiesArb, (e) => euFsfXml(e), '</export>', (s) => parseEuFsfXml(s)));

test('property: a damaged EU file is read or refused as a whole, never failing otherwise', async () => {
  await fc.assert(
    fc.asyncProperty(euEntitiesArb, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }), async (entities, flips) => {
      const bytes = Buffer.from(euFsfXml(entities), 'utf8');
      for (const [at, value] of flips) bytes[Math.floor(at * bytes.length)] = value;
      await parseEuFsfXml(bufferSource('damaged.xml', bytes)).catch((e: unknown) => assert.ok(e instanceof RejectedFileError, String(e)));
    }),
    { numRuns: 80 },
  );
});
