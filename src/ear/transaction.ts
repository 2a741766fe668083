import countries from '../ingest/iso-countries.js';
import { isComparableIdentifier } from '../model/identifier.js';
import { UKRAINE_COVERED_REGIONS } from './regulation-facts.js';

/** A transaction as the library and the CLI take it (snake_case, as in the JSON input). */

export type ExportType = 'export' | 'reexport' | 'transfer';
export type PartyRole = 'end_user' | 'consignee' | 'purchaser' | 'intermediate_consignee';
export type EndUse =
  | 'civil'
  | 'nuclear'
  | 'missile'
  | 'chemical_biological'
  | 'military'
  | 'military_intelligence'
  | 'supercomputer'
  | 'advanced_node_ic';
export type ClaimedException = 'TMP' | 'RPL' | 'GOV' | 'TSU' | 'BAG' | 'ENC';

export interface UsContent {
  eccn: string;
  value_usd: number;
}

export interface TxItem {
  /** "EAR99" or an ECCN, optionally with its paragraph ("3A090.a"). */
  eccn: string;
  description?: string;
  quantity: number;
  unit?: string;
  value_usd: number;
  us_content?: UsContent[];
  /** Controlled US-origin content as a share of the item's value (0-100), when computed elsewhere. */
  us_content_pct?: number;
  /** US software/technology ECCNs this foreign-made item is a direct product of (§ 734.9). */
  fdp_basis?: string[];
  /** The item is produced from a design of a party to the transaction (May 2020 form of § 734.9(e)(1)). */
  fdp_party_design?: boolean;
  /** EAR99 food or medicine, which several embargoes exclude. */
  food_or_medicine?: boolean;
}

export interface TxParty {
  role: PartyRole;
  name: string;
  country: string;
  address?: string;
  /**
   * Document and registry numbers (passport, tax_id, registration, imo ...; `type` as list entries
   * name them, absent when unknown): screened as evidence beside the name.
   */
  identifiers?: TxIdentifier[];
}

export interface TxIdentifier {
  type?: string;
  value: string;
}

export interface Transaction {
  as_of?: string;
  export_type: ExportType;
  /** Where the item was produced ("US" for US-origin items wherever they are). */
  origin_country: string;
  /** ISO-2, or ISO 3166-2 for the covered regions of Ukraine (UA-43, UA-40, UA-14, UA-09). */
  destination: string;
  items: TxItem[];
  parties: TxParty[];
  end_use?: EndUse;
  /** License exceptions the exporter intends to use whose terms depend on facts outside the item (§ 740.9-740.17). */
  exceptions_claimed?: ClaimedException[];
}

export class ValidationError extends Error {
  readonly field: string;
  readonly value: unknown;
  constructor(field: string, value: unknown, message: string) {
    super(`${field}: ${message} (got ${JSON.stringify(value) ?? String(value)})`);
    this.name = 'ValidationError';
    this.field = field;
    this.value = value;
  }
}

const ECCN = /^(EAR99|\d[A-E]\d{3}(\.[a-z0-9]+)*)$/;
const EXPORT_TYPES = new Set<string>(['export', 'reexport', 'transfer']);
const ROLES = new Set<string>(['end_user', 'consignee', 'purchaser', 'intermediate_consignee']);
const END_USES = new Set<string>([
  'civil', 'nuclear', 'missile', 'chemical_biological', 'military', 'military_intelligence', 'supercomputer', 'advanced_node_ic',
]);
const CLAIMS = new Set<string>(['TMP', 'RPL', 'GOV', 'TSU', 'BAG', 'ENC']);

/** "3a090.A" → "3A090.a"; the category and group letters are upper case, paragraphs lower case. */
export function normalizeEccn(raw: string): string {
  const t = raw.trim();
  if (/^ear ?99$/i.test(t)) return 'EAR99';
  const [head = '', ...rest] = t.split('.');
  return [head.toUpperCase(), ...rest.map((p) => p.toLowerCase())].join('.');
}

export function splitEccn(eccn: string): { base: string; paragraph?: string } {
  const dot = eccn.indexOf('.');
  return dot < 0 ? { base: eccn } : { base: eccn.slice(0, dot), paragraph: eccn.slice(dot + 1) };
}

export function isKnownCountryCode(code: string): boolean {
  return code === 'XK' || countries.isValid(code);
}

function obj(v: unknown, field: string): Record<string, unknown> {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new ValidationError(field, v, 'must be an object');
  return v as Record<string, unknown>;
}

function str(v: unknown, field: string): string {
  if (typeof v !== 'string' || !v.trim()) throw new ValidationError(field, v, 'must be a non-empty string');
  return v.trim();
}

function num(v: unknown, field: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw new ValidationError(field, v, 'must be a finite number');
  if (v < 0) throw new ValidationError(field, v, 'must not be negative');
  return v;
}

function country(v: unknown, field: string, allowRegions = false): string {
  const s = str(v, field).toUpperCase();
  if (allowRegions && UKRAINE_COVERED_REGIONS[s]) return s;
  if (!/^[A-Z]{2}$/.test(s) || !isKnownCountryCode(s)) throw new ValidationError(field, v, 'unknown country code (ISO 3166-1 alpha-2 expected)');
  return s;
}

function eccn(v: unknown, field: string): string {
  const s = normalizeEccn(str(v, field));
  if (!ECCN.test(s)) throw new ValidationError(field, v, 'malformed ECCN (expected e.g. "5A002", "3A090.a" or "EAR99")');
  return s;
}

function date(v: unknown, field: string): string {
  const s = str(v, field);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s) || Number.isNaN(Date.parse(`${s}T00:00:00Z`))) {
    throw new ValidationError(field, v, 'must be a date YYYY-MM-DD');
  }
  return s;
}

function list(v: unknown, field: string): unknown[] {
  if (!Array.isArray(v)) throw new ValidationError(field, v, 'must be an array');
  return v;
}

function parseItem(v: unknown, i: number): TxItem {
  const f = `items[${i}]`;
  const o = obj(v, f);
  const item: TxItem = {
    eccn: eccn(o.eccn, `${f}.eccn`),
    quantity: num(o.quantity, `${f}.quantity`),
    value_usd: num(o.value_usd, `${f}.value_usd`),
  };
  if (o.description !== undefined) item.description = String(o.description);
  if (o.unit !== undefined) item.unit = String(o.unit);
  if (o.us_content !== undefined) {
    item.us_content = list(o.us_content, `${f}.us_content`).map((c, j) => {
      const co = obj(c, `${f}.us_content[${j}]`);
      return { eccn: eccn(co.eccn, `${f}.us_content[${j}].eccn`), value_usd: num(co.value_usd, `${f}.us_content[${j}].value_usd`) };
    });
  }
  if (o.us_content_pct !== undefined) {
    const pct = num(o.us_content_pct, `${f}.us_content_pct`);
    if (pct > 100) throw new ValidationError(`${f}.us_content_pct`, pct, 'must be at most 100');
    item.us_content_pct = pct;
  }
  if (o.fdp_basis !== undefined) item.fdp_basis = list(o.fdp_basis, `${f}.fdp_basis`).map((e, j) => eccn(e, `${f}.fdp_basis[${j}]`));
  if (o.fdp_party_design !== undefined) item.fdp_party_design = o.fdp_party_design === true;
  if (o.food_or_medicine !== undefined) item.food_or_medicine = o.food_or_medicine === true;
  return item;
}

function parseParty(v: unknown, i: number): TxParty {
  const f = `parties[${i}]`;
  const o = obj(v, f);
  const role = str(o.role, `${f}.role`);
  if (!ROLES.has(role)) throw new ValidationError(`${f}.role`, role, `must be one of ${[...ROLES].join(', ')}`);
  const party: TxParty = { role: role as PartyRole, name: str(o.name, `${f}.name`), country: country(o.country, `${f}.country`, true) };
  if (o.address !== undefined) party.address = String(o.address);
  if (o.identifiers !== undefined) party.identifiers = list(o.identifiers, `${f}.identifiers`).map((id, j) => parseIdentifier(id, `${f}.identifiers[${j}]`));
  return party;
}

function parseIdentifier(v: unknown, field: string): TxIdentifier {
  const o = obj(v, field);
  const value = str(o.value, `${field}.value`);
  if (!isComparableIdentifier(value)) throw new ValidationError(`${field}.value`, value, 'must hold letters or digits');
  return o.type === undefined ? { value } : { type: str(o.type, `${field}.type`).toLowerCase(), value };
}

/** Validates JSON input into a Transaction; throws a ValidationError naming the first bad field. */
export function parseTransaction(json: unknown): Transaction {
  const o = obj(json, 'transaction');
  const exportType = str(o.export_type, 'export_type');
  if (!EXPORT_TYPES.has(exportType)) throw new ValidationError('export_type', exportType, 'must be export, reexport or transfer');
  const items = list(o.items, 'items');
  if (items.length === 0) throw new ValidationError('items', items, 'must hold at least one item');
  const tx: Transaction = {
    export_type: exportType as ExportType,
    origin_country: country(o.origin_country, 'origin_country'),
    destination: country(o.destination, 'destination', true),
    items: items.map(parseItem),
    parties: o.parties === undefined ? [] : list(o.parties, 'parties').map(parseParty),
  };
  if (o.as_of !== undefined) tx.as_of = date(o.as_of, 'as_of');
  if (o.end_use !== undefined && o.end_use !== null) {
    const eu = str(o.end_use, 'end_use');
    if (!END_USES.has(eu)) throw new ValidationError('end_use', eu, `must be one of ${[...END_USES].join(', ')}`);
    tx.end_use = eu as EndUse;
  }
  if (o.exceptions_claimed !== undefined) {
    tx.exceptions_claimed = list(o.exceptions_claimed, 'exceptions_claimed').map((c, i) => {
      const s = str(c, `exceptions_claimed[${i}]`).toUpperCase();
      if (!CLAIMS.has(s)) throw new ValidationError(`exceptions_claimed[${i}]`, c, `must be one of ${[...CLAIMS].join(', ')}`);
      return s as ClaimedException;
    });
  }
  return tx;
}
