import { parseIsoDate } from '../model/dates.js';
import { invalidInput } from '../model/errors.js';
import { MAX_QUANTITY, MAX_USD, parseAmount } from '../model/numbers.js';
import { parseCountry } from './countries.js';
import { parseHts } from './hts.js';
import { toCents, toMilli } from './money.js';
import { isKnownUnit } from './units.js';

/**
 * An entry line as the duty engine takes it, in the snake_case shape:
 * `{id?, hts, country_of_origin, entry_date, customs_value_usd, quantity?, unit?, export_date?,
 * claimed_exclusion_heading?, special_program?, usmca_qualifying?, metal_content_value_usd?,
 * mode_of_transport?, de_minimis_claim?}` (plus `quantity_2`/`unit_2` for rates on two quantities).
 * Wrong input is refused with the field named and the value as given.
 */

export interface EntryLineInput {
  id?: string | number;
  hts: string;
  country_of_origin: string;
  entry_date: string;
  customs_value_usd: number | string;
  quantity?: number | string;
  unit?: string;
  quantity_2?: number | string;
  unit_2?: string;
  export_date?: string;
  claimed_exclusion_heading?: string;
  special_program?: string;
  usmca_qualifying?: boolean | string;
  metal_content_value_usd?: number | string;
  mode_of_transport?: string;
  de_minimis_claim?: boolean | string;
}

export type TransportMode = 'vessel' | 'air' | 'truck' | 'rail' | 'mail' | 'pipeline' | 'other';

export interface Quantity {
  milli: number;
  /** As given; undefined means "in the rate's own unit". */
  unit?: string;
  field: string;
}

export interface EntryLine {
  id?: string | number;
  /** Digits, 8 or 10. */
  hts: string;
  country: string;
  entryDate: string;
  valueCents: number;
  quantities: Quantity[];
  exportDate?: string;
  claimedExclusion?: string;
  specialProgram?: string;
  usmcaQualifying: boolean;
  metalContentCents?: number;
  mode?: TransportMode;
  deMinimisClaim: boolean;
}

const MODES: Record<string, TransportMode> = {
  vessel: 'vessel', ocean: 'vessel', sea: 'vessel', air: 'air', truck: 'truck', road: 'truck', rail: 'rail',
  mail: 'mail', postal: 'mail', pipeline: 'pipeline', other: 'other',
};

function present(v: unknown): boolean {
  return v !== undefined && v !== null && v !== '';
}

function parseFlag(value: unknown, field: string): boolean {
  if (value === undefined || value === null || value === '') return false;
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    const t = value.trim().toLowerCase();
    if (['true', 'yes', 'y', '1'].includes(t)) return true;
    if (['false', 'no', 'n', '0'].includes(t)) return false;
  }
  throw invalidInput(field, value, 'must be true or false', 'invalid_flag');
}

function parseQuantity(raw: Record<string, unknown>, qField: string, uField: string): Quantity | undefined {
  const q = raw[qField];
  const u = raw[uField];
  if (!present(q)) {
    if (present(u)) throw invalidInput(qField, q, `is required when ${uField} is given`, 'missing_field');
    return undefined;
  }
  const amount = parseAmount(q, qField, { max: MAX_QUANTITY, decimals: 3 });
  const out: Quantity = { milli: toMilli(amount), field: qField };
  if (present(u)) {
    if (typeof u !== 'string' || !isKnownUnit(u)) throw invalidInput(uField, u, 'is not a unit of quantity the schedule uses (kg, liter, pf.liter, no., pr., doz., t, m2, ...)', 'invalid_unit');
    out.unit = u.trim();
  }
  return out;
}

/** How the fields a book repeats on line after line (number, origin, dates) are read and checked. */
export interface FieldReaders {
  hts: (value: unknown, field: string) => string;
  country: (value: unknown, field: string) => string;
  date: (value: unknown, field: string) => string;
}

const DIRECT: FieldReaders = { hts: parseHts, country: parseCountry, date: parseIsoDate };

/** Most distinct values a memo keeps (a book has a few thousand numbers, a few hundred origins and dates). */
const MEMO_LIMIT = 200_000;

function memo(read: (value: unknown, field: string) => string): (value: unknown, field: string) => string {
  const seen = new Map<string, string>();
  return (value, field) => {
    if (typeof value !== 'string') return read(value, field);
    let out = seen.get(value);
    if (out === undefined) {
      // Only values that pass are kept: a wrong one is refused again, naming the field it came in.
      out = read(value, field);
      if (seen.size < MEMO_LIMIT) seen.set(value, out);
    }
    return out;
  };
}

/** Readers that check each distinct text once (for a book of many lines): the same results and errors. */
export function memoFieldReaders(): FieldReaders {
  return { hts: memo(parseHts), country: memo(parseCountry), date: memo(parseIsoDate) };
}

const REQUIRED = ['hts', 'country_of_origin', 'entry_date', 'customs_value_usd'] as const;
const QUANTITY_FIELDS = [['quantity', 'unit'], ['quantity_2', 'unit_2']] as const;

/** The entry line of a JSON object (or a CSV row of strings), validated field by field. */
export function parseEntryLine(input: unknown, read: FieldReaders = DIRECT): EntryLine {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw invalidInput('line', input, 'must be an object with the entry line fields', 'invalid_line');
  const raw = input as Record<string, unknown>;
  for (const field of REQUIRED) {
    if (!present(raw[field])) throw invalidInput(field, raw[field], 'is required', 'missing_field');
  }
  const line: EntryLine = {
    hts: read.hts(raw.hts, 'hts'),
    country: read.country(raw.country_of_origin, 'country_of_origin'),
    entryDate: read.date(raw.entry_date, 'entry_date'),
    valueCents: toCents(parseAmount(raw.customs_value_usd, 'customs_value_usd', { max: MAX_USD, decimals: 2 })),
    quantities: [],
    usmcaQualifying: parseFlag(raw.usmca_qualifying, 'usmca_qualifying'),
    deMinimisClaim: parseFlag(raw.de_minimis_claim, 'de_minimis_claim'),
  };
  if (present(raw.id)) {
    if (typeof raw.id !== 'string' && typeof raw.id !== 'number') throw invalidInput('id', raw.id, 'must be a string or a number', 'invalid_id');
    line.id = raw.id;
  }
  for (const [q, u] of QUANTITY_FIELDS) {
    const quantity = parseQuantity(raw, q, u);
    if (quantity) line.quantities.push(quantity);
  }
  if (present(raw.export_date)) {
    line.exportDate = read.date(raw.export_date, 'export_date');
    if (line.exportDate > line.entryDate) throw invalidInput('export_date', raw.export_date, `must not be after entry_date (${line.entryDate})`, 'invalid_date');
  }
  if (present(raw.claimed_exclusion_heading)) {
    const h = String(raw.claimed_exclusion_heading).trim();
    if (!/^9903\.?\d{2}\.?\d{2}$/.test(h)) throw invalidInput('claimed_exclusion_heading', raw.claimed_exclusion_heading, 'must be a chapter 99 heading such as 9903.88.05', 'invalid_heading');
    const d = h.replace(/\./g, '');
    line.claimedExclusion = `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6, 8)}`;
  }
  if (present(raw.special_program)) {
    const p = String(raw.special_program).trim().toUpperCase();
    if (!/^[A-Z]{1,2}[*+]?$/.test(p)) throw invalidInput('special_program', raw.special_program, 'must be a special program indicator such as S, KR, AU, A+ or JP', 'invalid_program');
    line.specialProgram = p;
    // Entering goods of Canada or Mexico under the USMCA indicators is claiming that they qualify.
    if ((p === 'S' || p === 'S+') && (line.country === 'CA' || line.country === 'MX')) line.usmcaQualifying = true;
  }
  if (present(raw.metal_content_value_usd)) {
    const metal = parseAmount(raw.metal_content_value_usd, 'metal_content_value_usd', { max: MAX_USD, decimals: 2 });
    const cents = toCents(metal);
    if (cents > line.valueCents) throw invalidInput('metal_content_value_usd', raw.metal_content_value_usd, 'must not exceed customs_value_usd', 'number_out_of_range');
    line.metalContentCents = cents;
  }
  if (present(raw.mode_of_transport)) {
    const mode = MODES[String(raw.mode_of_transport).trim().toLowerCase()];
    if (!mode) throw invalidInput('mode_of_transport', raw.mode_of_transport, 'must be one of vessel, air, truck, rail, mail, pipeline, other', 'invalid_mode');
    line.mode = mode;
  }
  return line;
}
