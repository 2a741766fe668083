/**
 * The CSV of parties that `clearance screen` and `clearance parties import` read: id,name and optional
 * type, country, dob and identifier columns, checked whole before anything is screened.
 */
import { createReadStream, existsSync } from 'node:fs';
import { parse } from 'csv-parse';
import { isComparableIdentifier } from '../model/identifier.js';
import type { EntryKind } from '../model/list-entry.js';
import type { QueryIdentifier } from '../screening/types.js';
import { UsageError } from './errors.js';

const KINDS: Record<string, EntryKind> = {
  person: 'person',
  individual: 'person',
  organization: 'organization',
  organisation: 'organization',
  entity: 'organization',
  company: 'organization',
  vessel: 'vessel',
  aircraft: 'aircraft',
};

/**
 * Optional identifier columns and the identifier type each holds (as list entries name them, see
 * Identifier in model/list-entry.ts); `identifier` holds one of unknown type. A listed identifier that
 * agrees raises a hit's score; one of the same type that differs lowers it (see screening/attributes.ts).
 */
export const IDENTIFIER_COLUMNS: ReadonlyMap<string, string | undefined> = new Map([
  ['passport', 'passport'],
  ['national_id', 'national_id'],
  ['tax_id', 'tax_id'],
  ['registration', 'registration'],
  ['imo', 'imo'],
  ['mmsi', 'mmsi'],
  ['swift', 'swift'],
  ['call_sign', 'call_sign'],
  ['identifier', undefined],
]);
const MAX_IDENTIFIER_CHARS = 64;

/** The columns a file may have, for messages. */
export const INPUT_COLUMNS = `id,name[,type,country,dob,${[...IDENTIFIER_COLUMNS.keys()].join(',')}]`;

export interface ScreenInputRow {
  id: string;
  name: string;
  type?: EntryKind;
  country?: string;
  dob?: string;
  /** From the identifier columns that have a value, in IDENTIFIER_COLUMNS order. */
  identifiers?: QueryIdentifier[];
  /** Position among the file's data rows, 0 for the first after the header: `inputLineOf` gives its line. */
  record: number;
}

/** csv-parse's options for an input file; `onHeader` sees the column names as the rows' keys will be. */
function csvOptions(onHeader: (columns: string[]) => void = () => {}) {
  return {
    bom: true,
    columns: (header: string[]) => {
      const columns = header.map((c) => c.trim().toLowerCase());
      onHeader(columns);
      return columns;
    },
    skip_empty_lines: true,
    relax_column_count: false,
    trim: true,
  } as const;
}

/**
 * The line of `path` on which data row `record` ends, as csv-parse counts lines (quoted line breaks
 * and skipped blank lines included). Worked out again only when a message needs it: having the parser
 * report every row's line costs more than the rest of reading a file of a million rows.
 */
export async function inputLineOf(path: string, record: number): Promise<number> {
  let at = 0;
  for await (const row of createReadStream(path).pipe(parse({ ...csvOptions(), info: true })) as AsyncIterable<{ info: { lines: number } }>) {
    if (at++ === record) return row.info.lines;
  }
  throw new Error(`${path} has no data row ${record}`);
}

/** Reads and validates the whole input CSV first, so that a bad row stops the run before any output exists. */
export async function readScreeningInput(path: string): Promise<ScreenInputRow[]> {
  if (!existsSync(path)) throw new UsageError(`--input '${path}': no such file`);
  const rows: ScreenInputRow[] = [];
  const invalid = async (record: number, problem: string) => new UsageError(`--input '${path}' line ${await inputLineOf(path, record)}: ${problem}`);
  let header: string[] | undefined;
  /** The identifier columns this file has, with the type each holds. */
  let identifierColumns: [string, string | undefined][] = [];
  const onHeader = (columns: string[]) => {
    header = columns;
    identifierColumns = [...IDENTIFIER_COLUMNS].filter(([column]) => columns.includes(column));
    for (const required of ['id', 'name']) {
      if (!columns.includes(required)) throw new UsageError(`--input '${path}': the header has no '${required}' column (found: ${columns.join(', ')})`);
    }
  };
  try {
    for await (const r of createReadStream(path).pipe(parse(csvOptions(onHeader))) as AsyncIterable<Record<string, string>>) {
      const record = rows.length;
      const name = r.name ?? '';
      if (!name.trim()) throw await invalid(record, `field 'name' is empty`);
      const row: ScreenInputRow = { id: r.id ?? '', name, record };
      const type = (r.type ?? '').trim().toLowerCase();
      if (type) {
        const kind = KINDS[type];
        if (!kind) throw await invalid(record, `field 'type' has value '${r.type}'; expected person, organization, vessel or aircraft`);
        row.type = kind;
      }
      if (r.country) {
        if (!/^[A-Za-z]{2}$/.test(r.country)) throw await invalid(record, `field 'country' has value '${r.country}'; expected an ISO 3166 alpha-2 code such as CN`);
        row.country = r.country.toUpperCase();
      }
      if (r.dob) {
        if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(r.dob)) throw await invalid(record, `field 'dob' has value '${r.dob}'; expected YYYY, YYYY-MM or YYYY-MM-DD`);
        row.dob = r.dob;
      }
      for (const [column, type] of identifierColumns) {
        const value = r[column];
        if (!value) continue;
        if (value.length > MAX_IDENTIFIER_CHARS || !isComparableIdentifier(value)) {
          throw await invalid(record, `field '${column}' has value '${value}'; expected a document or registry number (letters and digits, at most ${MAX_IDENTIFIER_CHARS} characters)`);
        }
        (row.identifiers ??= []).push(type === undefined ? { value } : { type, value });
      }
      rows.push(row);
    }
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const e = err as Error & { lines?: number };
    throw new UsageError(`--input '${path}'${e.lines ? ` line ${e.lines}` : ''}: ${e.message}`);
  }
  if (!header) throw new UsageError(`--input '${path}': the file has no header row (expected ${INPUT_COLUMNS})`);
  return rows;
}

