/**
 * A chapter 99 measure as data: one heading, for one window of entry dates, with its country scope,
 * product scope, rate and stacking class, and the citation that makes it law. The pack holds every
 * measure the build found; a scenario may add, change or end measures and the result is still a pack
 * (see overlay.ts).
 */

export type Program =
  | 'section_301'
  | 'section_232'
  | 'ieepa_fentanyl'
  | 'ieepa_reciprocal'
  | 'ieepa_brazil'
  | 'ieepa_india'
  | 'section_122'
  | 'section_201';

/** Which rows of the stacking table (stacking.ts) a measure's duty belongs to. */
export type StackingClass =
  | 's301_list'
  | 's301_review'
  | 's232_metal'
  | 's232_metal_content'
  | 's232_auto'
  | 's232_copper'
  | 's232_wood'
  | 's232_wood_other'
  | 's232_mhd'
  | 's232_semiconductor'
  | 'ieepa_fentanyl_ca_mx'
  | 'ieepa_fentanyl_cn'
  | 'ieepa_reciprocal'
  | 'ieepa_brazil'
  | 'ieepa_india'
  | 's122'
  | 's201';

export type MeasureRate =
  /** Parts per million of the customs value. */
  | { kind: 'ad_valorem'; ppm: number }
  /** Parts per million of the declared value of the metal content (metal_content_value_usd). */
  | {
      kind: 'metal_content';
      ppm: number;
      metal: 'steel' | 'aluminum' | 'copper';
      /** For articles of the metal itself: when no content is declared, the whole value is taken as metal. */
      wholeIfUndeclared?: boolean;
    }
  /**
   * The column 1 duty and this duty together come to `ppm` of the value (the 15% all-in deals); no
   * duty when column 1 alone reaches it, and then the heading reported is `headingAtOrAbove`.
   */
  | { kind: 'top_up'; ppm: number; headingAtOrAbove: string }
  /** A heading that relieves the goods of another measure (reported, no duty). */
  | { kind: 'none' };

export interface MeasureCitation {
  /** U.S. note of chapter 99 subchapter III (or the proclamation's annex) that defines it. */
  note: string;
  /** Federal Register document, proclamation or executive order. */
  authority: string;
}

export interface Measure {
  /** Unique within a pack: heading@from. */
  id: string;
  heading: string;
  program: Program;
  label: string;
  stacking: StackingClass;
  /** ISO alpha-2 codes of the origins it applies to, or every origin. */
  countries: string[] | 'all';
  exceptCountries?: string[];
  /** Product set id (pack.productSets), or 'all'. */
  products: string;
  /** Product sets whose lines it does not reach (exemption lists), with the heading that reports the exemption. */
  exceptProducts?: { set: string; heading?: string; note?: string }[];
  rate: MeasureRate;
  /** First entry date in force. */
  from: string;
  /** Last entry date in force (inclusive); open when absent. */
  until?: string;
  /** In-transit relief: goods exported before `date` (and entered before `enteredBefore`) are not subject. */
  unlessExportedBefore?: { date: string; enteredBefore?: string };
  /** In-transit headings: only goods exported before this date are subject. */
  onlyIfExportedBefore?: string;
  /** Goods qualifying under USMCA (usmca_qualifying) are not subject. */
  usmcaExempt?: boolean;
  /** Only goods qualifying under USMCA are subject (the USMCA terms of a measure). */
  onlyIfUsmca?: boolean;
  /** Measures of one group are exclusive: the applicable one with the highest priority wins. */
  group?: string;
  priority?: number;
  /** An exclusion heading: applies only when claimed, and relieves the goods of the measures listed. */
  exclusion?: { relieves: string[] };
  citation: MeasureCitation;
  /** Set when the product scope comes from a curated (not official) list: named in every answer it decides. */
  curatedScope?: string;
  /** Said in the answer whenever the measure applies (what the engine did not model about it). */
  caveat?: string;
  /** The duty depends on quota fill the engine cannot know: the answer is indeterminate with this reason. */
  quotaDependent?: string;
  /** A provision on the books but not in effect (suspended): its caveat is said, no duty line is added. */
  noticeOnly?: boolean;
}

/** A set of HTS numbers given as digit prefixes (chapter, heading, 6, 8 or 10 digits). */
export interface ProductSet {
  id: string;
  label: string;
  /** Prefixes, optionally with the entry dates they are members (inclusive; null = open). */
  entries: (string | [string, string | null, string | null])[];
  /** Longer prefixes carved out of the entries ("7211.14.00 except 7211.14.0030"). */
  except?: string[];
  source: string;
  curated: boolean;
}
