import { createHash } from 'node:crypto';
import { parse, type CsvError } from 'csv-parse';
import type { Address, ListRef } from '../model/list-entry.js';
import type { MalformedRow, ParseOptions, ParseResult } from '../model/parse-result.js';
import { toIso2 } from './countries.js';
import { addName, addUnique, emptyEntry } from './entry.js';
import { EntrySink } from './entry-sink.js';
import { CsvEnd } from './csv-end.js';
import { enforceMalformedLimit, enforceWholeFile, RejectedFileError } from './malformed.js';
import { toIsoDate } from './partial-date.js';
import type { InputSource } from './source.js';

/**
 * Parser for the BIS Denied Persons List as BIS publishes it (`dpl.txt`): tab-separated, a header row of
 * quoted column names, one row per denied name and address.
 */

export const DPL_LIST: ListRef = { code: 'DPL', name: 'Denied Persons List' };

const COLUMNS = [
  'Name',
  'Street_Address',
  'City',
  'State',
  'Country',
  'Postal_Code',
  'Effective_Date',
  'Expiration_Date',
  'Standard_Order',
  'Last_Update',
  'Action',
  'FR_Citation',
] as const;
type Column = (typeof COLUMNS)[number];

/**
 * US states, DC and the territories with their own postal codes. The DPL leaves Country empty for most
 * US addresses and gives only the State; a State that is one of these codes is therefore a US address.
 * Other codes appear in State too (CY for Nicosia, RS for a Russian region), so no other State implies
 * a country.
 */
const US_STATES = new Set(
  (
    'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND ' +
    'OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI UM'
  ).split(' '),
);

/** Country spellings in the DPL that are not ISO codes. */
const DPL_COUNTRIES: Record<string, string> = { PRC: 'CN' };

function clean(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

function normalizeForId(value: string): string {
  return clean(value).toUpperCase();
}

/**
 * Splits the FR_Citation column into single citations. BIS writes them one after another, separated by
 * spaces, commas, semicolons or "and", and a citation may itself hold a comma ("82 F.R. 16788, 16789
 * 4/6/2017"), so the split is made after each citation's date, then at any further "F.R." marker.
 */
export function splitFederalRegister(text: string): string[] {
  const pieces: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/\d{1,2}\/\d{1,3}\/\d{2,4}/g)) {
    const end = m.index + m[0].length;
    pieces.push(text.slice(last, end));
    last = end;
  }
  pieces.push(text.slice(last));
  const out: string[] = [];
  for (const piece of pieces) {
    const markers = [...piece.matchAll(/(?:\d+\s*\.?\s*)?F\.?\s?R\.?(?=[\s\d]|$)/g)];
    const cuts = [0, ...markers.slice(1).map((m) => m.index), piece.length];
    for (let i = 0; i + 1 < cuts.length; i++) {
      const citation = clean(piece.slice(cuts[i], cuts[i + 1]))
        .replace(/^(?:[,;]\s*)*(?:and\s+)?/i, '')
        .replace(/[\s,;]+$/, '')
        .trim();
      if (citation) out.push(citation);
    }
  }
  return out;
}

function standardOrder(text: string): boolean | undefined {
  const v = text.toUpperCase();
  if (v === 'Y' || v === 'YES') return true;
  if (v === 'N' || v === 'NO') return false;
  return undefined;
}

function address(get: (c: Column) => string): Address | undefined {
  const a: Address = {};
  const street = get('Street_Address');
  const city = get('City');
  let region = get('State');
  const postalCode = get('Postal_Code');
  const countryText = get('Country');
  if (street) a.street = street;
  if (city) a.city = city;
  if (postalCode) a.postalCode = postalCode;
  if (countryText) {
    const upper = countryText.toUpperCase();
    const code = DPL_COUNTRIES[upper] ?? toIso2(countryText);
    if (code) a.country = code;
    else if (!region && US_STATES.has(upper)) {
      // A state code written in the Country column ("NM" for an inmate in Anthony, New Mexico).
      region = upper;
      a.country = 'US';
    } else a.countryText = countryText;
  } else if (US_STATES.has(region.toUpperCase())) {
    a.country = 'US';
  }
  if (region) a.region = region;
  return Object.keys(a).length ? a : undefined;
}

/** Record as csv-parse yields it with `info: true`. */
interface InfoRecord {
  record: string[];
  info: { lines: number; empty_lines: number };
}

/**
 * Reads a BIS Denied Persons List file. Each row becomes one entry: the DPL repeats a party once per
 * alias and per address with nothing that ties the rows together, so rows are not merged. The file has
 * no ids; each entry's id is a hash of what identifies the order for that name and address (see
 * `dplId`), so the same row keeps its id from one version to the next.
 */
export async function parseBisDpl(input: InputSource, options: ParseOptions = {}): Promise<ParseResult> {
  const entries = new EntrySink(options.onEntry);
  const malformed: MalformedRow[] = [];
  const ids = new Map<string, number>();
  let rowsRead = 0;
  let header: Map<Column, number> | undefined;
  let headerLength = 0;
  // csv-parse reports the line a record ends on; rows are reported by the line they start on.
  let lastEnd = 0;
  let lastEmpty = 0;
  const end = new CsvEnd();

  const parser = parse({
    delimiter: '\t',
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    bom: true,
    info: true,
    skip_records_with_error: true,
    on_record: (item: string[]) => {
      end.record(item);
      return item;
    },
    on_skip: (err: CsvError | undefined) => {
      end.skipped(err);
      const endLine = typeof err?.lines === 'number' ? err.lines : lastEnd + 1;
      rowsRead++;
      malformed.push({ file: input.name, line: lastEnd + 1, reason: `unreadable row: ${err?.message ?? 'parse error'}` });
      lastEnd = endLine;
      return undefined;
    },
  });
  const source = end.watch(input.open());
  source.on('error', (err) => parser.destroy(err));
  source.pipe(parser);

  for await (const item of parser as AsyncIterable<InfoRecord>) {
    const startLine = lastEnd + 1 + (item.info.empty_lines - lastEmpty);
    lastEnd = item.info.lines;
    lastEmpty = item.info.empty_lines;
    // A field with a stray inner quote comes back with its outer quotes kept; they are not data.
    const record = item.record.map((v) => (v.length >= 2 && v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v));
    if (!header) {
      header = new Map();
      headerLength = record.length;
      const names = record.map((h) => h.trim().toLowerCase());
      for (const c of COLUMNS) {
        const i = names.indexOf(c.toLowerCase());
        if (i >= 0) header.set(c, i);
      }
      // Name and Effective_Date are what make a row a denial order; other columns may come and go.
      const missing = (['Name', 'Effective_Date'] as const).filter((c) => !header!.has(c));
      if (missing.length) {
        source.destroy();
        throw new RejectedFileError(
          input.name,
          `line ${startLine}: not a Denied Persons List: the header has no ${missing.map((c) => `"${c}"`).join(' or ')} column (expected tab-separated ${COLUMNS.join(', ')})`,
        );
      }
      continue;
    }
    if (record.every((v) => !v.trim())) continue;
    rowsRead++;
    const bad = (reason: string) => malformed.push({ file: input.name, line: startLine, reason });
    if (record.length !== headerLength) {
      bad(`expected ${headerLength} tab-separated fields, found ${record.length}`);
      continue;
    }
    const get = (c: Column): string => {
      const i = header!.get(c);
      return i === undefined ? '' : clean(record[i]);
    };
    const name = get('Name');
    if (!name) {
      bad('empty Name');
      continue;
    }
    const effectiveText = get('Effective_Date');
    const effective = toIsoDate(effectiveText);
    const a = address(get);
    let id = dplId(name, get('Street_Address'), get('City'), get('Postal_Code'), effective ?? effectiveText);
    const seen = ids.get(id) ?? 0;
    ids.set(id, seen + 1);
    // Identical rows (same name, address and date) would share an id; later ones get -2, -3... in file order.
    if (seen > 0) id = `${id}-${seen + 1}`;

    const entry = emptyEntry(id, DPL_LIST, 'unknown');
    addName(entry, name, 'primary');
    if (a) {
      entry.addresses.push(a);
      addUnique(entry.countries, a.country);
    }
    const remarks: string[] = [];
    if (effective) entry.legal.effectiveDate = effective;
    else if (effectiveText) remarks.push(`Effective date as published: ${effectiveText}`);
    const expiryText = get('Expiration_Date');
    const expiry = toIsoDate(expiryText);
    if (expiry) entry.legal.expiryDate = expiry;
    else if (expiryText) remarks.push(`Expiration date as published: ${expiryText}`);
    const order = standardOrder(get('Standard_Order'));
    if (order !== undefined) entry.legal.standardOrder = order;
    const action = get('Action');
    if (action) entry.legal.lastAction = action;
    const citations = splitFederalRegister(get('FR_Citation'));
    if (citations.length) entry.legal.federalRegister = citations;
    // The model has no field for the row's update date; it is kept, as published, in the remarks.
    const lastUpdate = get('Last_Update');
    if (lastUpdate) remarks.push(`Last update: ${lastUpdate}`);
    if (remarks.length) entry.remarks = remarks.join('\n');
    entries.push(entry);
  }
  if (!header) throw new RejectedFileError(input.name, 'empty file: no header row');

  enforceMalformedLimit(input.name, rowsRead, entries.count, malformed, options);
  enforceWholeFile(input.name, end.truncation(headerLength), options);
  return { format: 'bis-dpl', entries: entries.entries, rowsRead, malformed, files: [input.name] };
}

/**
 * 'dpl:' + 16 hex digits of sha256 over the normalized name, street, city, postal code and effective
 * date. Those say who is denied, where, and by which order; the expiry date, action and citations are
 * left out, so an extended or amended order shows as a change of the same entry, not a removal.
 */
export function dplId(name: string, street: string, city: string, postalCode: string, effectiveDate: string): string {
  const key = [name, street, city, postalCode, effectiveDate].map(normalizeForId).join('\u001f');
  return `dpl:${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
}
