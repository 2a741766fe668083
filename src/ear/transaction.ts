import countries from '../ingest/iso-countries.js';
import { isComparableIdentifier } from '../model/identifier.js';
import { invalidInput } from '../model/errors.js';
import { parseIsoDate } from '../model/dates.js';
import { UKRAINE_COVERED_REGIONS } from './regulation-facts.js';
import { END_USE_CATEGORIES, type EndUseCategory } from './end-use-categories.js';

/**
 * A transaction as the library, the CLI and the API take it (snake_case, as in the JSON input), and
 * its one validator. Every refusal is a ClearanceError of kind `invalid` naming the field and the
 * value as given; the TypeBox schema in transaction-schema.ts documents the same shape for OpenAPI.
 */

export type ExportType = 'export' | 'reexport' | 'transfer';
export type PartyRole = 'end_user' | 'consignee' | 'purchaser' | 'intermediate_consignee';
export type { EndUseCategory } from './end-use-categories.js';
export type ClaimedException = 'TMP' | 'RPL' | 'GOV' | 'TSU' | 'BAG' | 'ENC';

/**
 * Answers to the questions a decision could not settle, keyed by the question id the decision gave
 * (`true`: the condition the question names holds; `false`: it does not).
 */
export type Facts = Record<string, boolean>;

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
  /**
   * ECCNs of the US software or technology this foreign-made item is a direct product of (§ 734.9);
   * an empty list declares that it is the direct product of none. Absent: not stated.
   */
  fdp_basis?: string[];
  /**
   * ECCNs of the US software or technology the plant or 'major component' that produced the item is a
   * direct product of (§ 734.9 plant routes); an empty list declares none. Absent: not stated.
   */
  fdp_plant_basis?: string[];
  /** The item is produced from a design of a party to the transaction (May 2020 form of § 734.9(e)(1)). */
  fdp_party_design?: boolean;
  /** EAR99 food or medicine, which several embargoes exclude. */
  food_or_medicine?: boolean;
  /** HTS code (6 to 10 digits) of the item, read against the HTS-listed supplements to Part 746. */
  hts?: string;
  /** Answers for this item only; they override the transaction's `facts`. */
  facts?: Facts;
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
  /** The end use in the exporter's own words, kept in the decision and the audit trail. */
  end_use?: string;
  /** Part 744 end uses the exporter declares the items are for. */
  end_use_categories?: EndUseCategory[];
  /** Part 744 end uses the exporter declares the items are not for (settles free-text concerns). */
  end_use_categories_denied?: EndUseCategory[];
  /** License exceptions the exporter intends to use whose terms depend on facts outside the item (§ 740.9-740.17). */
  exceptions_claimed?: ClaimedException[];
  /** Answers to the questions of an earlier decision (see `Facts`). */
  facts?: Facts;
}

/** Limits on what one transaction may hold; beyond them the input is refused, not truncated. */
export const INPUT_LIMITS = {
  /** Names, addresses, units, identifiers: a legal name is far shorter. */
  shortText: 1000,
  /** Free text: item descriptions and the end use. */
  longText: 4000,
  items: 1000,
  parties: 200,
  /** Entries in any other list (US content, FDP bases, identifiers, categories, facts). */
  listEntries: 200,
  /** Fact ids are question ids, which name a rule. */
  factId: 200,
} as const;

const ECCN = /^(EAR99|\d[A-E]\d{3}(\.[a-z0-9]+)*)$/;
const EXPORT_TYPES = new Set<string>(['export', 'reexport', 'transfer']);
const ROLES = new Set<string>(['end_user', 'consignee', 'purchaser', 'intermediate_consignee']);
const CATEGORIES = new Set<string>(END_USE_CATEGORIES);
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
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw invalidInput(field, v, 'must be an object');
  return v as Record<string, unknown>;
}

function str(v: unknown, field: string, max: number = INPUT_LIMITS.shortText): string {
  if (typeof v !== 'string' || !v.trim()) throw invalidInput(field, v, 'must be a non-empty string');
  const s = v.trim();
  if (s.length > max) throw invalidInput(field, v, `must be at most ${max} characters (has ${s.length})`, 'input_too_long');
  return s;
}

function optionalText(v: unknown, field: string, max: number): string {
  if (typeof v !== 'string') throw invalidInput(field, v, 'must be a string');
  if (v.length > max) throw invalidInput(field, v, `must be at most ${max} characters (has ${v.length})`, 'input_too_long');
  return v;
}

function num(v: unknown, field: string): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) throw invalidInput(field, v, 'must be a finite number');
  if (v < 0) throw invalidInput(field, v, 'must not be negative');
  return v;
}

function bool(v: unknown, field: string): boolean {
  if (typeof v !== 'boolean') throw invalidInput(field, v, 'must be true or false');
  return v;
}

function country(v: unknown, field: string, allowRegions = false): string {
  const s = str(v, field).toUpperCase();
  if (allowRegions && UKRAINE_COVERED_REGIONS[s]) return s;
  if (!/^[A-Z]{2}$/.test(s) || !isKnownCountryCode(s)) throw invalidInput(field, v, 'unknown country code (ISO 3166-1 alpha-2 expected)');
  return s;
}

function eccn(v: unknown, field: string): string {
  const s = normalizeEccn(str(v, field, 100));
  if (!ECCN.test(s)) throw invalidInput(field, v, 'malformed ECCN (expected e.g. "5A002", "3A090.a" or "EAR99")');
  return s;
}

function list(v: unknown, field: string, max: number = INPUT_LIMITS.listEntries): unknown[] {
  if (!Array.isArray(v)) throw invalidInput(field, v, 'must be an array');
  if (v.length > max) throw invalidInput(field, `${v.length} entries`, `must hold at most ${max} entries`, 'input_too_long');
  return v;
}

function hts(v: unknown, field: string): string {
  const s = str(v, field, 20).replace(/\./g, '');
  if (!/^\d{6,10}$/.test(s)) throw invalidInput(field, v, 'must be an HTS code of 6 to 10 digits (dots allowed, e.g. "8471.30" or "847130")');
  return s;
}

function categories(v: unknown, field: string): EndUseCategory[] {
  return list(v, field).map((c, i) => {
    const s = str(c, `${field}[${i}]`).toLowerCase();
    if (!CATEGORIES.has(s)) throw invalidInput(`${field}[${i}]`, c, `must be one of ${END_USE_CATEGORIES.join(', ')}`);
    return s as EndUseCategory;
  });
}

function facts(v: unknown, field: string): Facts {
  const o = obj(v, field);
  const keys = Object.keys(o);
  if (keys.length > INPUT_LIMITS.listEntries) throw invalidInput(field, `${keys.length} entries`, `must hold at most ${INPUT_LIMITS.listEntries} entries`, 'input_too_long');
  const out: Facts = {};
  for (const k of keys) {
    if (k.length > INPUT_LIMITS.factId) throw invalidInput(`${field}`, k, `fact ids are at most ${INPUT_LIMITS.factId} characters`, 'input_too_long');
    out[k] = bool(o[k], `${field}.${k}`);
  }
  return out;
}

function eccnList(v: unknown, field: string): string[] {
  return list(v, field).map((e, j) => eccn(e, `${field}[${j}]`));
}

function parseItem(v: unknown, i: number): TxItem {
  const f = `items[${i}]`;
  const o = obj(v, f);
  const item: TxItem = {
    eccn: eccn(o.eccn, `${f}.eccn`),
    quantity: num(o.quantity, `${f}.quantity`),
    value_usd: num(o.value_usd, `${f}.value_usd`),
  };
  if (o.description !== undefined && o.description !== null) item.description = optionalText(o.description, `${f}.description`, INPUT_LIMITS.longText);
  if (o.unit !== undefined && o.unit !== null) item.unit = optionalText(o.unit, `${f}.unit`, INPUT_LIMITS.shortText);
  if (o.us_content !== undefined) {
    item.us_content = list(o.us_content, `${f}.us_content`).map((c, j) => {
      const co = obj(c, `${f}.us_content[${j}]`);
      return { eccn: eccn(co.eccn, `${f}.us_content[${j}].eccn`), value_usd: num(co.value_usd, `${f}.us_content[${j}].value_usd`) };
    });
  }
  if (o.us_content_pct !== undefined) {
    const pct = num(o.us_content_pct, `${f}.us_content_pct`);
    if (pct > 100) throw invalidInput(`${f}.us_content_pct`, pct, 'must be at most 100');
    item.us_content_pct = pct;
  }
  if (o.fdp_basis !== undefined) item.fdp_basis = eccnList(o.fdp_basis, `${f}.fdp_basis`);
  if (o.fdp_plant_basis !== undefined) item.fdp_plant_basis = eccnList(o.fdp_plant_basis, `${f}.fdp_plant_basis`);
  if (o.fdp_party_design !== undefined) item.fdp_party_design = bool(o.fdp_party_design, `${f}.fdp_party_design`);
  if (o.food_or_medicine !== undefined) item.food_or_medicine = bool(o.food_or_medicine, `${f}.food_or_medicine`);
  if (o.hts !== undefined && o.hts !== null) item.hts = hts(o.hts, `${f}.hts`);
  if (o.facts !== undefined) item.facts = facts(o.facts, `${f}.facts`);
  return item;
}

function parseParty(v: unknown, i: number): TxParty {
  const f = `parties[${i}]`;
  const o = obj(v, f);
  const role = str(o.role, `${f}.role`);
  if (!ROLES.has(role)) throw invalidInput(`${f}.role`, role, `must be one of ${[...ROLES].join(', ')}`);
  const party: TxParty = { role: role as PartyRole, name: str(o.name, `${f}.name`), country: country(o.country, `${f}.country`, true) };
  if (o.address !== undefined && o.address !== null) party.address = optionalText(o.address, `${f}.address`, INPUT_LIMITS.shortText);
  if (o.identifiers !== undefined) party.identifiers = list(o.identifiers, `${f}.identifiers`).map((id, j) => parseIdentifier(id, `${f}.identifiers[${j}]`));
  return party;
}

function parseIdentifier(v: unknown, field: string): TxIdentifier {
  const o = obj(v, field);
  const value = str(o.value, `${field}.value`);
  if (!isComparableIdentifier(value)) throw invalidInput(`${field}.value`, value, 'must hold letters or digits');
  return o.type === undefined ? { value } : { type: str(o.type, `${field}.type`, 100).toLowerCase(), value };
}

/**
 * The end use as given. A value that is exactly a category name ("nuclear") is also that declared
 * category, as the former enumerated field was; "civil" declares none.
 */
function parseEndUse(v: unknown, tx: Transaction): void {
  if (v === undefined || v === null) return;
  const text = str(v, 'end_use', INPUT_LIMITS.longText);
  tx.end_use = text;
  const bare = text.toLowerCase();
  if (CATEGORIES.has(bare)) tx.end_use_categories = [...new Set([...(tx.end_use_categories ?? []), bare as EndUseCategory])];
}

/** Validates JSON input into a Transaction; throws a ClearanceError (kind `invalid`) naming the first bad field. */
export function parseTransaction(json: unknown): Transaction {
  const o = obj(json, 'transaction');
  const exportType = str(o.export_type, 'export_type');
  if (!EXPORT_TYPES.has(exportType)) throw invalidInput('export_type', exportType, 'must be export, reexport or transfer');
  const items = list(o.items, 'items', INPUT_LIMITS.items);
  if (items.length === 0) throw invalidInput('items', items, 'must hold at least one item');
  const tx: Transaction = {
    export_type: exportType as ExportType,
    origin_country: country(o.origin_country, 'origin_country'),
    destination: country(o.destination, 'destination', true),
    items: items.map(parseItem),
    parties: o.parties === undefined || o.parties === null ? [] : list(o.parties, 'parties', INPUT_LIMITS.parties).map(parseParty),
  };
  if (o.as_of !== undefined && o.as_of !== null) tx.as_of = parseIsoDate(o.as_of, 'as_of');
  if (o.end_use_categories !== undefined) tx.end_use_categories = categories(o.end_use_categories, 'end_use_categories');
  if (o.end_use_categories_denied !== undefined) tx.end_use_categories_denied = categories(o.end_use_categories_denied, 'end_use_categories_denied');
  parseEndUse(o.end_use, tx);
  const both = (tx.end_use_categories ?? []).filter((c) => tx.end_use_categories_denied?.includes(c));
  if (both.length > 0) throw invalidInput('end_use_categories_denied', both, 'cannot deny a category the transaction declares');
  if (o.exceptions_claimed !== undefined) {
    tx.exceptions_claimed = list(o.exceptions_claimed, 'exceptions_claimed').map((c, i) => {
      const s = str(c, `exceptions_claimed[${i}]`).toUpperCase();
      if (!CLAIMS.has(s)) throw invalidInput(`exceptions_claimed[${i}]`, c, `must be one of ${[...CLAIMS].join(', ')}`);
      return s as ClaimedException;
    });
  }
  if (o.facts !== undefined) tx.facts = facts(o.facts, 'facts');
  return tx;
}
