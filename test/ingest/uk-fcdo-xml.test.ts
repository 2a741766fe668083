import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import fc from 'fast-check';
import { RejectedFileError } from '../../src/ingest/malformed.js';
import { bufferSource, fileSource } from '../../src/ingest/source.js';
import { parseUkFcdoXml } from '../../src/ingest/uk-fcdo-xml.js';
import type { ListEntry } from '../../src/model/list-entry.js';
import { repoRoot } from '../helpers/data.js';
import { assertCutXmlRefused, ukDesignationsArb, ukFcdoXml, type GenUkDesignation } from '../helpers/eu-uk-lists.js';

// No UK Sanctions List file could be obtained; this fixture is written in its published layout.
const fixture = join(repoRoot, 'test', 'fixtures', 'uk-fcdo', 'UK-Sanctions-List.xml');

test('UK Sanctions List XML: designations of persons, entities and ships', async () => {
  const r = await parseUkFcdoXml(fileSource(fixture));
  assert.equal(r.format, 'uk-fcdo-xml');
  assert.equal(r.sourceDate, '2026-11-02');
  assert.deepEqual(r.malformed, []);
  assert.deepEqual(r.entries.map((e) => [e.id, e.kind]), [['RUS9901', 'person'], ['IRN9902', 'organization'], ['DPR9903', 'vessel']]);
  const [person, entity, ship] = r.entries as [ListEntry, ListEntry, ListEntry];
  assert.deepEqual(person.list, { code: 'UK', name: 'UK Sanctions List (FCDO)' });
  assert.deepEqual(person.names, [
    { value: 'Pyotr Ilyich ZAVODSKOY', type: 'primary', script: 'latin' },
    { value: 'Petr ZAVODSKOI', type: 'aka', script: 'latin' },
    { value: 'Пётр Ильич Заводской', type: 'aka', script: 'cyrillic' },
  ]);
  assert.deepEqual(person.birthDates, [{ year: 1961, month: 11, day: 7, text: '07/11/1961' }, { year: 1962, text: 'dd/mm/1962' }]);
  assert.deepEqual(person.nationalities, ['RU']);
  assert.deepEqual(person.placesOfBirth, ['Tula, Russia']);
  assert.deepEqual(person.addresses, [{ street: '12 Testovaya Street', city: 'Moscow', postalCode: '101000', country: 'RU' }]);
  assert.equal(person.title, 'Colonel; Director of an invented plant');
  assert.deepEqual(person.programs, ['The Russia (Sanctions) (EU Exit) Regulations 2019']);
  assert.equal(person.legal.effectiveDate, '2022-02-24');
  assert.deepEqual(person.identifiers, [
    { type: 'ofsi_group_id', value: '99001', label: 'OFSI Group ID' },
    { type: 'passport', value: '990011223', label: 'Passport', note: 'Russian foreign travel passport' },
    { type: 'national_id', value: '7700000001', label: 'National identification number', note: 'Tax identification number (INN)' },
  ]);
  assert.match(person.remarks ?? '', /Sanctions imposed: Asset freeze; Travel Ban/);

  assert.deepEqual(entity.names.map((n) => [n.value, n.type, n.script]), [
    ['NORTHWIND TEST TRADING COMPANY', 'primary', 'latin'],
    ['NTTC', 'weak', 'latin'],
    ['Northwind Test Trading Co', 'aka', 'latin'],
    ['شركة نورثويند للتجارة', 'aka', 'arabic'],
  ]);
  assert.deepEqual(entity.identifiers.map((i) => [i.type, i.value]), [['registration', '123456'], ['registration', 'DMCC-99887']]);
  assert.deepEqual(entity.countries, ['AE']);

  assert.deepEqual(ship.identifiers.map((i) => [i.type, i.value]), [['un_reference', 'KPv.999'], ['imo', '9999991']]);
  assert.deepEqual(ship.vessel, { owner: 'Invented Shipping Ltd', flag: 'Togo', vesselType: 'Tanker' });
});

test('a designation without id or name is a malformed row with its line; another root is refused', async () => {
  const bad = '  <Designation><Names><Name><Name6>X</Name6></Name></Names></Designation>\n  <Designation><UniqueID>A1</UniqueID></Designation>\n';
  const text = ukFcdoXml([]).replace('</Designations>', `${bad}</Designations>`);
  await assert.rejects(parseUkFcdoXml(bufferSource('uk.xml', text)), (e: Error) => e instanceof RejectedFileError && /no list entries/.test(e.message));
  const r = await parseUkFcdoXml(bufferSource('uk.xml', `${text.replace('</Designations>', '')}<Designation><UniqueID>B2</UniqueID><Names><Name><Name6>Y</Name6></Name></Names></Designation></Designations>`), {
    maxMalformedShare: 1,
  });
  assert.deepEqual(r.entries.map((e) => e.id), ['B2']);
  assert.deepEqual(r.malformed, [
    { file: 'uk.xml', line: 4, reason: 'Designation without UniqueID' },
    { file: 'uk.xml', line: 5, reason: 'Designation A1 has no name' },
  ]);
  await assert.rejects(parseUkFcdoXml(bufferSource('x.xml', '<export></export>')), /not a UK Sanctions List \(FCDO\) XML file/);
});

function expected(d: GenUkDesignation) {
  const names: { value: string; type: string }[] = [];
  for (const n of d.names) {
    const value = [n.given, n.surname].filter(Boolean).join(' ');
    const type = n.type === 'Primary Name' ? (names.length === 0 ? 'primary' : 'aka') : n.low ? 'weak' : 'aka';
    if (!names.some((m) => m.value === value)) names.push({ value, type });
  }
  for (const value of d.nonLatin) if (!names.some((m) => m.value === value)) names.push({ value, type: 'aka' });
  const birthDates =
    d.kind !== 'Individual'
      ? []
      : d.dobs.map((text) => {
          const [day, month, year] = text.split('/');
          return day === 'dd' ? { year: Number(year), text } : { year: Number(year), month: Number(month), day: Number(day), text };
        });
  return { id: d.id, kind: { Individual: 'person', Entity: 'organization', Ship: 'vessel' }[d.kind], names, birthDates, programs: [d.regime] };
}

const compared = (e: ListEntry) => ({ id: e.id, kind: e.kind, names: e.names.map((n) => ({ value: n.value, type: n.type })), birthDates: e.birthDates, programs: e.programs });

test('property: a generated UK Sanctions List reads back as the designations written', async () => {
  await fc.assert(
    fc.asyncProperty(ukDesignationsArb, async (designations) => {
      const r = await parseUkFcdoXml(bufferSource('uk.xml', ukFcdoXml(designations)));
      assert.deepEqual(r.entries.map(compared), designations.map(expected));
    }),
    { numRuns: 60 },
  );
});

test('property: a UK Sanctions List cut at any byte is refused, never read as a shorter list', () =>
  assertCutXmlRefused(ukDesignationsArb, (d) => ukFcdoXml(d), '</Designations>', (s) => parseUkFcdoXml(s)));
