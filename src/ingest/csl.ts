import { parse, CsvError } from 'csv-parse';
import type { Address, ListEntry } from '../model/list-entry.js';
import type { MalformedRow, ParseOptions, ParseResult } from '../model/parse-result.js';
import {
  cslCountryCode,
  parseAddresses,
  parseAddressText,
  splitFederalRegister,
  splitIdText,
  splitList,
  type IdParts,
} from './csl-fields.js';
import { JsonStructureError, ResultsScanner } from './csl-json-scanner.js';
import { CslRecordError, toListEntry, type CslRecord } from './csl-record.js';
import { CsvEnd } from './csv-end.js';
import { EntrySink } from './entry-sink.js';
import { enforceMalformedLimit, enforceWholeFile, RejectedFileError } from './malformed.js';
import type { InputSource } from './source.js';

/**
 * The trade.gov Consolidated Screening List, as CSV (`consolidated.csv`) or JSON (`consolidated.json`).
 * Both are streamed; each row or result becomes one ListEntry keeping the CSL's own id.
 */

export { listFromSource } from './csl-fields.js';

/** A CSV line can be long (Entity List addresses), but a record beyond this is a broken quote, not data. */
const MAX_CSV_RECORD_CHARS = 1_000_000;

function csvFields(columns: ReadonlyMap<string, number>, row: readonly string[], labelFirst: boolean): CslRecord {
  const get = (name: string): string | undefined => {
    const index = columns.get(name);
    return index === undefined ? undefined : row[index];
  };
  const addresses = get('addresses') ?? '';
  return {
    id: get('_id'),
    entityNumber: get('entity_number'),
    source: get('source'),
    type: get('type'),
    name: get('name'),
    title: get('title'),
    programs: splitList(get('programs')),
    addresses: parseAddresses(addresses),
    addressKey: addresses,
    federalRegister: splitFederalRegister(get('federal_register_notice')),
    startDate: get('start_date'),
    endDate: get('end_date'),
    standardOrder: get('standard_order'),
    licenseRequirement: get('license_requirement'),
    licensePolicy: get('license_policy'),
    callSign: get('call_sign'),
    vesselType: get('vessel_type'),
    grossTonnage: get('gross_tonnage'),
    grossRegisteredTonnage: get('gross_registered_tonnage'),
    vesselFlag: get('vessel_flag'),
    vesselOwner: get('vessel_owner'),
    remarks: get('remarks'),
    sourceListUrl: get('source_list_url'),
    altNames: splitList(get('alt_names')),
    citizenships: splitList(get('citizenships')),
    datesOfBirth: splitList(get('dates_of_birth')),
    nationalities: splitList(get('nationalities')),
    placesOfBirth: splitList(get('places_of_birth')),
    ids: splitList(get('ids'))
      .map((text) => splitIdText(text, labelFirst))
      .filter((p): p is IdParts => p !== undefined),
  };
}

/** Lines a record spans beyond its last, so a record is reported at the line where it starts. */
export function extraLines(row: readonly string[]): number {
  let count = 0;
  for (const field of row) {
    if (!field.includes('\n') && !field.includes('\r')) continue;
    count += field.split(/\r\n|\r|\n/).length - 1;
  }
  return count;
}

function result(format: ParseResult['format'], file: string, entries: ListEntry[], rowsRead: number, malformed: MalformedRow[]): ParseResult {
  malformed.sort((a, b) => a.line - b.line);
  return { format, entries, rowsRead, malformed, files: [file] };
}

/**
 * Parses a CSL `consolidated.csv`. The layout is read from the header: the current one (29 columns, with
 * `_id`, ids written "label, value, country") and the pre-2020 one (no `_id`, ids written
 * "country, value, label"). Rows with the wrong column count, no source or no name are reported as
 * malformed; the file is rejected when they exceed the allowed share.
 */
export async function parseCslCsv(input: InputSource, options: ParseOptions = {}): Promise<ParseResult> {
  const file = input.name;
  const entries = new EntrySink(options.onEntry);
  const malformed: MalformedRow[] = [];
  let rowsRead = 0;
  let header: string[] | undefined;
  let columns = new Map<string, number>();
  let labelFirst = true;
  const end = new CsvEnd();

  const parser = end.watch(input.open()).pipe(
    parse({
      bom: true,
      relax_quotes: true,
      relax_column_count: true,
      info: true,
      skip_records_with_error: true,
      max_record_size: MAX_CSV_RECORD_CHARS,
      on_record: (item: string[]) => {
        end.record(item);
        return item;
      },
      on_skip: (err: CsvError | undefined) => {
        end.skipped(err);
        // A record csv-parse could not read still counts as a row, and as a malformed one.
        rowsRead++;
        const line = err && typeof (err as CsvError & { lines?: number }).lines === 'number' ? (err as CsvError & { lines: number }).lines : 0;
        malformed.push({ file, line, reason: err ? err.message : 'unreadable record' });
        return undefined;
      },
    }),
  );

  try {
    for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      const row = item.record;
      const line = item.info.lines - extraLines(row);
      if (!header) {
        header = row.map((h) => h.trim().toLowerCase());
        const missing = ['source', 'name'].filter((c) => !header!.includes(c));
        if (missing.length) {
          throw new RejectedFileError(
            file,
            `not a Consolidated Screening List CSV: header lacks ${missing.join(', ')} (line ${line})`,
          );
        }
        columns = new Map(header.map((name, index) => [name, index]));
        labelFirst = header.includes('_id');
        continue;
      }
      if (row.length === 1 && row[0]!.trim() === '') continue;
      rowsRead++;
      if (row.length !== header.length) {
        malformed.push({ file, line, reason: `expected ${header.length} columns, found ${row.length}` });
        continue;
      }
      try {
        entries.push(toListEntry(csvFields(columns, row, labelFirst)));
      } catch (err) {
        if (!(err instanceof CslRecordError)) throw err;
        malformed.push({ file, line, reason: err.message });
      }
    }
  } catch (err) {
    if (err instanceof CsvError) throw new RejectedFileError(file, `unreadable CSV: ${err.message}`, malformed);
    throw err;
  }
  if (!header) throw new RejectedFileError(file, 'empty file: no CSV header');
  enforceMalformedLimit(file, rowsRead, entries.count, malformed, options);
  enforceWholeFile(file, end.truncation(header.length), options);
  return result('csl-csv', file, entries.entries, rowsRead, malformed);
}

// ---- JSON ----

type Json = unknown;

function text(value: Json): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A JSON field that trade.gov writes as an array in one release and a `;`-joined string in another. */
function list(value: Json): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => splitList(text(v)));
  return splitList(text(value));
}

function record(value: Json): Record<string, Json> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, Json>) : undefined;
}

function jsonAddress(value: Json): Address | undefined {
  const obj = record(value);
  if (!obj) return parseAddressText(text(value) ?? '');
  const address: Address = {};
  const street = text(obj.address)?.trim();
  if (street) address.street = street;
  const city = text(obj.city)?.trim();
  if (city) address.city = city;
  const region = text(obj.state)?.trim();
  if (region) address.region = region;
  const postal = text(obj.postal_code)?.trim();
  if (postal) address.postalCode = postal;
  const country = text(obj.country)?.trim();
  if (country) {
    const code = cslCountryCode(country);
    if (code) address.country = code;
    else address.countryText = country;
  }
  return Object.keys(address).length ? address : undefined;
}

function jsonAddresses(value: Json): Address[] {
  if (!Array.isArray(value)) return parseAddresses(text(value));
  return value.map(jsonAddress).filter((a): a is Address => a !== undefined);
}

function jsonIds(value: Json): IdParts[] {
  const items = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const out: IdParts[] = [];
  for (const item of items) {
    const obj = record(item);
    if (!obj) {
      for (const piece of splitList(text(item))) {
        const parts = splitIdText(piece, true);
        if (parts) out.push(parts);
      }
      continue;
    }
    const label = text(obj.type)?.trim() ?? '';
    const number = text(obj.number)?.trim() ?? '';
    if (!label && !number) continue;
    const parts: IdParts = { label: label || 'Identification Number', value: number };
    const country = text(obj.country)?.trim();
    if (country) parts.country = cslCountryCode(country);
    const issued = text(obj.issue_date)?.trim();
    if (issued) parts.issued = issued;
    const expires = text(obj.expiration_date)?.trim();
    if (expires) parts.expires = expires;
    out.push(parts);
  }
  return out;
}

function jsonFields(obj: Record<string, Json>): CslRecord {
  const fr = obj.federal_register_notice;
  return {
    id: text(obj.id) ?? text(obj._id),
    entityNumber: text(obj.entity_number),
    source: text(obj.source),
    type: text(obj.type),
    name: text(obj.name),
    title: text(obj.title),
    programs: list(obj.programs),
    addresses: jsonAddresses(obj.addresses),
    addressKey: JSON.stringify(obj.addresses ?? null),
    federalRegister: Array.isArray(fr) ? fr.flatMap((f) => splitFederalRegister(text(f))) : splitFederalRegister(text(fr)),
    startDate: text(obj.start_date),
    endDate: text(obj.end_date),
    standardOrder: typeof obj.standard_order === 'boolean' ? obj.standard_order : text(obj.standard_order),
    licenseRequirement: text(obj.license_requirement),
    licensePolicy: text(obj.license_policy),
    callSign: text(obj.call_sign),
    vesselType: text(obj.vessel_type),
    grossTonnage: text(obj.gross_tonnage),
    grossRegisteredTonnage: text(obj.gross_registered_tonnage),
    vesselFlag: text(obj.vessel_flag),
    vesselOwner: text(obj.vessel_owner),
    remarks: text(obj.remarks),
    sourceListUrl: text(obj.source_list_url),
    altNames: list(obj.alt_names),
    citizenships: list(obj.citizenships),
    datesOfBirth: list(obj.dates_of_birth),
    nationalities: list(obj.nationalities),
    placesOfBirth: list(obj.places_of_birth),
    ids: jsonIds(obj.ids),
  };
}

/** Largest single result accepted; the biggest real CSL record is a few kilobytes. */
const MAX_JSON_RECORD_CHARS = 4_000_000;

/**
 * Parses the trade.gov CSL JSON download (`{"results": [...]}`, or a bare array of results), streaming
 * one result at a time. A document that is not well-formed JSON around the results, or is truncated, is
 * rejected as a whole; a result that is not an object or lacks a source or name is a malformed row.
 */
export async function parseCslJson(input: InputSource, options: ParseOptions = {}): Promise<ParseResult> {
  const file = input.name;
  const entries = new EntrySink(options.onEntry);
  const malformed: MalformedRow[] = [];
  let rowsRead = 0;
  const scanner = new ResultsScanner(MAX_JSON_RECORD_CHARS);
  const stream = input.open();
  stream.setEncoding('utf8');
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
      for (const element of scanner.feed(chunk)) {
        rowsRead++;
        if (element.tooLarge) {
          malformed.push({ file, line: element.line, reason: `result larger than ${MAX_JSON_RECORD_CHARS} characters` });
          continue;
        }
        let value: Json;
        try {
          value = JSON.parse(element.text);
        } catch (err) {
          malformed.push({ file, line: element.line, reason: `invalid JSON: ${(err as Error).message}` });
          continue;
        }
        const obj = record(value);
        if (!obj) {
          malformed.push({ file, line: element.line, reason: 'result is not an object' });
          continue;
        }
        try {
          entries.push(toListEntry(jsonFields(obj)));
        } catch (err) {
          if (!(err instanceof CslRecordError)) throw err;
          malformed.push({ file, line: element.line, reason: err.message });
        }
      }
    }
    scanner.end();
  } catch (err) {
    if (err instanceof JsonStructureError) {
      stream.destroy();
      throw new RejectedFileError(file, `not a readable CSL JSON document: ${err.message}`, malformed);
    }
    throw err;
  }
  if (!scanner.foundResults) throw new RejectedFileError(file, 'not a CSL JSON document: no "results" array');
  enforceMalformedLimit(file, rowsRead, entries.count, malformed, options);
  return result('csl-json', file, entries.entries, rowsRead, malformed);
}
