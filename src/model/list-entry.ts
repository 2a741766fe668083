/**
 * The canonical restricted-party record. Every list parser maps its source format to this shape and
 * keeps the source's own identifier, so a hit can always be traced back to the official entry.
 */

export type EntryKind = 'person' | 'organization' | 'vessel' | 'aircraft' | 'unknown';

export type NameType = 'primary' | 'aka' | 'fka' | 'nka' | 'weak';

/** Unicode script of a name, as far as the parser can tell ('mixed' when several, 'unknown' when none). */
export type Script =
  | 'latin'
  | 'han'
  | 'hangul'
  | 'kana'
  | 'arabic'
  | 'cyrillic'
  | 'greek'
  | 'hebrew'
  | 'thai'
  | 'devanagari'
  | 'other'
  | 'mixed'
  | 'unknown';

export interface EntryName {
  value: string;
  type: NameType;
  script: Script;
}

export interface Address {
  /** Street text as published (may be empty when the source gives only a city or country). */
  street?: string;
  city?: string;
  region?: string;
  postalCode?: string;
  /** ISO 3166-1 alpha-2, when the source's country could be resolved. */
  country?: string;
  /** The country as the source wrote it, kept when it could not be resolved to ISO-2. */
  countryText?: string;
}

/**
 * A date known to some precision: exact day, month, year, or a range of years ("circa 1960-1963").
 * `text` keeps the source's wording.
 */
export interface PartialDate {
  year?: number;
  month?: number;
  day?: number;
  /** Inclusive range bounds in years, when the source gives a range or an approximation. */
  fromYear?: number;
  toYear?: number;
  approximate?: boolean;
  text: string;
}

export interface Identifier {
  /** Normalised type: passport, national_id, imo, swift, registration, tax_id, mmsi, call_sign, other... */
  type: string;
  value: string;
  /** ISO-2 of the issuing country, when known. */
  country?: string;
  /** The label as the source wrote it ("Passport", "Cedula No."). */
  label?: string;
  note?: string;
}

/** What a listing means legally. Only the parts that the source publishes are filled. */
export interface LegalEffect {
  /** Entity List: the license requirement ("For all items subject to the EAR"). */
  licenseRequirement?: string;
  /** Entity List: the license review policy ("Presumption of denial"). */
  licensePolicy?: string;
  /** Federal Register citations that added or changed the listing, as published ("84 FR 22961, 5/21/19"). */
  federalRegister?: string[];
  /** Start of the listing or order (ISO date). */
  effectiveDate?: string;
  /** End of a denial order or listing (ISO date). */
  expiryDate?: string;
  /** Denied Persons List: whether the standard order applies. */
  standardOrder?: boolean;
  /** The last action the source recorded ("FR NOTICE ADDED"). */
  lastAction?: string;
  /**
   * Non-US legal acts that listed or amended the entry, as the source cites them: EU regulations and
   * decisions with their Official Journal reference ("2019/555 (OJ L97)"), UK regime regulations.
   */
  legalActs?: string[];
}

export interface VesselInfo {
  callSign?: string;
  vesselType?: string;
  tonnage?: string;
  grossRegisteredTonnage?: string;
  flag?: string;
  owner?: string;
}

/** Codes of lists clearance knows; sources may add others, so this is open. */
export type ListCode =
  | 'SDN'
  | 'NONSDN'
  | 'EL'
  | 'DPL'
  | 'UVL'
  | 'MEU'
  | 'ISN'
  | 'DTC'
  | 'SSI'
  | 'PLC'
  | 'CMIC'
  | 'MBS'
  | 'CAP'
  | 'FSE'
  | 'UN'
  /** EU Consolidated Financial Sanctions List (Financial Sanctions Files). */
  | 'EU'
  /** HM Treasury OFSI Consolidated List of financial sanctions targets (closed January 2026). */
  | 'OFSI'
  /** FCDO UK Sanctions List, the UK list of record. */
  | 'UK'
  | (string & {});

export interface ListRef {
  code: ListCode;
  name: string;
}

export interface ListEntry {
  /** The source's own id: CSL `_id`, OFAC ent_num, UN DATAID, or a stable hash for sources without ids. */
  id: string;
  list: ListRef;
  kind: EntryKind;
  /** At least one name; the first has type 'primary'. */
  names: EntryName[];
  addresses: Address[];
  /** ISO-2 countries associated with the entry (addresses, nationality, citizenship). */
  countries: string[];
  birthDates: PartialDate[];
  placesOfBirth: string[];
  nationalities: string[];
  citizenships: string[];
  identifiers: Identifier[];
  programs: string[];
  legal: LegalEffect;
  title?: string;
  vessel?: VesselInfo;
  remarks?: string;
  sourceUrl?: string;
}

export function primaryName(entry: ListEntry): string {
  return entry.names.find((n) => n.type === 'primary')?.value ?? entry.names[0]?.value ?? '';
}
