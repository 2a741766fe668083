import type { Address, Identifier, ListRef } from '../model/list-entry.js';
import { toIso2 } from './countries.js';

/**
 * Text-field parsers for the Consolidated Screening List. The CSL flattens its JSON into CSV by joining
 * lists with `;` and structured parts with `,`, so each field here undoes one of those joins.
 */

/** Splits a `;`-joined CSL field; empty pieces (trailing `;`, `;;`) are dropped. */
export function splitList(text: string | undefined | null): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const piece of text.split(';')) {
    const clean = piece.replace(/\s+/g, ' ').trim();
    if (clean) out.push(clean);
  }
  return out;
}

/** Abbreviations in the `source` column that differ from the list codes clearance uses. */
const CODE_ALIASES: Record<string, string> = {
  'NS-MBS': 'MBS',
  'NS-MBS LIST': 'MBS',
  'NS-PLC': 'PLC',
};

/**
 * The list an entry belongs to, from the CSL `source` column ("Entity List (EL) - Bureau of Industry and
 * Security"). The code is the first parenthesised abbreviation, so lists trade.gov adds later still get a
 * sensible code without a table change.
 */
export function listFromSource(source: string): ListRef {
  const cached = listCache.get(source);
  if (cached) return { ...cached };
  const ref = computeList(source);
  if (listCache.size < 1000) listCache.set(source, ref);
  return { ...ref };
}

// A file names a dozen lists over tens of thousands of rows.
const listCache = new Map<string, ListRef>();

function computeList(source: string): ListRef {
  const name = source.replace(/\s+/g, ' ').trim();
  const abbr = /\(([^()]{1,40})\)/.exec(name);
  let code: string;
  if (abbr) {
    code = abbr[1]!.trim().toUpperCase();
    code = CODE_ALIASES[code] ?? code.replace(/\s+LIST$/, '');
  } else {
    // No abbreviation: the name before the agency is the best stable key.
    code = name.split(' - ')[0]!.trim().toUpperCase();
  }
  return { code, name };
}

/**
 * Codes the CSL writes that are not ISO 3166-1: "UK", "PRC", and "AN" (Netherlands Antilles, withdrawn
 * from ISO in 2010 but still on old listings; the shared table maps its name to AN too).
 */
const COUNTRY_ALIASES: Record<string, string> = { UK: 'GB', PRC: 'CN', AN: 'AN' };

/** Country spellings in CSL address fields that the shared country table does not resolve. */
function cslCountry(text: string): string | undefined {
  const direct = toIso2(text);
  if (direct) return direct;
  const t = text.trim();
  const alias = COUNTRY_ALIASES[t.toUpperCase()];
  if (alias) return alias;
  const region = /^region:\s*(.+)$/i.exec(t);
  if (region) {
    // "REGION: NORTHERN MALI", "REGION: NORTH GAZA": the region lies in the country it names.
    return toIso2(region[1]!) ?? toIso2(region[1]!.replace(/^(?:north|south|east|west)(?:ern)?\s+/i, ''));
  }
  const occupied = /^(.+?)\s*\(occupied\)$/i.exec(t);
  if (occupied) return occupied[1]!.toLowerCase() === 'crimea' ? 'UA' : toIso2(occupied[1]!);
  return undefined;
}

/** ISO-2 of a country as a CSL field writes it ("CN", "China", "REGION: WEST BANK"), or undefined. */
export function cslCountryCode(text: string | undefined | null): string | undefined {
  if (!text) return undefined;
  return cslCountry(text);
}

const POSTAL_CODE = /^(?=[^,]*\d)[A-Z0-9][A-Z0-9 -]{1,9}$/i;
const REGION_WORD = /(\b(province|oblast|obl\.?|okrug|krai|kray|governorate|prefecture|state|region|county)|\ba\.o\.)$/i;
const US_STATE_LIKE = /^[A-Z]{2}$/;

/**
 * One address from the CSL's flattened form "street, city, state, postal code, country" (empty parts are
 * left out by trade.gov, so positions are not fixed). The country is the last part when it resolves; a
 * postal code and a state are recognised by shape; the part before them is taken as the city (a guess the
 * flattening forces: "Tijuana, Baja California, MX" yields city "Baja California") and the rest is street.
 * A bare country ("CN", as in compact files) becomes a country-only address.
 */
export function parseAddressText(text: string): Address | undefined {
  const full = text.replace(/\s+/g, ' ').trim().replace(/^and\s+/, '');
  if (!full) return undefined;
  const whole = cslCountry(full);
  if (whole) return { country: whole };
  const parts = full
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  // A lone word with no digits where a country belongs ("REGION: KASHMIR", "NM") is a place we could not
  // resolve, not a street.
  if (parts.length === 1 && !/\d/.test(full)) return { countryText: full };
  const address: Address = {};
  const last = parts[parts.length - 1];
  if (parts.length > 1 && last !== undefined) {
    const code = cslCountry(last);
    if (code) {
      address.country = code;
      parts.pop();
      // Entity List addresses repeat the country in words before its code ("Xian, China, CN").
      while (parts.length > 1 && cslCountry(parts[parts.length - 1]!) === code) parts.pop();
    }
  }
  if (parts.length > 1 && POSTAL_CODE.test(parts[parts.length - 1]!)) address.postalCode = parts.pop();
  if (parts.length > 2) {
    const tail = parts[parts.length - 1]!;
    if (US_STATE_LIKE.test(tail) || REGION_WORD.test(tail)) address.region = parts.pop();
  }
  if (parts.length > 1 || (parts.length === 1 && address.country && !/\d/.test(parts[0]!))) {
    address.city = parts.pop();
  }
  if (parts.length) address.street = parts.join(', ');
  return address;
}

/** Addresses of a CSV `addresses` field (`;`-separated). */
export function parseAddresses(text: string | undefined | null): Address[] {
  const out: Address[] = [];
  for (const piece of splitList(text)) {
    const a = parseAddressText(piece);
    if (a) out.push(a);
  }
  return out;
}

const FR_CITATION = /\b\d{1,3}\s*\.?\s*F\.?\s?R\.?\s*(?:no\.\s*\d+\s*pg\.\s*)?\d{1,6}\b/gi;

/**
 * Federal Register citations in a `federal_register_notice` field. Each citation runs from its
 * "<volume> FR <page>" to the next one, so the date BIS writes after it stays with it
 * ("67 F.R. 56530 9/4/02 67 F.R. 10890 3/11/02" -> two citations). Text without that pattern
 * (State's "Vol. 83, No. 91, 05/10/2018") is kept whole.
 */
export function splitFederalRegister(text: string | undefined | null): string[] {
  const clean = (text ?? '').replace(/\s+/g, ' ').trim();
  if (!clean) return [];
  const starts: number[] = [];
  for (const m of clean.matchAll(FR_CITATION)) starts.push(m.index);
  if (starts.length === 0) return [clean];
  const out: string[] = [];
  const prefix = trimCitation(clean.slice(0, starts[0]));
  if (prefix) out.push(prefix);
  for (let i = 0; i < starts.length; i++) {
    const piece = trimCitation(clean.slice(starts[i], starts[i + 1] ?? clean.length));
    if (piece && !out.includes(piece)) out.push(piece);
  }
  return out;
}

function trimCitation(text: string): string {
  return text
    .trim()
    .replace(/(?:[\s,;]|\band$)+$/, '')
    .replace(/(\d|\))\.$/, '$1')
    .trim();
}

/** Identifier labels (as OFAC writes them in the CSL `ids` column) to normalised types. Order matters. */
const ID_TYPES: ReadonlyArray<readonly [RegExp, string]> = [
  [/passport/i, 'passport'],
  [/\bimo\b|vessel registration identification/i, 'imo'],
  [/\bmmsi\b/i, 'mmsi'],
  [/swift|\bbic\b/i, 'swift'],
  [/^website$/i, 'website'],
  [/e-?mail/i, 'email'],
  [/digital currency address/i, 'digital_currency'],
  [/legal entity number|\blei\b/i, 'lei'],
  [/v\.?a\.?t\.? number/i, 'vat'],
  [/tax id|\bnit\b|\brif\b|c\.u\.i\.t|\bfein\b|\brtn\b|r\.?f\.?c\.?$|\binn\b/i, 'tax_id'],
  [/\bruc\b/i, 'ruc'],
  [/cedula/i, 'cedula'],
  [/national (foreign )?id|personal id|citizen's card|identification number|identity card|\bd\.n\.i\b|c\.u\.r\.p|tazkira|kenyan id/i, 'national_id'],
  [/residency/i, 'residency'],
  [/driver'?s licen[cs]e/i, 'drivers_license'],
  [/\bssn\b|social security/i, 'ssn'],
  [/birth certificate/i, 'birth_certificate'],
  [/d-u-n-s/i, 'duns'],
  [/\bisin\b/i, 'isin'],
  [/aircraft tail number/i, 'aircraft_tail_number'],
  [/aircraft manufacturer's serial number|\bmsn\b/i, 'aircraft_msn'],
  [/aircraft mode s/i, 'aircraft_mode_s'],
  [/phone|telephone/i, 'phone'],
  [/^fax/i, 'fax'],
  [
    /registration|registry|register|company number|matricula|folio mercantil|gazette|chamber of comm|social credit code|certificate of incorporation|enterprise number|business number|trade license|c\.r\. no|le number|file number|charity/i,
    'registration',
  ],
];

/** A label that names some kind of number we do not know; kept as an identifier of type 'other'. */
const GENERIC_ID_LABEL = /(?:\b(?:no\.?|number|num|id|code)|#)$/i;

function identifierType(label: string): string | undefined {
  for (const [re, type] of ID_TYPES) if (re.test(label)) return type;
  return GENERIC_ID_LABEL.test(label) ? 'other' : undefined;
}

export interface IdParts {
  label: string;
  value: string;
  country?: string;
  issued?: string;
  expires?: string;
}

/**
 * One labelled item of the `ids` field. The current layout writes "label, value[, country]"
 * ("Passport, 836238033, KP"); the pre-2020 layout wrote "[country, ]value, label" ("CO, 1978075,
 * Matricula Mercantil No"), so the order depends on the file's layout.
 */
export function splitIdText(text: string, labelFirst: boolean): IdParts | undefined {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  let country: string | undefined;
  if (labelFirst) {
    const label = parts.shift()!;
    if (parts.length > 1 && /^[A-Z]{2}$/.test(parts[parts.length - 1]!) && toIso2(parts[parts.length - 1])) {
      country = toIso2(parts.pop());
    }
    return { label, value: parts.join(', '), country };
  }
  const label = parts.pop()!;
  if (parts.length > 1 && /^[A-Z]{2}$/.test(parts[0]!) && toIso2(parts[0])) country = toIso2(parts.shift());
  return { label, value: parts.join(', '), country };
}

/**
 * An identifier from its label and value, or undefined when the label states a fact rather than an
 * identifier ("Gender, Male", "Secondary sanctions risk:, ..."): those belong in the remarks.
 */
export function toIdentifier(parts: IdParts): Identifier | undefined {
  const label = parts.label.replace(/[\s:-]+$/, '').trim();
  const type = identifierType(label);
  if (!type || !parts.value) return undefined;
  let value = parts.value;
  if (type === 'imo') value = value.replace(/^IMO\s*/i, '');
  const id: Identifier = { type, value, label };
  if (parts.country) id.country = parts.country;
  const note = [parts.issued ? `issued ${parts.issued}` : '', parts.expires ? `expires ${parts.expires}` : '']
    .filter(Boolean)
    .join('; ');
  if (note) id.note = note;
  return id;
}

/** A non-identifier item of the `ids` field written as a remark ("Gender: Male"). */
export function factText(parts: IdParts): string {
  const label = parts.label.trim();
  if (!parts.value) return label;
  return /[:-]$/.test(label) ? `${label} ${parts.value}` : `${label}: ${parts.value}`;
}
