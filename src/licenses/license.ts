import { classErrors } from '../model/error-catalogue.js';
import { ClearanceError } from '../model/errors.js';
/** A license as the CLI and API take it (snake_case, as in the JSON), validated field by field. */

export type LicenseKind = 'bis_license' | 'license_exception';

export interface LicenseParty {
  role: string;
  name: string;
}

export interface LicenseLineInput {
  eccn: string;
  description: string;
  quantity: number;
  unit: string;
  value_usd: number;
}

export interface LicenseDocument {
  number: string;
  kind: LicenseKind;
  issued: string;
  expires: string;
  destination: string;
  parties: LicenseParty[];
  lines: LicenseLineInput[];
  /** For a license exception used with a value cap: the exception symbol (e.g. "LVS"). */
  exception?: string;
}

export class LicenseValidationError extends ClearanceError {
  declare readonly field: string;
  constructor(field: string, value: unknown, message: string) {
    super(classErrors.invalidLicense.code, classErrors.invalidLicense.kind, `${field}: ${message} (got ${JSON.stringify(value) ?? String(value)})`, { field, value });
    this.name = 'LicenseValidationError';
  }
}

const KINDS = new Set<string>(['bis_license', 'license_exception']);
const ECCN = /^(EAR99|\d[A-E]\d{3}(\.[a-z0-9]+)*)$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const ROLES = new Set<string>(['end_user', 'consignee', 'purchaser', 'intermediate_consignee']);

function isDate(v: unknown): v is string {
  return typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString().slice(0, 10) === v;
}

/** Thousandths of a unit and cents are what the store keeps; more precision than that is refused, not rounded. */
function hasAtMostDecimals(n: number, decimals: number): boolean {
  const scaled = n * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

function text(obj: Record<string, unknown>, field: string, path: string): string {
  const v = obj[field];
  if (typeof v !== 'string' || v.trim() === '') throw new LicenseValidationError(`${path}${field}`, v, 'must be a non-empty string');
  return v.trim();
}

export function parseLicense(input: unknown): LicenseDocument {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) throw new LicenseValidationError('license', input, 'must be a JSON object');
  const o = input as Record<string, unknown>;
  const number = text(o, 'number', '');
  if (!/^[A-Za-z0-9-]+$/.test(number)) throw new LicenseValidationError('number', o.number, 'must be letters, digits and dashes');
  const kind = o.kind;
  if (typeof kind !== 'string' || !KINDS.has(kind)) throw new LicenseValidationError('kind', kind, 'must be "bis_license" or "license_exception"');
  if (!isDate(o.issued)) throw new LicenseValidationError('issued', o.issued, 'must be a date YYYY-MM-DD');
  if (!isDate(o.expires)) throw new LicenseValidationError('expires', o.expires, 'must be a date YYYY-MM-DD');
  if (o.expires < o.issued) throw new LicenseValidationError('expires', o.expires, `is before issued ${o.issued}`);
  const destination = o.destination;
  if (typeof destination !== 'string' || !/^[A-Z]{2}$/.test(destination)) throw new LicenseValidationError('destination', destination, 'must be an ISO 3166 alpha-2 code such as CN');
  if (!Array.isArray(o.parties)) throw new LicenseValidationError('parties', o.parties, 'must be an array of {role, name}');
  const parties = o.parties.map((p: unknown, i: number): LicenseParty => {
    if (typeof p !== 'object' || p === null) throw new LicenseValidationError(`parties[${i}]`, p, 'must be an object {role, name}');
    const po = p as Record<string, unknown>;
    const role = text(po, 'role', `parties[${i}].`);
    if (!ROLES.has(role)) throw new LicenseValidationError(`parties[${i}].role`, role, 'must be end_user, consignee, purchaser or intermediate_consignee');
    return { role, name: text(po, 'name', `parties[${i}].`) };
  });
  if (!Array.isArray(o.lines) || o.lines.length === 0) throw new LicenseValidationError('lines', o.lines, 'must be a non-empty array');
  const lines = o.lines.map((l: unknown, i: number): LicenseLineInput => {
    if (typeof l !== 'object' || l === null) throw new LicenseValidationError(`lines[${i}]`, l, 'must be an object');
    const lo = l as Record<string, unknown>;
    const eccn = text(lo, 'eccn', `lines[${i}].`);
    if (!ECCN.test(eccn)) throw new LicenseValidationError(`lines[${i}].eccn`, eccn, 'is not an ECCN (e.g. 3A001 or 3A001.a.1)');
    const quantity = lo.quantity;
    if (typeof quantity !== 'number' || !(quantity > 0) || !hasAtMostDecimals(quantity, 3)) {
      throw new LicenseValidationError(`lines[${i}].quantity`, quantity, 'must be a positive number with at most 3 decimals');
    }
    const value = lo.value_usd;
    if (typeof value !== 'number' || !(value > 0) || !hasAtMostDecimals(value, 2)) {
      throw new LicenseValidationError(`lines[${i}].value_usd`, value, 'must be a positive amount in dollars with at most 2 decimals');
    }
    const description = typeof lo.description === 'string' ? lo.description : '';
    return { eccn, description, quantity, unit: text(lo, 'unit', `lines[${i}].`), value_usd: value };
  });
  const doc: LicenseDocument = { number, kind: kind as LicenseKind, issued: o.issued, expires: o.expires, destination, parties, lines };
  if (typeof o.exception === 'string') doc.exception = o.exception;
  return doc;
}

export { hasAtMostDecimals };
