import type { Address, EntryKind, Identifier, ListEntry, ListRef, NameType, VesselInfo } from '../model/list-entry.js';
import type { MalformedRow, ParseOptions, ParseResult } from '../model/parse-result.js';
import { addBirthDate, addName, addUnique, emptyEntry, joinPlace } from './entry.js';
import { EntrySink } from './entry-sink.js';
import { enforceMalformedLimit } from './malformed.js';
import type { InputSource } from './source.js';
import { splitNumbered, ukCountries, ukDate, ukIsoDate } from './uk-fields.js';
import { elementsAt, readXmlRecords, textAt, textsAt, type XmlElement } from './xml-records.js';

/**
 * Parser for the FCDO UK Sanctions List in its XML form (`UK-Sanctions-List.xml`), the UK list of
 * record since OFSI's Consolidated List closed: a `Designations` root with a `DateGenerated` and one
 * `Designation` per listing, keyed by `UniqueID` (the "UK Sanctions List Ref", e.g. RUS0001), with
 * `OFSIGroupID` where OFSI also lists it. Written from the published layout, elements as named there.
 */

export const UK_LIST: ListRef = { code: 'UK', name: 'UK Sanctions List (FCDO)' };

const KINDS: Readonly<Record<string, EntryKind>> = { individual: 'person', entity: 'organization', ship: 'vessel' };

function nameType(name: XmlElement): NameType {
  const type = textAt(name, 'NameType').toLowerCase();
  if (type === 'primary name') return 'primary';
  if (/former|fka/.test(type)) return 'fka';
  if (/\blow\b/i.test(textAt(name, 'AliasStrength'))) return 'weak';
  return 'aka';
}

function nameOf(name: XmlElement): string {
  return ['Name1', 'Name2', 'Name3', 'Name4', 'Name5', 'Name6'].map((n) => textAt(name, n)).filter(Boolean).join(' ');
}

function addNames(entry: ListEntry, record: XmlElement): void {
  const names = elementsAt(record, 'Names', 'Name');
  const primary = names.find((n) => nameType(n) === 'primary' && nameOf(n)) ?? names.find((n) => nameOf(n));
  if (primary) addName(entry, nameOf(primary), 'primary');
  for (const n of names) {
    const type = nameType(n);
    addName(entry, nameOf(n), type === 'primary' ? 'aka' : type);
  }
  for (const value of textsAt(record, 'NonLatinNames', 'NonLatinName', 'NameNonLatinScript')) {
    addName(entry, value, entry.names.length === 0 ? 'primary' : 'aka');
  }
}

function address(element: XmlElement): Address | undefined {
  const out: Address = {};
  const street = joinPlace(['AddressLine1', 'AddressLine2', 'AddressLine3', 'AddressLine4', 'AddressLine5'].map((n) => textAt(element, n)));
  if (street) out.street = street;
  const city = textAt(element, 'AddressLine6');
  if (city) out.city = city;
  const postal = textAt(element, 'AddressPostalCode');
  if (postal) out.postalCode = postal;
  const country = textAt(element, 'AddressCountry');
  if (country) {
    const [code] = ukCountries(country);
    if (code) out.country = code;
    else out.countryText = country;
  }
  return Object.keys(out).length ? out : undefined;
}

function documents(record: XmlElement, path: string[], numberName: string, infoName: string, type: string, label: string): Identifier[] {
  return elementsAt(record, ...path).flatMap((doc) => {
    const value = textAt(doc, numberName);
    if (!value || value === '-') return [];
    const note = textAt(doc, infoName);
    return [note ? { type, value, label, note } : { type, value, label }];
  });
}

function individualFacts(entry: ListEntry, individual: XmlElement, remarks: string[]): void {
  for (const text of textsAt(individual, 'DOBs', 'DOB')) {
    const date = ukDate(text);
    if (date) addBirthDate(entry, date);
    else remarks.push(`Date of birth: ${text}`);
  }
  for (const text of textsAt(individual, 'Nationalities', 'Nationality')) {
    const codes = ukCountries(text);
    for (const code of codes) {
      addUnique(entry.nationalities, code);
      addUnique(entry.countries, code);
    }
    if (codes.length === 0) remarks.push(`Nationality: ${text}`);
  }
  for (const location of elementsAt(individual, 'BirthDetails', 'Location')) {
    const place = joinPlace([textAt(location, 'TownOfBirth'), textAt(location, 'CountryOfBirth')]);
    if (place) addUnique(entry.placesOfBirth, place);
  }
  entry.identifiers.push(
    ...documents(individual, ['PassportDetails', 'Passport'], 'PassportNumber', 'PassportAdditionalInformation', 'passport', 'Passport'),
    ...documents(
      individual,
      ['NationalIdentifierDetails', 'NationalIdentifier'],
      'NationalIdentifierNumber',
      'NationalIdentifierAdditionalInformation',
      'national_id',
      'National identification number',
    ),
  );
}

function shipFacts(entry: ListEntry, ship: XmlElement): void {
  for (const imo of textsAt(ship, 'IMONumbers', 'IMONumber')) {
    entry.identifiers.push({ type: 'imo', value: imo.replace(/^IMO\s*/i, ''), label: 'IMO number' });
  }
  const vessel: VesselInfo = {};
  const owner = textsAt(ship, 'CurrentOwnerOperators', 'CurrentOwnerOperator').join('; ');
  if (owner) vessel.owner = owner;
  const flag = textsAt(ship, 'CurrentBelievedFlagOfShips', 'CurrentBelievedFlagOfShip').join('; ');
  if (flag) vessel.flag = flag;
  const type = textsAt(ship, 'TypeOfShipDetails', 'TypeOfShip').join('; ');
  if (type) vessel.vesselType = type;
  const tonnage = textsAt(ship, 'TonnageOfShipDetails', 'TonnageOfShip').join('; ');
  if (tonnage) vessel.tonnage = tonnage;
  if (Object.keys(vessel).length) entry.vessel = vessel;
}

function entityFacts(entry: ListEntry, entity: XmlElement, remarks: string[]): void {
  for (const text of textsAt(entity, 'BusinessRegistrationNumbers', 'BusinessRegistrationNumber')) {
    for (const value of splitNumbered(text)) entry.identifiers.push({ type: 'registration', value, label: 'Business registration number' });
  }
  const types = textsAt(entity, 'TypeOfEntities', 'TypeOfEntity').join('; ');
  if (types) remarks.push(`Type of entity: ${types}`);
  const parents = textsAt(entity, 'ParentCompanies', 'ParentCompany').join('; ');
  if (parents) remarks.push(`Parent company: ${parents}`);
  const subsidiaries = textsAt(entity, 'Subsidiaries', 'Subsidiary').join('; ');
  if (subsidiaries) remarks.push(`Subsidiaries: ${subsidiaries}`);
}

/** Maps one Designation, or says why it cannot be. */
function mapDesignation(record: XmlElement): ListEntry | string {
  const id = textAt(record, 'UniqueID');
  if (!id) return 'Designation without UniqueID';
  const entry = emptyEntry(id, UK_LIST, KINDS[textAt(record, 'IndividualEntityShip').toLowerCase()] ?? 'unknown');
  addNames(entry, record);
  if (entry.names.length === 0) return `Designation ${id} has no name`;
  const remarks: string[] = [];
  const group = textAt(record, 'OFSIGroupID');
  if (group) entry.identifiers.push({ type: 'ofsi_group_id', value: group, label: 'OFSI Group ID' });
  const un = textAt(record, 'UNReferenceNumber');
  if (un) entry.identifiers.push({ type: 'un_reference', value: un, label: 'UN reference number' });
  const regime = textAt(record, 'RegimeName');
  if (regime) {
    entry.programs.push(regime);
    entry.legal.legalActs = [regime];
  }
  const designated = ukIsoDate(textAt(record, 'DateDesignated'));
  if (designated) entry.legal.effectiveDate = designated;
  const titles = [...textsAt(record, 'Titles', 'Title'), ...textsAt(record, 'IndividualDetails', 'Individual', 'Positions', 'Position')];
  if (titles.length) entry.title = titles.join('; ');
  for (const element of elementsAt(record, 'Addresses', 'Address')) {
    const a = address(element);
    if (a) {
      entry.addresses.push(a);
      addUnique(entry.countries, a.country);
    }
  }
  for (const individual of elementsAt(record, 'IndividualDetails', 'Individual')) individualFacts(entry, individual, remarks);
  for (const entity of elementsAt(record, 'EntityDetails', 'Entity')) entityFacts(entry, entity, remarks);
  for (const ship of elementsAt(record, 'ShipDetails', 'Ship')) shipFacts(entry, ship);
  for (const [label, path] of [
    ['Designation source', ['DesignationSource']],
    ['Sanctions imposed', ['SanctionsImposed']],
    ['Other information', ['OtherInformation']],
    ['Statement of reasons', ['UKStatementofReasons']],
    ['Phone', ['PhoneNumbers', 'PhoneNumber']],
    ['Email', ['EmailAddresses', 'EmailAddress']],
    ['Website', ['Websites', 'Website']],
  ] as const) {
    const text = textsAt(record, ...path).join('; ').replace(/\|/g, '; ');
    if (text) remarks.push(`${label}: ${text}`);
  }
  const updated = ukIsoDate(textAt(record, 'LastUpdated'));
  if (updated) remarks.push(`Last updated: ${updated}`);
  if (remarks.length) entry.remarks = remarks.join('\n');
  return entry;
}

/**
 * Reads the FCDO UK Sanctions List XML, streaming. A file that is not well-formed, or ends before
 * `</Designations>` (a cut download), is refused as a whole; a designation without id or name, or
 * with an id seen before, is a malformed row.
 */
export async function parseUkFcdoXml(input: InputSource, options: ParseOptions = {}): Promise<ParseResult> {
  const entries = new EntrySink(options.onEntry);
  const malformed: MalformedRow[] = [];
  const seen = new Map<string, number>();
  let rowsRead = 0;
  let sourceDate: string | undefined;
  await readXmlRecords(input, {
    root: 'Designations',
    describe: 'a UK Sanctions List (FCDO) XML file',
    record: 'Designation',
    onOther: (element) => {
      if (element.name === 'DateGenerated') sourceDate = ukIsoDate(element.text.trim());
    },
    onRecord: (record) => {
      rowsRead++;
      const mapped = mapDesignation(record);
      if (typeof mapped === 'string') malformed.push({ file: input.name, line: record.line, reason: mapped });
      else if (seen.has(mapped.id)) {
        malformed.push({ file: input.name, line: record.line, reason: `duplicate UniqueID ${mapped.id} (first at line ${seen.get(mapped.id)})` });
      } else {
        seen.set(mapped.id, record.line);
        entries.push(mapped);
      }
    },
  });
  enforceMalformedLimit(input.name, rowsRead, entries.count, malformed, options);
  const result: ParseResult = { format: 'uk-fcdo-xml', entries: entries.entries, rowsRead, malformed, files: [input.name] };
  if (sourceDate) result.sourceDate = sourceDate;
  return result;
}
