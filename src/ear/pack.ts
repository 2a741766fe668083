import type { DatedFact } from './dated-facts.js';

/**
 * The rules pack: clearance's own versioned model of the parts of the EAR the engine reads.
 * Built from the structured eCFR snapshot at run time (never checked into the repository) and
 * treated as immutable once built, so a decision can name exactly which rules produced it.
 */

/** Reasons for control as the CCL writes them; RIS is the Russian industry sector sanctions (§ 746.5). */
export type Reason =
  | 'NS' | 'MT' | 'NP' | 'CB' | 'CC' | 'RS' | 'FC' | 'AT' | 'CW' | 'EI' | 'SS' | 'SL' | 'SI' | 'UN' | 'RIS' | 'OTHER';

/** Country Chart columns, written without the space ("NS1") so they work as object keys and ids. */
export type Column =
  | 'CB1' | 'CB2' | 'CB3' | 'NP1' | 'NP2' | 'NS1' | 'NS2' | 'MT1' | 'RS1' | 'RS2' | 'FC1'
  | 'CC1' | 'CC2' | 'CC3' | 'AT1' | 'AT2';

export const COLUMNS: readonly Column[] = [
  'CB1', 'CB2', 'CB3', 'NP1', 'NP2', 'NS1', 'NS2', 'MT1', 'RS1', 'RS2', 'FC1', 'CC1', 'CC2', 'CC3', 'AT1', 'AT2',
];

export type CountryGroup =
  | 'A:1' | 'A:2' | 'A:3' | 'A:4' | 'A:5' | 'A:6' | 'B' | 'D:1' | 'D:2' | 'D:3' | 'D:4' | 'D:5' | 'E:1' | 'E:2';

export const COUNTRY_GROUPS: readonly CountryGroup[] = [
  'A:1', 'A:2', 'A:3', 'A:4', 'A:5', 'A:6', 'B', 'D:1', 'D:2', 'D:3', 'D:4', 'D:5', 'E:1', 'E:2',
];

export interface Country {
  iso2: string;
  /** The name as the Country Chart writes it. */
  name: string;
  aliases: string[];
  /** Set when the EAR treats this destination under another's row (Hong Kong follows China). */
  followsRowOf?: string;
  followsBasis?: string;
}

export interface ChartRow {
  iso2: string;
  name: string;
  marks: Column[];
  footnotes: number[];
  /** Embargoed rows carry no marks; their pointer sends the reader to Part 746 instead. */
  embargo?: { pointer: string; sections: string[] };
}

export interface CountryChart {
  columns: Column[];
  rows: Record<string, ChartRow>;
  footnotes: Record<string, string>;
  /** Entries that need a license to every destination (§ 738.3(a)(1)), kept verbatim. */
  allDestinations: { noExceptions: string[]; govOnly: string[]; govCondition: string };
}

/**
 * Destinations named in prose. A destination matches when it is included (worldwide, named, or in a
 * group) and not excluded; a country named outright stays included even when an excluded group holds
 * it, which is how "the United Arab Emirates or D:1 ... excluding A:5 or A:6" has to read.
 */
export interface DestinationPredicate {
  worldwide: boolean;
  countries: string[];
  groups: CountryGroup[];
  exceptCountries: string[];
  exceptGroups: CountryGroup[];
  /** Where a named set came from, when the parser resolved a reference such as § 746.1(b)(2). */
  basis?: string;
}

export interface Unparsed {
  unparsed: string;
}

/** Which paragraphs of an ECCN a requirement row covers. */
export type Scope =
  | { kind: 'entire'; except: string[] }
  | { kind: 'paragraphs'; paragraphs: string[]; qualified: boolean }
  | { kind: 'unknown' };

export interface Requirement {
  reason: Reason;
  column?: Column;
  destinations?: DestinationPredicate | Unparsed;
  scope: Scope;
  /** The control text ("NS applies to entire entry"). */
  text: string;
  /** The country-chart cell of the row as published ("NS Column 1." or the prose). */
  chartText: string;
}

export interface LvsFlag {
  /** Per-shipment value limit when the entry states one plainly at the start. */
  limitUsd?: number;
  /** Reasons for which LVS is "N/A" ("N/A for MT, NP"). */
  notForReasons: Reason[];
  /** True when the text carries paragraph-level limits the engine does not resolve. */
  qualified: boolean;
  text: string;
}

export interface CclEntry {
  eccn: string;
  category: string;
  productGroup: string;
  title: string;
  reasonForControl: string;
  paragraphs?: Record<string, string>;
  requirements: Requirement[];
  lvs?: LvsFlag;
  /** GBS: 'yes' plainly, 'partial' when limited to paragraphs, 'no' when N/A or absent. */
  gbs: 'yes' | 'partial' | 'no';
  gbsText?: string;
  sta?: string;
  /** Other exception flags (ENC, TSR, AIA, ...) as published. */
  exceptionFlags: Record<string, string>;
}

export interface LicenseExceptionInfo {
  symbol: string;
  section: string;
  title: string;
}

export interface FdpRule {
  id: string;
  paragraph: string;
  citation: string;
  name: string;
  itemScopeTest: string | null;
  inputEccns: string[] | null;
  reach: Record<string, unknown>;
  licenseReference: string;
}

export interface PackSource {
  dir: string;
  files: Record<string, { path: string; ecfrIssueDate?: string; retrievedAt?: string }>;
}

export interface RulesPack {
  /** sha256 over the pack's content (builtAt and source paths excluded), so equal rules hash equal. */
  version: string;
  builtAt: string;
  source: PackSource;
  countries: Record<string, Country>;
  countryGroups: Record<CountryGroup, string[]>;
  chart: CountryChart;
  ccl: Record<string, CclEntry>;
  exceptions: LicenseExceptionInfo[];
  fdpRules: FdpRule[];
  /** Changes with effective dates, applied by `as_of` (see dated-facts.ts). */
  datedFacts: DatedFact[];
  /** Rows of Supp. No. 1 to Part 774 whose destinations are prose, and how many parsed. */
  proseStats: { rows: number; prose: number; parsed: number };
}
