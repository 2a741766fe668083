import type { Identifier, PartialDate } from '../model/list-entry.js';
import { toIso2 } from './countries.js';
import { parsePartialDate } from './partial-date.js';

/** A country as the remarks wrote it, with its ISO-2 code when it could be resolved. */
export interface CountryMention {
  text: string;
  country?: string;
}

export interface AircraftRemarks {
  model?: string;
  manufacturer?: string;
  manufactureDate?: string;
  operators: string[];
  /** "Nationality of Registration" of the aircraft. */
  registrationCountry?: CountryMention;
}

export interface VesselRemarks {
  yearBuilt?: string;
  /** "Other Vessel Type", used when the Vess_type column cannot hold the real type. */
  otherType?: string;
  formerFlags: CountryMention[];
  otherFlags: CountryMention[];
}

/** The structured content of an OFAC `Remarks` field. */
export interface ParsedRemarks {
  birthDates: PartialDate[];
  placesOfBirth: string[];
  nationalities: CountryMention[];
  citizenships: CountryMention[];
  identifiers: Identifier[];
  gender?: string;
  akas: string[];
  fkas: string[];
  nkas: string[];
  /** Names after "Linked To:"; they describe a relation, not this entry's own names. */
  linkedTo: string[];
  /** "Organization Established Date": for organizations, not birth dates. */
  establishedDates: PartialDate[];
  organizationTypes: string[];
  targetTypes: string[];
  /** Secondary-sanctions, directive and CMIC statements, as written. */
  sanctionsInfo: string[];
  aircraft: AircraftRemarks;
  vessel: VesselRemarks;
  /** The pieces no label matched, joined with "; " as OFAC joins them. */
  remarks: string;
}

/** Identifier labels as OFAC writes them and their normalised type. Longer labels come first where one prefixes another. */
const IDENTIFIER_LABELS: ReadonlyArray<readonly [string, string]> = [
  ['Vessel Registration Identification IMO', 'imo'],
  ['Vessel Registration Identification', 'vessel_registration'],
  ['Identification Number IMO', 'imo'],
  ['Company Number IMO', 'imo'],
  ['IMO', 'imo'],
  ['MMSI', 'mmsi'],
  ['SWIFT/BIC', 'swift'],
  ['SWIFT', 'swift'],
  ['BIK', 'bik'],
  ['Website', 'website'],
  ['Email Address', 'email'],
  ['Email', 'email'],
  ['Diplomatic Passport', 'passport'],
  ['Passport Booklet', 'passport'],
  ['Passport No.', 'passport'],
  ['Passport', 'passport'],
  ['Travel Document Number', 'travel_document'],
  ['VisaNumberID', 'visa'],
  ['National ID No.', 'national_id'],
  ['National ID Number', 'national_id'],
  ['National Foreign ID Number', 'national_id'],
  ['Personal ID Card', 'national_id'],
  ["Citizen's Card Number", 'national_id'],
  ['Tazkira National ID Card', 'national_id'],
  ['Kenyan ID No.', 'national_id'],
  ['Turkish Identification Number', 'national_id'],
  ['Numero de Identidad', 'national_id'],
  ['D.N.I.', 'national_id'],
  ['C.U.R.P.', 'national_id'],
  ['Credencial electoral', 'national_id'],
  ['I.F.E.', 'national_id'],
  ['Residency Number', 'residency'],
  ['SSN', 'ssn'],
  ['Birth Certificate Number', 'birth_certificate'],
  ["Driver's License No.", 'drivers_license'],
  ['Cartilla de Servicio Militar Nacional', 'military_id'],
  ['Cedula No.', 'cedula'],
  ['RUC #', 'ruc'],
  ['Tax ID No.', 'tax_id'],
  ['NIT #', 'tax_id'],
  ['RIF #', 'tax_id'],
  ['C.U.I.T.', 'tax_id'],
  ['C.U.I.', 'tax_id'],
  ['US FEIN', 'tax_id'],
  ['RTN', 'tax_id'],
  ['RFC', 'tax_id'],
  ['R.F.C.', 'tax_id'],
  ['V.A.T. Number', 'vat'],
  ['Business Registration Number', 'registration'],
  ['Business Registration Document #', 'registration'],
  ['Registration Number', 'registration'],
  ['Registration ID', 'registration'],
  ['Commercial Registry Number', 'registration'],
  ['UK Company Number', 'registration'],
  ['Company Number', 'registration'],
  ['Public Registration Number', 'registration'],
  ['Central Registration System Number', 'registration'],
  ['Government Gazette Number', 'registration'],
  ['Folio Mercantil No.', 'registration'],
  ['Matricula Mercantil No.', 'registration'],
  ['Matricula Mercantil No', 'registration'],
  ['C.R. No.', 'registration'],
  ['Chamber of Commerce Number', 'registration'],
  ['Istanbul Chamber of Comm. No.', 'registration'],
  ['Dubai Chamber of Commerce Membership No.', 'registration'],
  ['Economic Register Number (CBLS)', 'registration'],
  ['Economic Register Number', 'registration'],
  ['LE Number', 'registration'],
  ['File Number', 'registration'],
  ['Unified Social Credit Code (USCC)', 'registration'],
  ['Unified Social Credit Code', 'registration'],
  ['United Social Credit Code Certificate (USCCC)', 'registration'],
  ['United Social Credit Code Certificate', 'registration'],
  ['Certificate of Incorporation Number', 'registration'],
  ['Enterprise Number', 'registration'],
  ['Business Number', 'registration'],
  ['Trade License No.', 'registration'],
  ['Registered Charity No.', 'registration'],
  ['Branch Unit Number', 'registration'],
  ['License', 'registration'],
  ['Legal Entity Number', 'lei'],
  ['D-U-N-S Number', 'duns'],
  ['ISIN', 'isin'],
  ['Equity Ticker', 'ticker'],
  ['Chinese Commercial Code', 'chinese_commercial_code'],
  ['Identification Number', 'other'],
  ['Phone Number', 'phone'],
  ['Telephone No.', 'phone'],
  ['Telephone', 'phone'],
  ['Fax No.', 'fax'],
  ['Fax', 'fax'],
  ['Phone', 'phone'],
  ['Previous Aircraft Tail Number', 'aircraft_tail_number'],
  ['Aircraft Tail Number', 'aircraft_tail_number'],
  ["Aircraft Manufacturer's Serial Number (MSN)", 'aircraft_msn'],
  ['Aircraft Construction Number (also called L/N or S/N or F/N)', 'aircraft_construction_number'],
  ['Aircraft Mode S Transponder Code', 'aircraft_mode_s'],
];

/** Types whose value is one token: whatever follows it is a note ("Website www.x.org. Offices Worldwide"). */
const SINGLE_TOKEN_TYPES = new Set(['imo', 'mmsi', 'swift', 'bik', 'website', 'email', 'isin', 'lei']);

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** Label regexes in table order; a label must be followed by a separator so "Fax" never matches "Faxon". */
const IDENTIFIER_RES: ReadonlyArray<readonly [string, RegExp, string]> = IDENTIFIER_LABELS.map(([label, type]) => {
  const endsInWord = /\w$/.test(label);
  const re = new RegExp(`^${escapeRegExp(label)}${endsInWord ? '(?=[\\s:#]|$)' : ''}[\\s:]*`, 'i');
  // The lowercase prefix lets most labels be ruled out without running their regex.
  return [label.toLowerCase(), re, type] as const;
});

/** Free-text statements about sanctions that OFAC appends to the remarks. */
const SANCTIONS_INFO_RE =
  /^(Additional Sanctions Information\b|Secondary sanctions risk\b|Transactions Prohibited For Persons\b|Executive Order \d+|CAATSA Section\b|Effective Date \(|Listing Date \(|Purchase\/Sales For Divestment Date\b|IFCA Determination\b|For more information(?: on directives)?,? please)/i;

function emptyParsed(): ParsedRemarks {
  return {
    birthDates: [],
    placesOfBirth: [],
    nationalities: [],
    citizenships: [],
    identifiers: [],
    akas: [],
    fkas: [],
    nkas: [],
    linkedTo: [],
    establishedDates: [],
    organizationTypes: [],
    targetTypes: [],
    sanctionsInfo: [],
    aircraft: { operators: [] },
    vessel: { formerFlags: [], otherFlags: [] },
    remarks: '',
  };
}

/**
 * Splits remarks on `;` outside balanced parentheses. OFAC nests whole sentences in parentheses
 * ("(Following data derived from ...: Alt. DOB: ...; nationality: ...)"), and an unbalanced `(` must not
 * swallow the rest of the text, so only parentheses that close are honoured.
 */
export function splitRemarks(text: string): string[] {
  const protectedRanges: Array<[number, number]> = [];
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '(') open.push(i);
    else if (ch === ')' && open.length) {
      const start = open.pop()!;
      if (open.length === 0) protectedRanges.push([start, i]);
    }
  }
  const pieces: string[] = [];
  let pieceStart = 0;
  let range = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== ';') continue;
    while (range < protectedRanges.length && protectedRanges[range]![1] < i) range++;
    const r = protectedRanges[range];
    if (r && r[0] < i && i < r[1]) continue;
    pieces.push(text.slice(pieceStart, i));
    pieceStart = i + 1;
  }
  pieces.push(text.slice(pieceStart));
  return pieces.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** The final `.` OFAC puts after the last remark, unless it ends an abbreviation ("S.A.", "LTD."). */
function stripFinalPeriod(piece: string): string {
  if (!piece.endsWith('.')) return piece;
  // Only the tail matters, and bounding it keeps these end-anchored patterns linear on hostile input.
  const tail = piece.slice(-40);
  if (/(?:^|[\s,])(?:\p{L}\.){2,}$/u.test(tail)) return piece;
  if (/\b(?:LTD|INC|CO|CORP|JSC|LLC|PLC|BHD|PVT|CIA|Ltd|Inc|Co|Corp)\.$/.test(tail)) return piece;
  return piece.slice(0, -1).trimEnd();
}

function stripPeriod(value: string): string {
  return value.replace(/\.$/, '').trim();
}

/** ISO-2 of a country as OFAC writes it, including its "Region: Gaza" form. */
export function ofacCountry(text: string | undefined): string | undefined {
  if (!text) return undefined;
  return toIso2(text) ?? (/^Region:\s*/i.test(text) ? toIso2(text.replace(/^Region:\s*/i, '')) : undefined);
}

function mention(text: string): CountryMention {
  const clean = stripPeriod(text);
  const country = ofacCountry(clean);
  return country ? { text: clean, country } : { text: clean };
}

function pushMention(list: CountryMention[], text: string): void {
  const m = mention(text);
  if (m.text && !list.some((x) => x.text === m.text)) list.push(m);
}

/** Dates as OFAC writes them in DOB and established-date remarks, including full-date ranges. */
export function parseRemarkDate(text: string): PartialDate | undefined {
  const clean = stripPeriod(text).replace(/\s+/g, ' ');
  if (!clean || clean.length > 100) return undefined;
  const direct = parsePartialDate(clean);
  if (direct) {
    // parsePartialDate leaves `approximate: undefined` on exact dates; drop it so entries compare and hash cleanly.
    if (direct.approximate === undefined) delete direct.approximate;
    return direct;
  }
  // "01 Jan 1960 to 31 Dec 1962" and "Jan 1960 to Dec 1962": parsePartialDate knows only year ranges.
  const range = /^(?:between\s+)?(.+?)\s+(?:to|and|-)\s+(.+)$/i.exec(clean);
  if (range) {
    const from = parsePartialDate(range[1]);
    const to = parsePartialDate(range[2]);
    if (from?.year !== undefined && to?.year !== undefined && to.year >= from.year) {
      return from.year === to.year
        ? { year: from.year, fromYear: from.year, toYear: to.year, approximate: true, text: clean }
        : { fromYear: from.year, toYear: to.year, approximate: true, text: clean };
    }
  }
  return undefined;
}

/** Quoted or bare names after a.k.a./f.k.a./n.k.a. */
function unquoteName(text: string): string {
  let v = stripPeriod(text.trim());
  if (v.length >= 2 && /^['"]/.test(v) && /['"]$/.test(v)) v = v.slice(1, -1);
  else if (/^['"]/.test(v)) v = v.slice(1); // truncated remarks lose the closing quote
  return v.replace(/\s+/g, ' ').trim();
}

/** Types whose value is the whole text, parentheses included ("Telephone (218) (0)214778301"). */
const WHOLE_VALUE_TYPES = new Set(['phone', 'fax']);

/** Where the value of an identifier stops and its issue/expiry wording starts. */
const NOTE_KEYWORD_RE = /\s(?:issued|expires|expired|expiring|valid|dated|Issue Date|Expiration Date)\b/i;

/**
 * Splits what follows an identifier label into value, issuing country and note:
 * "A1234567 (Iraq) issued 01 Jan 2010 expires 2020" -> value, IQ, "issued 01 Jan 2010 expires 2020".
 * Also "(RU) 044525607" (country first), "22839 (Jalisco) (Mexico)" (place, then country) and
 * "12/BAHANA(N)010023 (Burma)" (a parenthesis inside the value).
 */
function identifierParts(rest: string, type: string): { value: string; country?: string; note?: string } {
  let text = stripPeriod(rest);
  let country: string | undefined;
  const notes: string[] = [];
  const leading = /^\(([^()]*)\)\s+/.exec(text);
  if (leading && toIso2(leading[1])) {
    country = toIso2(leading[1]);
    text = text.slice(leading[0].length);
  }
  let value: string;
  if (WHOLE_VALUE_TYPES.has(type)) {
    value = text;
    text = '';
  } else if (SINGLE_TOKEN_TYPES.has(type)) {
    const m = /^(\S+)\s*([\s\S]*)$/.exec(text)!;
    value = stripPeriod(m[1]!);
    text = m[2]!.trim();
  } else {
    const paren = /\s\(/.exec(text);
    const keyword = NOTE_KEYWORD_RE.exec(text);
    const cut = Math.min(paren ? paren.index : text.length, keyword ? keyword.index : text.length);
    value = text.slice(0, cut).trim().replace(/[,.]$/, '');
    text = text.slice(cut).trim();
  }
  let group: RegExpExecArray | null;
  while ((group = /^\(([^()]*)\)[\s,.]*/.exec(text))) {
    const inside = group[1]!.trim();
    const semi = inside.indexOf(';');
    const head = semi > 0 ? inside.slice(0, semi) : inside;
    const code = country ? undefined : toIso2(head);
    if (code) {
      country = code;
      // "(Russia; issued 2010)": what follows the country is a note.
      if (semi > 0) notes.push(inside.slice(semi + 1).trim());
    } else if (inside) {
      notes.push(inside);
    }
    text = text.slice(group[0].length);
  }
  if (text.trim()) notes.push(text.trim());
  const note = notes.filter(Boolean).join('; ');
  return { value, ...(country ? { country } : {}), ...(note ? { note } : {}) };
}

function matchIdentifier(piece: string): Identifier | undefined {
  const currency = /^Digital Currency Address\s*-\s*(\w+)[\s:]+(\S+)\s*(.*)$/i.exec(piece);
  if (currency) {
    const note = [currency[1]!, currency[3]!.trim()].filter(Boolean).join(' ');
    return {
      type: 'digital_currency',
      value: stripPeriod(currency[2]!),
      label: `Digital Currency Address - ${currency[1]}`,
      note,
    };
  }
  const lower = piece.toLowerCase();
  for (const [prefix, re, type] of IDENTIFIER_RES) {
    if (!lower.startsWith(prefix)) continue;
    const m = re.exec(piece);
    if (!m) continue;
    const rest = piece.slice(m[0].length).trim();
    if (!rest) return undefined;
    const parts = identifierParts(rest, type);
    if (!parts.value) return undefined;
    const id: Identifier = { type, value: parts.value, label: m[0].trim().replace(/[:\s]+$/, '') };
    if (parts.country) id.country = parts.country;
    if (parts.note) id.note = parts.note;
    return id;
  }
  return undefined;
}

/** Applies one labelled piece; false when no label matched. */
function applyPiece(out: ParsedRemarks, raw: string): boolean {
  const alt = /^alt\.\s*/i.exec(raw);
  const piece = alt ? raw.slice(alt[0].length) : raw;
  let m: RegExpExecArray | null;
  if ((m = /^DOB[\s:]+(.+)$/i.exec(piece))) {
    const date = parseRemarkDate(m[1]!);
    if (!date) return false;
    out.birthDates.push(date);
    return true;
  }
  if ((m = /^POB[\s:]+(.+)$/i.exec(piece))) {
    const place = stripPeriod(m[1]!);
    if (place && !out.placesOfBirth.includes(place)) out.placesOfBirth.push(place);
    return true;
  }
  if ((m = /^Nationality of Registration[\s:]+(.+)$/i.exec(piece))) {
    out.aircraft.registrationCountry = mention(m[1]!);
    return true;
  }
  if ((m = /^nationality[\s:]+(.+)$/i.exec(piece))) {
    pushMention(out.nationalities, m[1]!);
    return true;
  }
  if ((m = /^citizen(?:ship)?[\s:]+(.+)$/i.exec(piece))) {
    pushMention(out.citizenships, m[1]!);
    return true;
  }
  if ((m = /^Gender[\s:]+(\w+)\.?$/i.exec(piece))) {
    out.gender = m[1]!.toLowerCase();
    return true;
  }
  if ((m = /^([afn])\.k\.a\.?[\s:,]+(.+)$/i.exec(piece))) {
    const name = unquoteName(m[2]!);
    if (!name) return false;
    const list = m[1]!.toLowerCase() === 'a' ? out.akas : m[1]!.toLowerCase() === 'f' ? out.fkas : out.nkas;
    if (!list.includes(name)) list.push(name);
    return true;
  }
  if ((m = /^Linked To[\s:]+(.+)$/i.exec(piece))) {
    out.linkedTo.push(m[1]!.trim());
    return true;
  }
  if ((m = /^Organization Established Date[\s:]+(.+)$/i.exec(piece))) {
    const date = parseRemarkDate(m[1]!);
    if (!date) return false;
    out.establishedDates.push(date);
    return true;
  }
  if ((m = /^Organization Type[\s:]+(.+)$/i.exec(piece))) {
    out.organizationTypes.push(stripPeriod(m[1]!));
    return true;
  }
  if ((m = /^Target Type[\s:]+(.+)$/i.exec(piece))) {
    out.targetTypes.push(stripPeriod(m[1]!));
    return true;
  }
  if ((m = /^(Former|Other) Vessel Flag[\s:]+(.+)$/i.exec(piece))) {
    pushMention(m[1]!.toLowerCase() === 'former' ? out.vessel.formerFlags : out.vessel.otherFlags, m[2]!);
    return true;
  }
  if ((m = /^Vessel Year of Build[\s:]+(.+)$/i.exec(piece))) {
    out.vessel.yearBuilt = stripPeriod(m[1]!);
    return true;
  }
  if ((m = /^Other Vessel Type[\s:]+(.+)$/i.exec(piece))) {
    out.vessel.otherType = stripPeriod(m[1]!);
    return true;
  }
  if ((m = /^Aircraft Model[\s:]+(.+)$/i.exec(piece))) {
    out.aircraft.model = stripPeriod(m[1]!);
    return true;
  }
  if ((m = /^Aircraft Manufacturer(?!')[\s:]+(.+)$/i.exec(piece))) {
    out.aircraft.manufacturer = stripPeriod(m[1]!);
    return true;
  }
  if ((m = /^Aircraft Manufacture Date[\s:]+(.+)$/i.exec(piece))) {
    out.aircraft.manufactureDate = stripPeriod(m[1]!);
    return true;
  }
  if ((m = /^Aircraft Operator[\s:]+(.+)$/i.exec(piece))) {
    const operator = stripPeriod(m[1]!);
    if (!out.aircraft.operators.includes(operator)) out.aircraft.operators.push(operator);
    return true;
  }
  if (SANCTIONS_INFO_RE.test(piece)) {
    out.sanctionsInfo.push(raw);
    return true;
  }
  const id = matchIdentifier(piece);
  if (id) {
    out.identifiers.push(id);
    return true;
  }
  return false;
}

/**
 * Reads the structured facts out of an OFAC `Remarks` field ("DOB 12 Jan 1962; POB Baghdad, Iraq; ...").
 * Never throws; pieces no label explains are returned unchanged in `remarks`.
 */
export function parseOfacRemarks(text: string): ParsedRemarks {
  const out = emptyParsed();
  if (typeof text !== 'string') return out;
  const trimmed = text.trim();
  if (!trimmed || /^-0-$/.test(trimmed)) return out;
  const pieces = splitRemarks(trimmed);
  const unmatched: string[] = [];
  pieces.forEach((piece, i) => {
    const clean = i === pieces.length - 1 ? stripFinalPeriod(piece) : piece;
    if (!clean || !applyPiece(out, clean)) unmatched.push(piece);
  });
  out.remarks = unmatched.join('; ');
  return out;
}
