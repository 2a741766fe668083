import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'csv-parse';
import type { Address, EntryKind, ListEntry, ListRef, NameType } from '../model/list-entry.js';
import type { MalformedRow, ParseOptions, ParseResult } from '../model/parse-result.js';
import { addName, addUnique, emptyEntry } from './entry.js';
import { CsvEnd } from './csv-end.js';
import { INGEST_GUARDS } from './guard-config.js';
import { enforceMalformedLimit, enforceWholeFile, refuseUnlessForced } from './malformed.js';
import { ofacCountry, parseOfacRemarks } from './ofac-remarks.js';
import { fileSource, type InputSource } from './source.js';

export type OfacListCode = 'SDN' | 'NONSDN';

export interface OfacFiles {
  primary: InputSource;
  add?: InputSource;
  alt?: InputSource;
  comments?: InputSource;
}

export interface OfacParseOptions extends ParseOptions {
  list?: OfacListCode;
}

export interface OfacStats {
  /** alt.csv rows attached to an entry (remark a.k.a.'s are not counted). */
  aliases: number;
  /** add.csv rows attached to an entry, including rows whose every field is `-0-`. */
  addresses: number;
  /** add/alt/comments rows whose ent_num has no primary row. */
  orphans: number;
}

export interface OfacParseResult extends ParseResult {
  stats: OfacStats;
}

const LISTS: Record<OfacListCode, ListRef & { url: string }> = {
  SDN: {
    code: 'SDN',
    name: 'Specially Designated Nationals and Blocked Persons List',
    url: 'https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists',
  },
  NONSDN: {
    code: 'NONSDN',
    name: 'OFAC Consolidated (non-SDN) Sanctions List',
    url: 'https://ofac.treasury.gov/consolidated-sanctions-list-non-sdn-lists',
  },
};

const PRIMARY_COLUMNS = 12;
const ADD_COLUMNS = 6;
const ALT_COLUMNS = 5;
const COMMENT_COLUMNS = 2;

/** OFAC's empty marker, written `-0-` with or without a trailing space. */
function field(value: string | undefined): string {
  const v = (value ?? '').trim();
  return v === '-0-' ? '' : v;
}

/**
 * Streams one CSV file, calling `onRow` with each record and the line it ends on. Rows csv-parse cannot
 * read (an unclosed quote) become malformed reports. OFAC ends its files with a DOS end-of-file byte
 * (0x1A) on a line of its own, which is neither a row nor a fault. A file that ends inside a record
 * (a cut download) is refused unless forced.
 */
async function readRows(
  source: InputSource,
  columns: number,
  malformed: MalformedRow[],
  options: ParseOptions,
  onRow: (fields: string[], line: number) => void,
): Promise<number> {
  const end = new CsvEnd();
  const parser = end.watch(source.open()).pipe(
    parse({
      relax_quotes: true,
      relax_column_count: true,
      skip_records_with_error: true,
      bom: true,
      info: true,
      on_record: (item: string[]) => {
        end.record(item);
        return item;
      },
    }),
  );
  let rows = 0;
  parser.on('skip', (err: Error & { lines?: number; code?: string }) => {
    end.skipped(err);
    rows++;
    malformed.push({ file: source.name, line: err.lines ?? 0, reason: `unreadable CSV: ${err.message}` });
  });
  for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    const fields = item.record;
    if (fields.every((f) => /^[\s\x00-\x1f]*$/.test(f))) continue;
    rows++;
    onRow(fields, item.info.lines);
  }
  enforceWholeFile(source.name, end.truncation(columns), options);
  return rows;
}

function kindOf(sdnType: string): EntryKind {
  switch (sdnType.toLowerCase()) {
    case 'individual':
      return 'person';
    case 'vessel':
      return 'vessel';
    case 'aircraft':
      return 'aircraft';
    case '':
      return 'organization';
    default:
      return 'unknown';
  }
}

/** "SDGT] [IRGC" (OFAC's own bracketed join) to ["SDGT", "IRGC"]. */
export function splitPrograms(text: string): string[] {
  return text
    .split(/\]\s*\[/)
    .map((p) => p.replace(/[[\]]/g, '').trim())
    .filter((p) => p.length > 0);
}

function altType(text: string, remarks: string): NameType {
  if (/\bweak\b/i.test(remarks)) return 'weak';
  switch (text.toLowerCase()) {
    case 'fka':
      return 'fka';
    case 'nka':
      return 'nka';
    default:
      return 'aka';
  }
}

interface Pending {
  entry: ListEntry;
  remarks: string;
  altNames: Array<{ value: string; type: NameType }>;
}

function checkedId(fields: string[], columns: number, file: string, line: number, malformed: MalformedRow[]): string | undefined {
  if (fields.length !== columns) {
    malformed.push({ file, line, reason: `expected ${columns} columns, found ${fields.length}` });
    return undefined;
  }
  const id = field(fields[0]);
  if (!/^\d+$/.test(id)) {
    malformed.push({ file, line, reason: `ent_num '${id.slice(0, 40)}' is not a number` });
    return undefined;
  }
  return id;
}

/** Reads a secondary file (add/alt/comments), routing each well-formed row to its entry. */
async function readSecondary(
  source: InputSource,
  primaryName: string,
  columns: number,
  byId: Map<string, Pending>,
  malformed: MalformedRow[],
  stats: OfacStats,
  options: ParseOptions,
  apply: (pending: Pending, fields: string[], line: number) => void,
): Promise<number> {
  const own: MalformedRow[] = [];
  const orphansBefore = stats.orphans;
  const rows = await readRows(source, columns, own, options, (fields, line) => {
    const id = checkedId(fields, columns, source.name, line, own);
    if (id === undefined) return;
    const pending = byId.get(id);
    if (!pending) {
      stats.orphans++;
      malformed.push({ file: source.name, line, reason: `no entry with ent_num ${id}` });
      return;
    }
    apply(pending, fields, line);
  });
  malformed.push(...own);
  // Orphans are a set inconsistency, not a sign that this file itself is garbage: they are held to their
  // own limit, and many of them mean that the primary file lost its end.
  if (rows > 0) enforceMalformedLimit(source.name, rows, byId.size, own, options);
  const orphans = stats.orphans - orphansBefore;
  if (orphans >= INGEST_GUARDS.minOrphans && orphans / rows > INGEST_GUARDS.maxOrphanShare) {
    const primaryFile = basename(primaryName);
    refuseUnlessForced(
      source.name,
      `${orphans} of ${rows} rows name no entry in ${primaryFile} (${((orphans / rows) * 100).toFixed(1)}%): the set does not agree, ${primaryFile} looks cut off or comes from another release`,
      options,
    );
  }
  return rows;
}

function toAddress(fields: string[]): Address | undefined {
  const street = field(fields[2]);
  const city = field(fields[3]);
  const countryText = field(fields[4]);
  if (!street && !city && !countryText) return undefined;
  const address: Address = {};
  if (street) address.street = street;
  // The legacy column holds "City/State/Province/Postal Code" run together ("London EC3N 1DY"), kept as written.
  if (city) address.city = city;
  const country = ofacCountry(countryText);
  if (country) address.country = country;
  else if (countryText) address.countryText = countryText;
  return address;
}

function finish(pending: Pending): void {
  const { entry } = pending;
  for (const name of pending.altNames) addName(entry, name.value, name.type);
  const remarks = pending.remarks.trim();
  if (!remarks) return;
  entry.remarks = remarks;
  const parsed = parseOfacRemarks(remarks);
  // The legacy set carries OFAC's weak aliases only in Remarks (a.k.a. 'X'), never in alt.csv: in the
  // 2021 set the 2,441 remark names and the alt.csv names of the same entries do not overlap once.
  for (const value of [...parsed.akas, ...parsed.fkas, ...parsed.nkas]) addName(entry, value, 'weak');
  entry.birthDates.push(...parsed.birthDates);
  for (const place of parsed.placesOfBirth) addUnique(entry.placesOfBirth, place);
  for (const n of parsed.nationalities) {
    addUnique(entry.nationalities, n.country ?? n.text);
    addUnique(entry.countries, n.country);
  }
  for (const c of parsed.citizenships) {
    addUnique(entry.citizenships, c.country ?? c.text);
    addUnique(entry.countries, c.country);
  }
  entry.identifiers.push(...parsed.identifiers);
}

/**
 * Parses an OFAC legacy CSV set (sdn.csv + add.csv + alt.csv + sdn_comments.csv, or the cons_* files of the
 * non-SDN list). The files have no header; they are joined on ent_num. Only the primary file is required.
 */
export async function parseOfacSet(files: OfacFiles, options: OfacParseOptions = {}): Promise<OfacParseResult> {
  const list = LISTS[options.list ?? 'SDN'];
  const listRef: ListRef = { code: list.code, name: list.name };
  const malformed: MalformedRow[] = [];
  const primaryMalformed: MalformedRow[] = [];
  const stats: OfacStats = { aliases: 0, addresses: 0, orphans: 0 };
  const byId = new Map<string, Pending>();
  const entries: ListEntry[] = [];
  const primary = files.primary;

  const primaryRows = await readRows(primary, PRIMARY_COLUMNS, primaryMalformed, options, (fields, line) => {
    const id = checkedId(fields, PRIMARY_COLUMNS, primary.name, line, primaryMalformed);
    if (id === undefined) return;
    const name = field(fields[1]);
    if (!name) {
      primaryMalformed.push({ file: primary.name, line, reason: `ent_num ${id}: empty SDN_Name` });
      return;
    }
    if (byId.has(id)) {
      primaryMalformed.push({ file: primary.name, line, reason: `duplicate ent_num ${id}` });
      return;
    }
    const entry = emptyEntry(id, listRef, kindOf(field(fields[2])));
    addName(entry, name, 'primary');
    entry.programs = splitPrograms(field(fields[3]));
    const title = field(fields[4]);
    if (title) entry.title = title;
    const [callSign, vesselType, tonnage, grt, flag, owner] = fields.slice(5, 11).map(field);
    if (callSign || vesselType || tonnage || grt || flag || owner) {
      entry.vessel = {};
      if (callSign) entry.vessel.callSign = callSign;
      if (vesselType) entry.vessel.vesselType = vesselType;
      if (tonnage) entry.vessel.tonnage = tonnage;
      if (grt) entry.vessel.grossRegisteredTonnage = grt;
      if (flag) entry.vessel.flag = ofacCountry(flag) ?? flag;
      if (owner) entry.vessel.owner = owner;
      if (callSign) entry.identifiers.push({ type: 'call_sign', value: callSign, label: 'Call Sign' });
    }
    entry.sourceUrl = list.url;
    entries.push(entry);
    // Untrimmed: an overflowing remark continues in the comments file exactly where this one stops.
    byId.set(id, { entry, remarks: field(fields[11]) ? (fields[11] ?? '').trimStart() : '', altNames: [] });
  });
  malformed.push(...primaryMalformed);
  enforceMalformedLimit(primary.name, primaryRows, entries.length, primaryMalformed, options);

  let rowsRead = primaryRows;
  const used = [primary.name];
  if (files.comments) {
    used.push(files.comments.name);
    // The comments file carries the part of Remarks that overflowed OFAC's field limit, cut mid-word.
    rowsRead += await readSecondary(files.comments, primary.name, COMMENT_COLUMNS, byId, malformed, stats, options, (p, fields) => {
      p.remarks += (fields[1] ?? '').trim() === '-0-' ? '' : (fields[1] ?? '').replace(/\s+$/, '');
    });
  }
  if (files.alt) {
    used.push(files.alt.name);
    rowsRead += await readSecondary(files.alt, primary.name, ALT_COLUMNS, byId, malformed, stats, options, (p, fields, line) => {
      const value = field(fields[3]);
      if (!value) {
        malformed.push({ file: files.alt!.name, line, reason: `ent_num ${p.entry.id}: empty alt_name` });
        return;
      }
      stats.aliases++;
      p.altNames.push({ value, type: altType(field(fields[2]), field(fields[4])) });
    });
  }
  if (files.add) {
    used.push(files.add.name);
    rowsRead += await readSecondary(files.add, primary.name, ADD_COLUMNS, byId, malformed, stats, options, (p, fields) => {
      stats.addresses++;
      const address = toAddress(fields);
      if (!address) return;
      p.entry.addresses.push(address);
      addUnique(p.entry.countries, address.country);
    });
  }
  for (const pending of byId.values()) finish(pending);

  return { format: 'ofac-csv', entries, rowsRead, malformed, files: used, stats };
}

const SETS = [
  { list: 'SDN', primary: 'sdn.csv', add: 'add.csv', alt: 'alt.csv', comments: 'sdn_comments.csv' },
  { list: 'NONSDN', primary: 'cons_prim.csv', add: 'cons_add.csv', alt: 'cons_alt.csv', comments: 'cons_comments.csv' },
] as const;

/** The OFAC legacy CSV set in a folder (file names matched case-insensitively), SDN first; undefined when none. */
export function ofacFilesIn(dir: string): (OfacFiles & { list: OfacListCode }) | undefined {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  const find = (file: string): InputSource | undefined => {
    const match = names.find((n) => n.toLowerCase() === file);
    return match ? fileSource(join(dir, match)) : undefined;
  };
  for (const set of SETS) {
    const primary = find(set.primary);
    if (!primary) continue;
    const found: OfacFiles & { list: OfacListCode } = { primary, list: set.list };
    const add = find(set.add);
    const alt = find(set.alt);
    const comments = find(set.comments);
    if (add) found.add = add;
    if (alt) found.alt = alt;
    if (comments) found.comments = comments;
    return found;
  }
  return undefined;
}
