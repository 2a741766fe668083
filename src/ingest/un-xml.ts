import { SaxesParser } from 'saxes';
import type { Address, EntryKind, Identifier, ListEntry, ListRef, NameType, PartialDate } from '../model/list-entry.js';
import type { MalformedRow, ParseOptions, ParseResult } from '../model/parse-result.js';
import { detectScript } from '../names/script.js';
import { toIso2 } from './countries.js';
import { addBirthDate, addName, addUnique, compactDate, emptyEntry, joinPlace } from './entry.js';
import { EntrySink } from './entry-sink.js';
import { enforceMalformedLimit, RejectedFileError } from './malformed.js';
import { parsePartialDate, toIsoDate } from './partial-date.js';
import type { InputSource } from './source.js';

/**
 * Parser for the UN Security Council consolidated list (`consolidated.xml`), the official XML layout:
 * CONSOLIDATED_LIST > INDIVIDUALS > INDIVIDUAL and ENTITIES > ENTITY.
 */

export const UN_LIST: ListRef = { code: 'UN', name: 'UN Security Council Consolidated List' };

/** UN spellings that the shared country table does not resolve (they should move to countries.ts). */
const UN_COUNTRY_NAMES: Record<string, string> = {
  'china, hong kong special administrative region': 'HK',
  'china, macao special administrative region': 'MO',
  'british virgin islands': 'VG',
};

/** Values the UN writes where it has no nationality; "na" must not become Namibia. */
const NO_VALUE = /^(?:n\/?a|none|unknown|-)$/i;

function resolveCountry(text: string): string | undefined {
  if (NO_VALUE.test(text)) return undefined;
  return UN_COUNTRY_NAMES[text.toLowerCase()] ?? toIso2(text);
}

function clean(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** An xs:date may carry a time zone ("2015-04-07-04:00"); the calendar date is what the list means. */
function withoutZone(text: string): string {
  return text.replace(/^(\d{4}-\d{2}-\d{2})(?:Z|[+-]\d{2}:\d{2})$/, '$1');
}

function isoDate(text: string): string | undefined {
  return toIsoDate(withoutZone(text));
}

function dateOf(text: string): PartialDate | undefined {
  const d = parsePartialDate(withoutZone(text));
  return d && compactDate(d);
}

/** A child element of a record that has children of its own (an alias, an address, a document...). */
interface Group {
  name: string;
  /** Child element name to its texts, in order (NATIONALITY, TITLE... repeat VALUE). */
  fields: Map<string, string[]>;
}

/** One INDIVIDUAL or ENTITY as read, before mapping. */
interface RawRecord {
  kind: EntryKind;
  line: number;
  leaves: Map<string, string>;
  groups: Group[];
}

/** The first non-empty text of a child element. */
function field(group: Group, name: string): string {
  for (const v of group.fields.get(name) ?? []) {
    const c = clean(v);
    if (c) return c;
  }
  return '';
}

function values(group: Group, name: string): string[] {
  return (group.fields.get(name) ?? []).map(clean).filter(Boolean);
}

/**
 * Maps the alias QUALITY values present in the list. "Good" and "a.k.a." are strong aliases, "Low" marks
 * the weak ones the UN itself says are not enough to identify the person; an empty quality is treated
 * as a plain alias, since the name is still published as one.
 */
function aliasType(quality: string): NameType {
  const q = quality.toLowerCase().replace(/\s+/g, '');
  if (q === 'low') return 'weak';
  if (q === 'f.k.a.' || q === 'fka') return 'fka';
  if (q === 'n.k.a.' || q === 'nka') return 'nka';
  return 'aka';
}

type DocumentType = 'passport' | 'national_id' | 'tax_id' | 'other';

/** Classifies one document label; undefined when the label says nothing specific ("number:", "Other ID"). */
function classifyDocument(label: string): DocumentType | undefined {
  if (!label) return undefined;
  if (/pass(?:port|eport)|pasaporte/i.test(label)) return 'passport';
  if (/fiscal code|\btax\b/i.test(label)) return 'tax_id';
  if (/social security|\bssn\b/i.test(label)) return 'national_id';
  // Cards that identify a person but are not national identity documents.
  if (/birth|ration|student|driver|voter|residen|military|serviceman|fardc/i.test(label)) return 'other';
  if (/national|identity|identification|civil|personal|tazkira/i.test(label)) return 'national_id';
  return undefined;
}

function documentType(type1: string, type2: string): DocumentType {
  // TYPE_OF_DOCUMENT2 refines TYPE_OF_DOCUMENT ("National Identification Number" / "national passport").
  return classifyDocument(type2) ?? classifyDocument(type1) ?? 'other';
}

function documentLabel(type1: string, type2: string): string | undefined {
  // Labels written as a prefix of the number ("Ration card number:") lose their colon.
  type1 = type1.replace(/\s*:$/, '');
  type2 = type2.replace(/\s*:$/, '');
  if (type1 && type2 && type1.toLowerCase() !== type2.toLowerCase()) return `${type1} (${type2})`;
  return type1 || type2 || undefined;
}

function yearOf(text: string): number | undefined {
  if (!/^\d{4}$/.test(text)) return undefined;
  const y = Number(text);
  return y >= 1800 && y <= 2200 ? y : undefined;
}

/** Splits text at `separator` where it is outside parentheses. */
function splitTopLevel(text: string, separator: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === separator && depth === 0) {
      out.push(text.slice(start, i));
      start = i + 1;
    }
  }
  out.push(text.slice(start));
  return out;
}

/** Start index of the balanced parenthesized group that ends `text`, or -1. */
function trailingGroupStart(text: string): number {
  if (!text.endsWith(')')) return -1;
  let depth = 0;
  for (let i = text.length - 1; i >= 0; i--) {
    if (text[i] === ')') depth++;
    else if (text[i] === '(' && --depth === 0) return i;
  }
  return -1;
}

function stripVariantLabels(text: string): string {
  return text
    .replace(/^original script:\s*/i, '')
    .replace(/\s*\(original script\)$/i, '')
    .replace(/\s+-\s+sub-unit name$/i, '')
    .replace(/^[a-z]\)\s+/, '')
    .replace(/[\s,]+$/, '')
    .trim();
}

/**
 * The names one UN name field holds. The list packs spelling variants into one field ("Azim Adhajani;
 * Azim Agha-Jani", "a) ... b) ...") and pairs a name with its other-script form in parentheses
 * ("حسن غول (Hassan Ghul; Hassan Gul)", "Amir Khazmat (original script: Амир Хазмат)"). Matching needs
 * each name on its own. Parentheses in one script are left alone: there they are part of the name or
 * a qualifier ("(LRM)", "(birth name)").
 */
export function splitNameVariants(value: string): string[] {
  const out: string[] = [];
  const push = (v: string) => {
    const c = stripVariantLabels(clean(v));
    if (c && !out.includes(c)) out.push(c);
  };
  for (const piece of splitTopLevel(clean(value), ';').flatMap((p) => p.split(/\s+[b-z]\)\s+/))) {
    const trimmed = piece.trim().replace(/,$/, '').trim();
    const start = trailingGroupStart(trimmed);
    if (start > 0) {
      const outer = trimmed.slice(0, start).trim();
      const inner = trimmed.slice(start + 1, -1);
      const a = detectScript(outer);
      const b = detectScript(stripVariantLabels(inner));
      if (a !== b && a !== 'unknown' && b !== 'unknown' && (a !== 'latin' || b !== 'latin')) {
        push(outer);
        for (const v of splitTopLevel(inner, ';')) push(v);
        continue;
      }
    }
    push(trimmed);
  }
  return out;
}

function withNote(text: string, note: string): string {
  return note && note.toLowerCase() !== text.toLowerCase() ? `${text} (${note})` : text;
}

/**
 * Maps INDIVIDUAL_DATE_OF_BIRTH. Returns a date, or a remark when the source only has prose that is not
 * a date ("30-35 years old", a Hijri date), so that nothing the UN published is lost.
 */
function birthDate(group: Group): { date?: PartialDate; remark?: string } {
  const type = field(group, 'TYPE_OF_DATE').toUpperCase();
  const note = field(group, 'NOTE');
  const from = yearOf(field(group, 'FROM_YEAR'));
  const to = yearOf(field(group, 'TO_YEAR'));
  const dateText = field(group, 'DATE');
  const yearText = field(group, 'YEAR');
  const approximate = type === 'APPROXIMATELY' || /^approx/i.test(note);
  if (from !== undefined && to !== undefined && from <= to) {
    // Same convention as parsePartialDate: a range of years is flagged approximate.
    return { date: { fromYear: from, toYear: to, approximate: true, text: withNote(`between ${from} and ${to}`, note) } };
  }
  if (dateText) {
    const d = dateOf(dateText);
    if (d) {
      if (approximate && d.year !== undefined) {
        return { date: { ...d, approximate: true, fromYear: d.year - 1, toYear: d.year + 1, text: withNote(`approximately ${dateText}`, note) } };
      }
      return { date: { ...d, text: withNote(dateText, note) } };
    }
  }
  const year = yearOf(yearText);
  if (year !== undefined) {
    if (approximate) {
      return { date: { year, fromYear: year - 1, toYear: year + 1, approximate: true, text: withNote(`approximately ${year}`, note) } };
    }
    // The month is sometimes in the note alone ("Sep." with YEAR 1958).
    const withMonth = note ? dateOf(`${note} ${year}`) : undefined;
    if (withMonth?.year === year) return { date: { ...withMonth, text: `${note} ${year}` } };
    return { date: { year, text: withNote(String(year), note) } };
  }
  const extra = [dateText, yearText, field(group, 'FROM_YEAR'), field(group, 'TO_YEAR'), note].filter(Boolean).join(' ');
  if (!extra) return {};
  const parsed = dateOf(note);
  if (parsed) return { date: approximate && !parsed.approximate ? { ...parsed, approximate: true } : parsed };
  // "Between Aug. and Sep. 1977": the year is certain even if the wording is not a date.
  const years = [...extra.matchAll(/\b(1[89]\d\d|2[01]\d\d)\b/g)].map((m) => Number(m[1]));
  if (years.length === 1) return { date: compactDate({ year: years[0]!, approximate: approximate || undefined, text: extra }) };
  return { remark: `Date of birth: ${extra}` };
}

function address(group: Group): Address | undefined {
  const street = field(group, 'STREET');
  const city = field(group, 'CITY');
  const region = field(group, 'STATE_PROVINCE');
  const postalCode = field(group, 'ZIP_CODE');
  const countryText = field(group, 'COUNTRY');
  const note = field(group, 'NOTE');
  const a: Address = {};
  if (street) a.street = street;
  if (city) a.city = city;
  if (region) a.region = region;
  if (postalCode) a.postalCode = postalCode;
  if (countryText) {
    const code = resolveCountry(countryText);
    if (code) a.country = code;
    else a.countryText = countryText;
  }
  // A note beside real fields qualifies them ("as of June 2016", a phone number); some addresses are
  // published in the note alone, and then the note is the street text.
  if (Object.keys(a).length === 0) {
    if (!note) return undefined;
    a.street = note;
  }
  return a;
}

function mapDocument(group: Group, remarks: string[]): Identifier | undefined {
  const type1 = field(group, 'TYPE_OF_DOCUMENT');
  const type2 = field(group, 'TYPE_OF_DOCUMENT2');
  const number = field(group, 'NUMBER');
  const issuing = field(group, 'ISSUING_COUNTRY');
  const countryOfIssue = field(group, 'COUNTRY_OF_ISSUE');
  const notes: string[] = [];
  const dateOfIssue = field(group, 'DATE_OF_ISSUE');
  const cityOfIssue = field(group, 'CITY_OF_ISSUE');
  if (dateOfIssue) notes.push(`issued ${isoDate(dateOfIssue) ?? dateOfIssue}`);
  if (cityOfIssue) notes.push(`issued in ${cityOfIssue}`);
  const countryText = issuing || countryOfIssue;
  const country = countryText ? resolveCountry(countryText) : undefined;
  if (countryText && !country) notes.push(`issued by ${countryText}`);
  if (issuing && countryOfIssue && issuing.toLowerCase() !== countryOfIssue.toLowerCase()) {
    notes.push(`country of issue ${countryOfIssue}`);
  }
  const note = field(group, 'NOTE');
  if (note) notes.push(note);
  const label = documentLabel(type1, type2);
  if (!number) {
    // Without NUMBER the number, if any, is buried in prose; an identifier guessed from prose could
    // match the wrong person, so the text is kept for the analyst instead.
    const text = [label, ...notes].filter(Boolean).join('; ');
    if (text) remarks.push(`Document: ${text}`);
    return undefined;
  }
  const id: Identifier = { type: documentType(type1, type2), value: number };
  if (country) id.country = country;
  if (label) id.label = label;
  if (notes.length) id.note = notes.join('; ');
  return id;
}

/** Maps a record, or returns the reason it cannot be used. */
function mapRecord(raw: RawRecord): ListEntry | string {
  const leaf = (name: string) => clean(raw.leaves.get(name));
  const id = leaf('DATAID');
  if (!id) return 'record has no DATAID';
  const nameParts =
    raw.kind === 'person'
      ? ['FIRST_NAME', 'SECOND_NAME', 'THIRD_NAME', 'FOURTH_NAME'].map(leaf).filter(Boolean)
      : [leaf('FIRST_NAME')].filter(Boolean);
  const primary = nameParts.join(' ');
  if (!primary) return `record ${id} has no name (FIRST_NAME is empty)`;

  const entry = emptyEntry(id, UN_LIST, raw.kind);
  addName(entry, primary, 'primary');
  for (const v of splitNameVariants(leaf('NAME_ORIGINAL_SCRIPT'))) addName(entry, v, 'aka');

  const remarks: string[] = [];
  const comments = (raw.leaves.get('COMMENTS1') ?? '').trim();
  if (comments) remarks.push(comments);

  const listType = leaf('UN_LIST_TYPE');
  if (listType) entry.programs.push(listType);
  const reference = leaf('REFERENCE_NUMBER');
  if (reference) entry.identifiers.push({ type: 'un_reference', value: reference, label: 'UN reference number' });
  const listedOn = leaf('LISTED_ON');
  if (listedOn) {
    const iso = isoDate(listedOn);
    if (iso) entry.legal.effectiveDate = iso;
    else remarks.push(`Listed on: ${listedOn}`);
  }

  const titles: string[] = [];
  const designations: string[] = [];
  const updated: string[] = [];
  for (const g of raw.groups) {
    switch (g.name) {
      case 'INDIVIDUAL_ALIAS':
      case 'ENTITY_ALIAS': {
        const name = field(g, 'ALIAS_NAME');
        if (!name) break;
        const type = aliasType(field(g, 'QUALITY'));
        for (const v of splitNameVariants(name)) addName(entry, v, type);
        // Aliases can carry the birth data of the identity they belong to (false passports).
        const dob = dateOf(field(g, 'DATE_OF_BIRTH'));
        if (dob) addBirthDate(entry, dob);
        const pob = joinPlace([field(g, 'CITY_OF_BIRTH'), field(g, 'COUNTRY_OF_BIRTH')]);
        if (pob) addUnique(entry.placesOfBirth, pob);
        const note = field(g, 'NOTE');
        if (note) remarks.push(`Alias ${name}: ${note}`);
        break;
      }
      case 'INDIVIDUAL_ADDRESS':
      case 'ENTITY_ADDRESS': {
        const a = address(g);
        if (a) {
          entry.addresses.push(a);
          addUnique(entry.countries, a.country);
        }
        break;
      }
      case 'INDIVIDUAL_DATE_OF_BIRTH': {
        const { date, remark } = birthDate(g);
        if (date) addBirthDate(entry, date);
        if (remark) remarks.push(remark);
        break;
      }
      case 'INDIVIDUAL_PLACE_OF_BIRTH': {
        const place = joinPlace([
          field(g, 'STREET'),
          field(g, 'CITY'),
          field(g, 'STATE_PROVINCE'),
          field(g, 'COUNTRY'),
        ]);
        const note = field(g, 'NOTE');
        const text = place ? withNote(place, note) : note;
        if (text) addUnique(entry.placesOfBirth, text);
        break;
      }
      case 'INDIVIDUAL_DOCUMENT': {
        const doc = mapDocument(g, remarks);
        if (doc) entry.identifiers.push(doc);
        break;
      }
      case 'NATIONALITY':
        for (const value of values(g, 'VALUE')) {
          if (NO_VALUE.test(value)) continue;
          const code = resolveCountry(value);
          if (code) {
            addUnique(entry.nationalities, code);
            addUnique(entry.countries, code);
          } else {
            remarks.push(`Nationality: ${value}`);
          }
        }
        break;
      case 'TITLE':
        titles.push(...values(g, 'VALUE'));
        break;
      case 'DESIGNATION':
        designations.push(...values(g, 'VALUE'));
        break;
      case 'LAST_DAY_UPDATED':
        for (const value of values(g, 'VALUE')) updated.push(isoDate(value) ?? value);
        break;
      // LIST_TYPE is always "UN List"; SORT_KEY* and VERSIONNUM are publishing bookkeeping; GENDER has
      // no place in the model. Anything else is an element this parser does not know and is ignored.
      default:
        break;
    }
  }
  const title = [...titles, ...designations].join('; ');
  if (title) entry.title = title;
  if (updated.length) {
    // ISO dates sort as text; the newest is the one that tells when the entry last changed.
    remarks.push(`Last updated: ${[...updated].sort().at(-1)}`);
  }
  if (remarks.length) entry.remarks = remarks.join('\n');
  return entry;
}

const RECORD_KINDS: Record<string, EntryKind> = { INDIVIDUAL: 'person', ENTITY: 'organization' };
const ROOT = 'CONSOLIDATED_LIST';

/**
 * Reads the UN consolidated list. Streams the file through a SAX parser, so only the record being read
 * and the mapped entries are in memory. Invalid XML rejects the whole file (a truncated or corrupt
 * download must not replace a good snapshot); records without DATAID or name are reported as malformed.
 */
export async function parseUnXml(input: InputSource, options: ParseOptions = {}): Promise<ParseResult> {
  const parser = new SaxesParser({ position: true });
  const entries = new EntrySink(options.onEntry);
  const malformed: MalformedRow[] = [];
  const seenIds = new Map<string, number>();
  let rowsRead = 0;
  let sourceDate: string | undefined;
  let rootSeen = false;

  let depth = 0;
  let record: RawRecord | undefined;
  let group: Group | undefined;
  // Text of the innermost record child or group child being read; deeper elements (not part of the
  // layout) add their text to it.
  let text = '';

  const reject = (line: number, column: number, message: string): never => {
    throw new RejectedFileError(input.name, `invalid XML at line ${line}, column ${column}: ${message}`);
  };

  let atEnd = false;
  parser.on('error', (err) => {
    // saxes prefixes its message with "line:column: "; the position is reported separately.
    const message = err.message.replace(/^\d+:\d+:\s*/, '');
    if (atEnd) {
      // At the end the parser stands after the last newline, on a line editors do not show.
      const line = parser.column === 0 && parser.line > 1 ? parser.line - 1 : parser.line;
      throw new RejectedFileError(input.name, `invalid XML at line ${line}: the file ends early (${message})`);
    }
    reject(parser.line, parser.column, message);
  });
  parser.on('opentag', (tag) => {
    depth++;
    if (depth === 1) {
      if (tag.name !== ROOT) {
        throw new RejectedFileError(input.name, `not a UN consolidated list: root element is <${tag.name}>, expected <${ROOT}>`);
      }
      rootSeen = true;
      const generated = (tag.attributes as Record<string, string>)['dateGenerated'];
      const iso = generated ? /^(\d{4}-\d{2}-\d{2})/.exec(generated.trim())?.[1] : undefined;
      if (iso && toIsoDate(iso)) sourceDate = iso;
      return;
    }
    if (depth === 3) {
      const kind = RECORD_KINDS[tag.name];
      if (kind) record = { kind, line: parser.line, leaves: new Map(), groups: [] };
      return;
    }
    if (!record) return;
    const rel = depth - 3;
    if (rel === 1) {
      group = { name: tag.name, fields: new Map() };
      text = '';
    } else if (rel === 2) {
      text = '';
    }
  });
  const onText = (t: string) => {
    if (record && depth - 3 >= 1) text += t;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    const rel = depth - 3;
    depth--;
    if (!record) return;
    if (rel === 2 && group) {
      const list = group.fields.get(tag.name);
      if (list) list.push(text);
      else group.fields.set(tag.name, [text]);
      text = '';
    } else if (rel === 1 && group) {
      if (group.fields.size > 0) record.groups.push(group);
      else record.leaves.set(group.name, text);
      group = undefined;
      text = '';
    } else if (rel === 0) {
      rowsRead++;
      const mapped = mapRecord(record);
      if (typeof mapped === 'string') {
        malformed.push({ file: input.name, line: record.line, reason: mapped });
      } else if (seenIds.has(mapped.id)) {
        malformed.push({
          file: input.name,
          line: record.line,
          reason: `duplicate DATAID ${mapped.id} (first at line ${seenIds.get(mapped.id)})`,
        });
      } else {
        seenIds.set(mapped.id, record.line);
        entries.push(mapped);
      }
      record = undefined;
    }
  });

  const decoder = new TextDecoder('utf-8', { fatal: true });
  const decode = (chunk: Uint8Array | undefined): string => {
    try {
      return chunk ? decoder.decode(chunk, { stream: true }) : decoder.decode();
    } catch {
      return reject(parser.line, parser.column, 'the file is not valid UTF-8');
    }
  };
  for await (const chunk of input.open()) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : (chunk as Uint8Array);
    parser.write(decode(bytes));
  }
  parser.write(decode(undefined));
  atEnd = true;
  parser.close();
  if (!rootSeen) throw new RejectedFileError(input.name, 'no XML content');

  enforceMalformedLimit(input.name, rowsRead, entries.count, malformed, options);
  const result: ParseResult = { format: 'un-xml', entries: entries.entries, rowsRead, malformed, files: [input.name] };
  if (sourceDate) result.sourceDate = sourceDate;
  return result;
}
