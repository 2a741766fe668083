import type { Address, EntryKind, Identifier, ListEntry, ListRef, NameType, VesselInfo } from '../model/list-entry.js';
import type { MalformedRow, ParseOptions, ParseResult } from '../model/parse-result.js';
import { addBirthDate, addName, addUnique, emptyEntry, joinPlace } from './entry.js';
import { mergeInto } from './entry-merge.js';
import { EntrySink } from './entry-sink.js';
import { enforceMalformedLimit, RejectedFileError } from './malformed.js';
import { labelledFacts, splitNumbered, ukCountries, ukDate, ukIsoDate } from './uk-fields.js';

/**
 * The rows of the HM Treasury OFSI Consolidated List, whether read from `ConList.xlsx` or
 * `ConList.csv`: row 1 "Last Updated" and the list date, row 2 the header, then one row per name of
 * a listed person, entity or ship, keyed by `Group ID`. A group's rows are spread over the file (it is
 * sorted by name) and each repeats the group's other facts, sometimes varied (one row per date of
 * birth), so entries are built from all of a group's rows once the file has been read.
 */

export const OFSI_LIST: ListRef = { code: 'OFSI', name: 'UK OFSI Consolidated List of Financial Sanctions Targets' };

type Field =
  | 'name1' | 'name2' | 'name3' | 'name4' | 'name5' | 'name6' | 'title' | 'nonLatin' | 'dob' | 'townOfBirth' | 'countryOfBirth'
  | 'nationality' | 'passport' | 'passportDetails' | 'nationalId' | 'nationalIdDetails' | 'position'
  | 'address1' | 'address2' | 'address3' | 'address4' | 'address5' | 'address6' | 'postCode' | 'country'
  | 'otherInformation' | 'groupType' | 'aliasType' | 'aliasQuality' | 'regime' | 'listedOn' | 'designated'
  | 'lastUpdated' | 'groupId';

/** Header names (lower case, single spaces) to fields; older files say "NI Details". */
const COLUMNS: Readonly<Record<string, Field>> = {
  'name 1': 'name1', 'name 2': 'name2', 'name 3': 'name3', 'name 4': 'name4', 'name 5': 'name5', 'name 6': 'name6',
  'title': 'title', 'name non-latin script': 'nonLatin', 'dob': 'dob', 'town of birth': 'townOfBirth',
  'country of birth': 'countryOfBirth', 'nationality': 'nationality', 'passport number': 'passport',
  'passport details': 'passportDetails', 'national identification number': 'nationalId',
  'national identification details': 'nationalIdDetails', 'ni details': 'nationalIdDetails', 'position': 'position',
  'address 1': 'address1', 'address 2': 'address2', 'address 3': 'address3', 'address 4': 'address4',
  'address 5': 'address5', 'address 6': 'address6', 'post/zip code': 'postCode', 'country': 'country',
  'other information': 'otherInformation', 'group type': 'groupType', 'alias type': 'aliasType',
  'alias quality': 'aliasQuality', 'regime': 'regime', 'listed on': 'listedOn',
  'uk sanctions list date designated': 'designated', 'last updated': 'lastUpdated', 'group id': 'groupId',
};

const REQUIRED: readonly Field[] = ['name6', 'groupId', 'groupType', 'aliasType'];

/** The fields that say something about the listing rather than about one of its names. */
const FACT_FIELDS: readonly Field[] = (Object.values(COLUMNS) as Field[]).filter(
  (f, i, all) => all.indexOf(f) === i && !/^name\d$/.test(f) && !['nonLatin', 'aliasType', 'aliasQuality', 'groupId'].includes(f),
);

const KINDS: Readonly<Record<string, EntryKind>> = { individual: 'person', entity: 'organization', ship: 'vessel' };

/** Labels of the facts in Other Information; each one ends the value before it. */
const FACT_LABELS = [
  'UK Sanctions List Ref', 'UK Statement of Reasons', 'UN Ref', 'Gender', 'Phone number', 'Email address', 'Website', 'Fax',
  'Type of entity', 'Parent company', 'Subsidiaries', 'Business Reg No', 'IMO number', 'Current owners', 'Flag of ship',
  'Previous flags', 'Type of ship', 'Tonnage of ship', 'Length of ship', 'Year built',
] as const;

type Row = Readonly<Partial<Record<Field, string>>>;

/** Numbered values of two cells that go together (numbers and their details), paired when they can be. */
function paired(values: string[], details: string[]): { value: string; note?: string }[] {
  if (details.length === values.length) return values.map((value, i) => ({ value, note: details[i] }));
  const note = details.join('; ') || undefined;
  return values.map((value) => ({ value, note }));
}

function documents(type: string, label: string, numbers: string | undefined, details: string | undefined): Identifier[] {
  return paired(splitNumbered(numbers), splitNumbered(details)).map(({ value, note }) => (note ? { type, value, label, note } : { type, value, label }));
}

function address(row: Row): Address | undefined {
  const out: Address = {};
  const street = joinPlace([row.address1, row.address2, row.address3, row.address4, row.address5].map((v) => v ?? ''));
  if (street) out.street = street;
  if (row.address6) out.city = row.address6;
  if (row.postCode) out.postalCode = row.postCode;
  if (row.country) {
    const [code] = ukCountries(row.country);
    if (code) out.country = code;
    else out.countryText = row.country;
  }
  return Object.keys(out).length ? out : undefined;
}

/** The facts of Other Information that the model has a place for; the whole text stays in the remarks. */
function otherFacts(entry: ListEntry, text: string | undefined): void {
  const facts = labelledFacts(text, FACT_LABELS);
  const ref = /^[A-Z]{2,4}\d{3,5}\b/.exec(facts.get('UK Sanctions List Ref') ?? '')?.[0];
  if (ref) entry.identifiers.push({ type: 'uk_sanctions_ref', value: ref, label: 'UK Sanctions List Ref' });
  const un = /^[A-Z]{2}[a-z]\.\d{3}\b/.exec(facts.get('UN Ref') ?? '')?.[0];
  if (un) entry.identifiers.push({ type: 'un_reference', value: un, label: 'UN reference number' });
  for (const value of splitNumbered(facts.get('Business Reg No'))) entry.identifiers.push({ type: 'registration', value, label: 'Business Reg No' });
  const imo = /\b\d{7}\b/.exec(facts.get('IMO number') ?? '')?.[0];
  if (imo) entry.identifiers.push({ type: 'imo', value: imo, label: 'IMO number' });
  const vessel: VesselInfo = {};
  const flag = facts.get('Flag of ship')?.replace(/\.$/, '');
  if (flag) vessel.flag = flag;
  const type = facts.get('Type of ship')?.replace(/\.$/, '');
  if (type) vessel.vesselType = type;
  const tonnage = facts.get('Tonnage of ship')?.replace(/\.$/, '');
  if (tonnage) vessel.tonnage = tonnage;
  const owner = facts.get('Current owners')?.replace(/\.$/, '');
  if (owner) vessel.owner = owner;
  if (Object.keys(vessel).length) entry.vessel = vessel;
}

/** Everything a row says about its group except its name. */
function rowFacts(row: Row, id: string, kind: EntryKind): ListEntry {
  const entry = emptyEntry(id, OFSI_LIST, kind);
  const remarks: string[] = [];
  const dob = ukDate(row.dob);
  if (dob) addBirthDate(entry, dob);
  else if (row.dob) remarks.push(`Date of birth: ${row.dob}`);
  const towns = splitNumbered(row.townOfBirth);
  const birthCountries = splitNumbered(row.countryOfBirth);
  const places = towns.length === birthCountries.length ? towns.map((t, i) => joinPlace([t, birthCountries[i]!])) : [...towns, ...birthCountries];
  for (const p of places) addUnique(entry.placesOfBirth, p);
  for (const text of splitNumbered(row.nationality)) {
    const codes = ukCountries(text);
    for (const code of codes) {
      addUnique(entry.nationalities, code);
      addUnique(entry.countries, code);
    }
    if (codes.length === 0) remarks.push(`Nationality: ${text}`);
  }
  entry.identifiers.push(
    ...documents('passport', 'Passport', row.passport, row.passportDetails),
    ...documents('national_id', 'National identification number', row.nationalId, row.nationalIdDetails),
  );
  otherFacts(entry, row.otherInformation);
  const a = address(row);
  if (a) {
    entry.addresses.push(a);
    addUnique(entry.countries, a.country);
  }
  if (row.regime) entry.programs.push(row.regime);
  const listed = ukIsoDate(row.listedOn);
  if (listed) entry.legal.effectiveDate = listed;
  const title = [...splitNumbered(row.title), ...splitNumbered(row.position)].join('; ');
  if (title) entry.title = title;
  if (row.otherInformation) remarks.push(row.otherInformation);
  const designated = ukIsoDate(row.designated);
  if (designated) remarks.push(`Designated on the UK Sanctions List: ${designated}`);
  const updated = ukIsoDate(row.lastUpdated);
  if (updated) remarks.push(`Last updated: ${updated}`);
  if (remarks.length) entry.remarks = remarks.join('\n');
  return entry;
}

function nameType(row: Row): NameType {
  const type = (row.aliasType ?? '').toLowerCase();
  if (type === 'primary name' || type === 'prime alias') return 'primary';
  if (type === 'fka') return 'fka';
  if (/\blow\b/i.test(row.aliasQuality ?? '')) return 'weak';
  return 'aka';
}

interface Group {
  entry: ListEntry;
  names: { value: string; type: NameType }[];
  /** Rows whose facts are already mapped into the entry (one of each distinct set of facts). */
  factRows: Row[];
}

/**
 * Names in the order the model wants: the first primary name first, other primary names as
 * aliases; a group without a primary name row takes its first strong name.
 */
function settleNames(group: Group): void {
  const primary = group.names.find((n) => n.type === 'primary') ?? group.names.find((n) => n.type !== 'weak') ?? group.names[0]!;
  addName(group.entry, primary.value, 'primary');
  for (const n of group.names) addName(group.entry, n.value, n.type === 'primary' ? 'aka' : n.type);
}

/** Collects the rows of one OFSI file, in order, and turns them into entries at the end. */
export class OfsiRows {
  private columns: Map<Field, number> | undefined;
  private width = 0;
  private readonly groups = new Map<string, Group>();
  private readonly malformed: MalformedRow[] = [];
  private rowsRead = 0;
  private sourceDate: string | undefined;

  constructor(private readonly file: string) {}

  /** True once the header has been read. */
  get hasHeader(): boolean {
    return this.columns !== undefined;
  }

  /** Columns in the header, for a reader that checks row widths. */
  get headerWidth(): number {
    return this.width;
  }

  /** One row of cells as the file holds them (empty cells as '' or null), with its line or row number. */
  push(cells: readonly (string | null | undefined)[], line: number): void {
    const text = cells.map((c) => (c ?? '').replace(/^\uFEFF/, '').trim());
    if (!this.columns) return this.preamble(text, line);
    if (text.every((c) => c === '')) return;
    this.rowsRead++;
    const row: Partial<Record<Field, string>> = {};
    for (const [field, index] of this.columns) if (text[index]) row[field] = text[index]!.replace(/\s+/g, ' ');
    const id = row.groupId;
    if (!id) return void this.malformed.push({ file: this.file, line, reason: 'no Group ID' });
    const name = [row.name1, row.name2, row.name3, row.name4, row.name5, row.name6].filter(Boolean).join(' ');
    if (!name && !row.nonLatin) return void this.malformed.push({ file: this.file, line, reason: `Group ID ${id}: no name` });
    // A group's rows mostly repeat the same facts beside another name; those are mapped once.
    let group = this.groups.get(id);
    if (!group) {
      group = { entry: rowFacts(row, id, KINDS[(row.groupType ?? '').toLowerCase()] ?? 'unknown'), names: [], factRows: [row] };
      this.groups.set(id, group);
    } else if (!group.factRows.some((seen) => FACT_FIELDS.every((f) => seen[f] === row[f]))) {
      group.factRows.push(row);
      mergeInto(group.entry, rowFacts(row, id, KINDS[(row.groupType ?? '').toLowerCase()] ?? 'unknown'));
    }
    const type = nameType(row);
    if (name) group.names.push({ value: name, type });
    if (row.nonLatin) group.names.push({ value: row.nonLatin, type: type === 'primary' ? 'aka' : type });
  }

  /** Row 1 ("Last Updated", date) and the header row; anything else before the header is refused. */
  private preamble(text: string[], line: number): void {
    const first = text[0]?.toLowerCase() ?? '';
    if (first === 'last updated' && this.sourceDate === undefined) {
      this.sourceDate = ukIsoDate(text[1]) ?? '';
      return;
    }
    const columns = new Map<Field, number>();
    text.forEach((name, index) => {
      const field = COLUMNS[name.toLowerCase().replace(/\s+/g, ' ')];
      if (field && !columns.has(field)) columns.set(field, index);
    });
    const missing = REQUIRED.filter((f) => !columns.has(f));
    if (missing.length) {
      throw new RejectedFileError(
        this.file,
        `not an OFSI Consolidated List: line ${line} is not its header (no ${missing.map((f) => Object.keys(COLUMNS).find((k) => COLUMNS[k] === f)).join(', ')} column)`,
      );
    }
    this.columns = columns;
    this.width = text.length;
  }

  /** Reports a malformed row found by the reader (a row of the wrong width, say). */
  reportMalformed(line: number, reason: string): void {
    this.rowsRead++;
    this.malformed.push({ file: this.file, line, reason });
  }

  result(format: 'ofsi-csv' | 'ofsi-xlsx', options: ParseOptions): ParseResult {
    if (!this.columns) throw new RejectedFileError(this.file, 'not an OFSI Consolidated List: no header row');
    const entries = new EntrySink(options.onEntry);
    for (const group of this.groups.values()) {
      settleNames(group);
      entries.push(group.entry);
    }
    enforceMalformedLimit(this.file, this.rowsRead, entries.count, this.malformed, options);
    const result: ParseResult = { format, entries: entries.entries, rowsRead: this.rowsRead, malformed: this.malformed, files: [this.file] };
    if (this.sourceDate) result.sourceDate = this.sourceDate;
    return result;
  }
}
