import type { Address, EntryKind, Identifier, ListEntry, ListRef, NameType, PartialDate } from '../model/list-entry.js';
import type { MalformedRow, ParseOptions, ParseResult } from '../model/parse-result.js';
import { detectScript } from '../names/script.js';
import { toIso2 } from './countries.js';
import { toIdentifier } from './csl-fields.js';
import { addBirthDate, addName, addUnique, compactDate, emptyEntry, joinPlace } from './entry.js';
import { mergeInto } from './entry-merge.js';
import { EntrySink } from './entry-sink.js';
import { enforceMalformedLimit } from './malformed.js';
import { toIsoDate } from './partial-date.js';
import type { InputSource } from './source.js';
import { attr, childrenNamed, readXmlRecords, type XmlElement } from './xml-records.js';

/**
 * Parser for the EU Consolidated Financial Sanctions List as the Financial Sanctions Files publish it,
 * XML 1.1 (`YYYYMMDD-FULL-1_1(xsd).xml`): an `export` root holding one `sanctionEntity` per listing,
 * whose facts sit mostly in attributes (names in `nameAlias`, dates in `birthdate`, documents in
 * `identification`). Every child repeats a `regulationSummary`, which this parser does not need.
 */

export const EU_LIST: ListRef = { code: 'EU', name: 'EU Consolidated Financial Sanctions List' };

const ROOT = 'export';
const RECORD = 'sanctionEntity';

const KINDS: Record<string, EntryKind> = { person: 'person', enterprise: 'organization' };

/** `identificationTypeCode` values to the model's identifier types; other codes go by their description. */
const ID_TYPES: Record<string, string> = {
  passport: 'passport',
  id: 'national_id',
  ssn: 'ssn',
  fiscalcode: 'tax_id',
  tin: 'tax_id',
  regnumber: 'registration',
  swiftbic: 'swift',
  imo: 'imo',
  drivinglicence: 'drivers_license',
  birthcert: 'birth_certificate',
  other: 'other',
};

/** The file writes "00" / "UNKNOWN" where it has no country. */
function country(element: XmlElement): { code?: string; text?: string } {
  const iso = attr(element, 'countryIso2Code').toUpperCase();
  const text = attr(element, 'countryDescription');
  const out: { code?: string; text?: string } = {};
  const code = iso && iso !== '00' ? toIso2(iso) : undefined;
  if (code) out.code = code;
  if (text && !/^unknown$/i.test(text)) out.text = text;
  return out;
}

function isTrue(value: string): boolean {
  return value.toLowerCase() === 'true';
}

/** The written name of an alias: `wholeName`, else its parts. */
function aliasName(alias: XmlElement): string {
  return attr(alias, 'wholeName') || [attr(alias, 'firstName'), attr(alias, 'middleName'), attr(alias, 'lastName')].filter(Boolean).join(' ');
}

/**
 * The alias that stands as the primary name. The file has no such flag; the name as the regulation
 * gives it in English (no language, or EN) in Latin letters is taken, else the first strong alias.
 */
function primaryIndex(aliases: readonly XmlElement[]): number {
  const usable = (a: XmlElement) => aliasName(a) !== '' && !isWeak(a);
  const english = aliases.findIndex(
    (a) => usable(a) && ['', 'EN'].includes(attr(a, 'nameLanguage').toUpperCase()) && detectScript(aliasName(a)) === 'latin',
  );
  if (english >= 0) return english;
  const strong = aliases.findIndex(usable);
  return strong >= 0 ? strong : aliases.findIndex((a) => aliasName(a) !== '');
}

function remarksOf(element: XmlElement): string[] {
  return childrenNamed(element, 'remark')
    .map((r) => r.text.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** A `birthdate` element as a date of known precision, or undefined when it gives no year. */
function birthDate(element: XmlElement): PartialDate | undefined {
  const circa = isTrue(attr(element, 'circa'));
  const from = Number(attr(element, 'yearRangeFrom'));
  const to = Number(attr(element, 'yearRangeTo'));
  if (from > 0 && to >= from) return { fromYear: from, toYear: to, approximate: true, text: `between ${from} and ${to}` };
  const full = toIsoDate(attr(element, 'birthdate'));
  const year = Number(attr(element, 'year')) || (full ? Number(full.slice(0, 4)) : 0);
  if (!year) return undefined;
  const month = full ? Number(full.slice(5, 7)) : Number(attr(element, 'monthOfYear')) || undefined;
  const day = full ? Number(full.slice(8, 10)) : Number(attr(element, 'dayOfMonth')) || undefined;
  const text = full ?? [year, month && String(month).padStart(2, '0'), month && day && String(day).padStart(2, '0')].filter(Boolean).join('-');
  if (circa) return compactDate({ year, month, day, fromYear: year - 1, toYear: year + 1, approximate: true, text: `circa ${text}` });
  return compactDate({ year, month, day, text });
}

function address(element: XmlElement): Address | undefined {
  const street = [attr(element, 'street'), attr(element, 'poBox') && `PO Box ${attr(element, 'poBox')}`].filter(Boolean).join(', ');
  const out: Address = {};
  if (street) out.street = street;
  const city = joinPlace([attr(element, 'city'), attr(element, 'place')]);
  if (city) out.city = city;
  if (attr(element, 'region')) out.region = attr(element, 'region');
  if (attr(element, 'zipCode')) out.postalCode = attr(element, 'zipCode');
  const { code, text } = country(element);
  if (code) out.country = code;
  else if (text) out.countryText = text;
  return Object.keys(out).length ? out : undefined;
}

function identification(element: XmlElement): Identifier | undefined {
  const value = attr(element, 'number') || attr(element, 'latinNumber');
  if (!value) return undefined;
  const code = attr(element, 'identificationTypeCode').toLowerCase();
  const label = attr(element, 'identificationTypeDescription') || code || 'Identification';
  const type = ID_TYPES[code] ?? toIdentifier({ label, value })?.type ?? 'other';
  const id: Identifier = { type, value, label };
  const { code: issuer } = country(element);
  if (issuer) id.country = issuer;
  const flags = ['diplomatic', 'knownFalse', 'knownExpired', 'reportedLost', 'revokedByIssuer'].filter((f) => isTrue(attr(element, f)));
  const note = [
    attr(element, 'issuedBy') && `issued by ${attr(element, 'issuedBy')}`,
    attr(element, 'nameOnDocument') && `name on document: ${attr(element, 'nameOnDocument')}`,
    ...flags.map((f) => f.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)),
    ...remarksOf(element),
  ]
    .filter(Boolean)
    .join('; ');
  if (note) id.note = note;
  return id;
}

/** A weak alias: flagged `strong="false"`, or remarked as a low quality alias (as the UN calls them). */
function isWeak(alias: XmlElement): boolean {
  return attr(alias, 'strong') === 'false' || remarksOf(alias).some((r) => /\blow quality\b/i.test(r));
}

function addNames(entry: ListEntry, aliases: readonly XmlElement[], remarks: string[], titles: string[]): void {
  const primary = primaryIndex(aliases);
  const order = primary > 0 ? [aliases[primary]!, ...aliases.filter((_, i) => i !== primary)] : aliases;
  for (const alias of order) {
    const name = aliasName(alias);
    if (!name) continue;
    const type: NameType = entry.names.length === 0 ? 'primary' : isWeak(alias) ? 'weak' : 'aka';
    addName(entry, name, type);
    for (const t of [attr(alias, 'title'), attr(alias, 'function')]) if (t && !titles.includes(t)) titles.push(t);
    for (const r of remarksOf(alias)) remarks.push(`${name}: ${r}`);
  }
}

/** Maps one `sanctionEntity`, or says why it cannot be. */
function mapEntity(record: XmlElement): ListEntry | string {
  const id = attr(record, 'logicalId');
  if (!id) return 'sanctionEntity without logicalId';
  const kind = KINDS[attr(childrenNamed(record, 'subjectType')[0] ?? record, 'code').toLowerCase()] ?? 'unknown';
  const entry = emptyEntry(id, EU_LIST, kind);
  const remarks: string[] = [...remarksOf(record)];
  const titles: string[] = [];
  addNames(entry, childrenNamed(record, 'nameAlias'), remarks, titles);
  if (entry.names.length === 0) return `sanctionEntity ${id} has no name`;

  const reference = attr(record, 'euReferenceNumber');
  if (reference) entry.identifiers.push({ type: 'eu_reference', value: reference, label: 'EU reference number' });
  const un = attr(record, 'unitedNationId');
  if (un) entry.identifiers.push({ type: 'un_reference', value: un, label: 'UN reference number' });
  const designated = toIsoDate(attr(record, 'designationDate'));
  if (designated) entry.legal.effectiveDate = designated;
  if (attr(record, 'designationDetails')) remarks.push(`Designation: ${attr(record, 'designationDetails')}`);

  const acts: string[] = [];
  for (const regulation of childrenNamed(record, 'regulation')) {
    addUnique(entry.programs, attr(regulation, 'programme'));
    addUnique(acts, attr(regulation, 'numberTitle'));
    const url = childrenNamed(regulation, 'publicationUrl')[0]?.text.trim();
    if (url && !entry.sourceUrl) entry.sourceUrl = url;
  }
  if (acts.length) entry.legal.legalActs = acts;

  for (const citizenship of childrenNamed(record, 'citizenship')) {
    const { code, text } = country(citizenship);
    if (code) {
      addUnique(entry.citizenships, code);
      addUnique(entry.countries, code);
    } else if (text) remarks.push(`Citizenship: ${text}`);
  }
  for (const element of childrenNamed(record, 'birthdate')) {
    const date = birthDate(element);
    if (date) addBirthDate(entry, date);
    const { code, text } = country(element);
    const place = joinPlace([attr(element, 'city'), attr(element, 'place'), attr(element, 'region'), text ?? code ?? '']);
    if (place && place !== '-') addUnique(entry.placesOfBirth, place);
    for (const r of remarksOf(element)) remarks.push(`Birth date: ${r}`);
  }
  for (const element of childrenNamed(record, 'identification')) {
    const id = identification(element);
    if (id) entry.identifiers.push(id);
  }
  for (const element of childrenNamed(record, 'address')) {
    const a = address(element);
    if (a) {
      entry.addresses.push(a);
      addUnique(entry.countries, a.country);
    }
    for (const contact of childrenNamed(element, 'contactInfo')) {
      if (attr(contact, 'value')) remarks.push(`${attr(contact, 'key') || 'Contact'}: ${attr(contact, 'value')}`);
    }
    for (const r of remarksOf(element)) remarks.push(`Address: ${r}`);
  }
  if (titles.length) entry.title = titles.join('; ');
  if (remarks.length) entry.remarks = remarks.join('\n');
  return entry;
}

/**
 * Reads an EU Financial Sanctions File (XML 1.1), streaming. A file that is not well-formed, or that
 * ends before `</export>` (a cut download), is refused as a whole; an entity without id or name is a
 * malformed row. The file repeats an entity once per programme it is listed under, with the same
 * logicalId: those records are folded into one entry, in the order of their first appearance.
 */
export async function parseEuFsfXml(input: InputSource, options: ParseOptions = {}): Promise<ParseResult> {
  const malformed: MalformedRow[] = [];
  const byId = new Map<string, ListEntry>();
  let rowsRead = 0;
  let sourceDate: string | undefined;
  await readXmlRecords(input, {
    root: ROOT,
    describe: 'an EU Financial Sanctions File (XML 1.1)',
    record: RECORD,
    onRoot: (attributes) => {
      sourceDate = toIsoDate(/^\d{4}-\d{2}-\d{2}/.exec(attributes['generationDate'] ?? '')?.[0]);
    },
    onRecord: (record) => {
      rowsRead++;
      const mapped = mapEntity(record);
      if (typeof mapped === 'string') return void malformed.push({ file: input.name, line: record.line, reason: mapped });
      const first = byId.get(mapped.id);
      if (first) mergeInto(first, mapped);
      else byId.set(mapped.id, mapped);
    },
  });
  // Entries are complete only at the end of the file, once every record of each has been read.
  const entries = new EntrySink(options.onEntry);
  for (const entry of byId.values()) entries.push(entry);
  enforceMalformedLimit(input.name, rowsRead, entries.count, malformed, options);
  const result: ParseResult = { format: 'eu-fsf-xml', entries: entries.entries, rowsRead, malformed, files: [input.name] };
  if (sourceDate) result.sourceDate = sourceDate;
  return result;
}
