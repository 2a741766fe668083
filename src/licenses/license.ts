/** A license as the CLI and API take it (snake_case, as in the JSON), validated field by field. */
import { parseIsoDate } from '../model/dates.js';
import { classErrors } from '../model/error-catalogue.js';
import { ClearanceError, shownValue } from '../model/errors.js';
import { MAX_QUANTITY, MAX_USD, parseAmount, type AmountRule } from '../model/numbers.js';

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
  constructor(field: string, value: unknown, reason: string, message = `${field}: ${reason} (got ${shownValue(value)})`) {
    super(classErrors.invalidLicense.code, classErrors.invalidLicense.kind, message, { field, value });
    this.name = 'LicenseValidationError';
  }
}

/** Runs a shared parser (dates, amounts), its refusal becoming this module's error with the same words. */
function checked<T>(parse: () => T): T {
  try {
    return parse();
  } catch (err) {
    if (!(err instanceof ClearanceError) || err.field === undefined) throw err;
    throw new LicenseValidationError(err.field, err.value, '', err.message);
  }
}

const KINDS = new Set<string>(['bis_license', 'license_exception']);
const ECCN = /^(EAR99|\d[A-E]\d{3}(\.[a-z0-9]+)*)$/;
const ROLES = new Set<string>(['end_user', 'consignee', 'purchaser', 'intermediate_consignee']);

/** What the register keeps exactly: thousandths of a unit and cents, up to a trillion. */
const QUANTITY: AmountRule = { max: MAX_QUANTITY, decimals: 3, allowZero: false };
const VALUE_USD: AmountRule = { max: MAX_USD, decimals: 2, allowZero: false };

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
  const issued = checked(() => parseIsoDate(o.issued, 'issued'));
  const expires = checked(() => parseIsoDate(o.expires, 'expires'));
  if (expires < issued) throw new LicenseValidationError('expires', o.expires, `is before issued ${issued}`);
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
    const quantity = checked(() => parseAmount(lo.quantity, `lines[${i}].quantity`, QUANTITY));
    const value = checked(() => parseAmount(lo.value_usd, `lines[${i}].value_usd`, VALUE_USD));
    const description = typeof lo.description === 'string' ? lo.description : '';
    return { eccn, description, quantity, unit: text(lo, 'unit', `lines[${i}].`), value_usd: value };
  });
  const doc: LicenseDocument = { number, kind: kind as LicenseKind, issued, expires, destination, parties, lines };
  if (typeof o.exception === 'string') doc.exception = o.exception;
  return doc;
}

export { hasAtMostDecimals };
