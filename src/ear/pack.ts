import type { ListEntry } from '../model/list-entry.js';
import type { DatedFact } from './dated-facts.js';
import type { FootnoteRule } from './footnote-rules.js';
import type { PackSupplements } from './supplements.js';
import type { GbsRule, LvsRule, StaRule } from './exception-flags.js';
import type { FrRuleDates } from './build-fr-index.js';

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

/** One paragraph a row names, with the condition the text puts on it (when it does). */
export interface ScopeRef {
  /** "b.2", "x", "z.1.a". */
  paragraph: string;
  /** The words that make the reference conditional, verbatim ("if being exported ... for use in ..."). */
  condition?: string;
  /** Sub-paragraphs excepted from it ("5A001.b (except .b.5)"). */
  minus?: string[];
  /** A carve-out from it that holds only under a condition ("except those ... for use in civil telecommunications applications"). */
  carveOut?: string;
}

/**
 * Which items of an ECCN a requirement row covers (see scope.ts). `entire`: the whole entry, less
 * `except` (conditional carve-outs stay questions); `paragraphs`: the `refs` and any items the row only
 * describes; `unknown`: text the reader could not place.
 */
export interface Scope {
  kind: 'entire' | 'paragraphs' | 'unknown';
  refs: ScopeRef[];
  except: ScopeRef[];
  /** Items the row reaches by description only ("technology for items controlled by 1A002 ..."). */
  described: string[];
  /** Carve-outs by description only ("presses with maximum working pressures below 69 MPa"). */
  exceptDescribed: string[];
  /** A condition on the whole row ("for items controlled for NP reasons"). */
  condition?: string;
  /** Carve-outs for one destination ("except to Russia for use in ... the ISS"). */
  exceptDestinations?: { destination: string; condition: string }[];
  /** Paragraphs a "Note:" brings back, conditionally. */
  noteRefs?: ScopeRef[];
}

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

export interface CclEntry {
  eccn: string;
  category: string;
  productGroup: string;
  title: string;
  reasonForControl: string;
  paragraphs?: Record<string, string>;
  /** Item paragraphs at any depth whose text names another entry ("c.1": "Equipment specified by 5A002.a, .c, .d or .e"), for the categories the CCL file gives in full. */
  paragraphRefs?: Record<string, string>;
  requirements: Requirement[];
  /** License Exception LVS: value limits by paragraph (absent: no LVS field). */
  lvs?: LvsRule;
  /** License Exception GBS eligibility by paragraph. */
  gbs: GbsRule;
  /** Restrictions the entry puts on License Exception STA. */
  sta?: StaRule;
  /** Other exception flags (ENC, TSR, AIA, ...) as published. */
  exceptionFlags: Record<string, string>;
}

export interface LicenseExceptionInfo {
  symbol: string;
  section: string;
  title: string;
}

/** One paragraph of § 734.9 as the engine reads it (see fdp.ts and knowledge/fdp-paragraphs.ts). */
export interface FdpRule {
  id: string;
  paragraph: string;
  citation: string;
  name: string;
  itemScopeTest: string | null;
  /** ECCNs (with paragraph, when limited) the foreign-produced item must be specified in. */
  itemScopeEccns?: string[];
  itemScopeExclusions?: string[];
  /** US software/technology ECCNs the item must be a direct product of (null: any D or E ECCN of the categories the test names). */
  inputEccns: string[] | null;
  /** For the plant route, when it differs from `inputEccns`. */
  plantInputEccns?: string[];
  inputAnyDorE?: boolean;
  plantRouteOnly?: boolean;
  reach: Record<string, unknown>;
  licenseReference: string;
}
export interface PackSource {
  dir: string;
  /** The regulation text folder read for the supplements, when there was one. */
  textDir?: string;
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
  /** Changes with effective dates, applied by `as_of` (see dated-facts.ts), with how each citation was verified. */
  datedFacts: DatedFact[];
  /**
   * Listings the current list files no longer show (the 2016 ZTE Entity List entry, the 2018 ZTE
   * denial order, ...), as canonical list entries with their dates: the caller screens parties against
   * them with the same screening engine as every other list.
   */
  listEntries: ListEntry[];
  /** Country Chart footnotes as rules (see footnote-rules.ts), one per footnote number. */
  footnoteRules: Record<string, FootnoteRule>;
  /** Tables from the regulation text (Part 744 and 746 supplements, § 772.1 NATO, ...); a missing one says why. */
  supplements: PackSupplements;
  /** Federal Register rules of the text folder with their pages and dates, for dating list entries that cite them. */
  frRules: FrRuleDates[];
  /** Rows of Supp. No. 1 to Part 774 whose destinations are prose, and how many parsed. */
  proseStats: { rows: number; prose: number; parsed: number };
}
