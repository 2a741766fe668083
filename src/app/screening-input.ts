/**
 * The CSV of parties that `clearance screen` and `clearance parties import` read: id,name and optional
 * type, country, dob and identifier columns, checked whole before anything is screened.
 */
import { createReadStream, existsSync } from 'node:fs';
import { Readable } from 'node:stream';
import { parse, type Parser } from 'csv-parse';
import { holdsLostCharacter, LOST_CHARACTER_REASON, throughDecoder, type InputEncoding } from '../ingest/text-encoding.js';
import { parsePartialIsoDate } from '../model/dates.js';
import { errors } from '../model/error-catalogue.js';
import { ClearanceError } from '../model/errors.js';
import { isComparableIdentifier } from '../model/identifier.js';
import type { EntryKind } from '../model/list-entry.js';
import type { QueryIdentifier } from '../screening/types.js';

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

/** Where the CSV comes from: a file (`--input`), or text a request carried; `label` names it in messages. */
export interface InputSource {
  label: string;
  open(): Readable;
  /**
   * The file's text encoding when the user named one (`--encoding latin1|cp1252`); otherwise the bytes
   * must be UTF-8 (a BOM may say UTF-16), and the first byte that is not is refused with its line and
   * offset (ingest/text-encoding.ts).
   */
  encoding?: InputEncoding;
}

/** A CSV file named by a flag (`--input 'customers.csv'` in messages). */
export function fileInput(path: string, field = '--input', encoding?: InputEncoding): InputSource {
  return { label: `${field} '${path}'`, open: () => createReadStream(path), ...(encoding ? { encoding } : {}) };
}

/** CSV text a request carried (`label` as the caller names it, e.g. "body"). */
export function textInput(text: string, label: string): InputSource {
  return { label, open: () => Readable.from([text]) };
}

function sourceOf(input: string | InputSource): InputSource {
  return typeof input === 'string' ? fileInput(input) : input;
}

/** The source's text, decoded (or refused) as its encoding says, into a CSV parser. */
function csvOf(source: InputSource, parser: Parser): Parser {
  return throughDecoder(source.open(), { name: source.label, encoding: source.encoding }, parser);
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
 * The line of the input on which data row `record` ends, as csv-parse counts lines (quoted line breaks
 * and skipped blank lines included). Worked out again only when a message needs it: having the parser
 * report every row's line costs more than the rest of reading a file of a million rows.
 */
export async function inputLineOf(input: string | InputSource, record: number): Promise<number> {
  const source = sourceOf(input);
  let at = 0;
  for await (const row of csvOf(source, parse({ ...csvOptions(), info: true })) as AsyncIterable<{ info: { lines: number } }>) {
    if (at++ === record) return row.info.lines;
  }
  throw new Error(`${source.label} has no data row ${record}`);
}

/** A row's problem, said with the line it is on: "--input 'x.csv' line 3: field 'dob' has value ...". */
export async function invalidRowAt(input: string | InputSource, record: number, problem: string, field?: string, value?: unknown): Promise<ClearanceError> {
  const source = sourceOf(input);
  const line = await inputLineOf(source, record);
  return errors.invalidRow(`${source.label} line ${line}`, problem, field === undefined ? undefined : `line ${line}: ${field}`, value);
}

/** Why a date of birth as written is refused, or undefined when it is a date (YYYY, YYYY-MM, YYYY-MM-DD). */
function dobProblem(dob: string): string | undefined {
  if (!/^\d{4}(-\d{2}(-\d{2})?)?$/.test(dob)) return 'expected YYYY, YYYY-MM or YYYY-MM-DD';
  try {
    parsePartialIsoDate(dob, 'dob');
    return undefined;
  } catch (err) {
    if (!(err instanceof ClearanceError)) throw err;
    return 'it is not a date of the calendar';
  }
}

/**
 * Reads and validates the whole input CSV first, so that a bad row stops the run before any output
 * exists. A path is read as `--input`; `encoding` is the one the user named for it.
 */
export async function readScreeningInput(input: string | InputSource, options: { encoding?: InputEncoding } = {}): Promise<ScreenInputRow[]> {
  if (typeof input === 'string' && !existsSync(input)) throw errors.noSuchFile('--input', input);
  const source = { ...sourceOf(input), ...(options.encoding ? { encoding: options.encoding } : {}) };
  const rows: ScreenInputRow[] = [];
  const invalid = (record: number, problem: string, field?: string, value?: unknown) => invalidRowAt(source, record, problem, field, value);
  let header: string[] | undefined;
  /** The identifier columns this file has, with the type each holds. */
  let identifierColumns: [string, string | undefined][] = [];
  const onHeader = (columns: string[]) => {
    header = columns;
    identifierColumns = [...IDENTIFIER_COLUMNS].filter(([column]) => columns.includes(column));
    for (const required of ['id', 'name']) {
      if (!columns.includes(required)) throw errors.invalidRow(source.label, `the header has no '${required}' column (found: ${columns.join(', ')})`, 'header');
    }
  };
  try {
    for await (const r of csvOf(source, parse(csvOptions(onHeader))) as AsyncIterable<Record<string, string>>) {
      const record = rows.length;
      const name = r.name ?? '';
      if (!name.trim()) throw await invalid(record, `field 'name' is empty`, 'name', name);
      // Screened as it is, "M\uFFFDller" would find nothing and say nothing: refused, with its line.
      if (holdsLostCharacter(name)) throw await invalid(record, `field 'name' has value '${name}', which ${LOST_CHARACTER_REASON}`, 'name', name);
      const row: ScreenInputRow = { id: r.id ?? '', name, record };
      const type = (r.type ?? '').trim().toLowerCase();
      if (type) {
        const kind = KINDS[type];
        if (!kind) throw await invalid(record, `field 'type' has value '${r.type}'; expected person, organization, vessel or aircraft`, 'type', r.type);
        row.type = kind;
      }
      if (r.country) {
        if (!/^[A-Za-z]{2}$/.test(r.country)) throw await invalid(record, `field 'country' has value '${r.country}'; expected an ISO 3166 alpha-2 code such as CN`, 'country', r.country);
        row.country = r.country.toUpperCase();
      }
      if (r.dob) {
        const problem = dobProblem(r.dob);
        if (problem) throw await invalid(record, `field 'dob' has value '${r.dob}'; ${problem}`, 'dob', r.dob);
        row.dob = r.dob;
      }
      for (const [column, type] of identifierColumns) {
        const value = r[column];
        if (!value) continue;
        if (value.length > MAX_IDENTIFIER_CHARS || !isComparableIdentifier(value)) {
          throw await invalid(record, `field '${column}' has value '${value}'; expected a document or registry number (letters and digits, at most ${MAX_IDENTIFIER_CHARS} characters)`, column, value);
        }
        (row.identifiers ??= []).push(type === undefined ? { value } : { type, value });
      }
      rows.push(row);
    }
  } catch (err) {
    if (err instanceof ClearanceError) throw err;
    const e = err as Error & { lines?: number };
    throw errors.invalidRow(`${source.label}${e.lines ? ` line ${e.lines}` : ''}`, e.message);
  }
  if (!header) throw errors.invalidRow(source.label, `the file has no header row (expected ${INPUT_COLUMNS})`, 'header');
  return rows;
}

