/**
 * Tables the rules pack takes from the regulation text rather than the structured snapshot. Each is
 * either present, with the citation it was read from, or `unavailable` with the reason: a rule that
 * needs a missing table answers `indeterminate` naming it, never treating it as empty.
 */

export interface Unavailable {
  unavailable: string;
  citation: string;
}

export interface Available<T> {
  rows: T;
  citation: string;
  /** File the table was read from, relative to the text folder. */
  file: string;
}

export type Table<T> = Available<T> | Unavailable;

export function isAvailable<T>(t: Table<T>): t is Available<T> {
  return 'rows' in t;
}

/** One line of Supp. No. 2 to Part 744: an ECCN, and what of it the line covers. */
export interface MeuItem {
  eccn: string;
  /** The line's text after the ECCN. */
  text: string;
  /** True when the line covers only part of the ECCN ("Limited to ..."). */
  partial: boolean;
  /** Paragraphs named by a partial line ("5A991.a., 5A991.b.7., and 5A991.f"), when it names them. */
  paragraphs?: string[];
  /** The named paragraphs are all the line covers (every part of it ends in one); else it also describes items in words. */
  exhaustive?: boolean;
}

/** HTS-6 codes of the Part 746 supplements that list items by tariff code. */
export interface RussiaHts {
  supp2: string[];
  supp4: string[];
  supp5: string[];
  supp7: string[];
}

export interface ApprovedEntity {
  name: string;
  /** What the entity is approved for: advanced computing items (§ 742.6(a)(6)(iii)) and/or STA. */
  advancedComputing: boolean;
  sta: boolean;
  federalRegister?: string;
  /** Last day of the approval, when it expires. */
  until?: string;
  /** First day of the approval, when the supplement gives one. */
  from?: string;
  /** Supp. No. 8(a): not one named entity but every government agency of the UAE. */
  governmentAgencies?: boolean;
}

export interface PackSupplements {
  /** Supp. No. 2 to Part 744 (items of the § 744.21 military end use/user rule). */
  meuItems: Table<MeuItem[]>;
  /** § 744.21(a)(1) countries. */
  meuDestinations: Table<string[]>;
  /** Supp. No. 3 to Part 744: countries outside the § 744.2(a) nuclear end-use rule. */
  nuclearExempt: Table<string[]>;
  /** Supps. No. 2, 4, 5 and 7 to Part 746 by HTS-6 code. */
  russiaHts: Table<RussiaHts>;
  /** Supp. No. 6 to Part 746 (not in the reference texts). */
  russiaSupp6: Table<string[]>;
  /** Supp. No. 3 to Part 746: countries with substantially similar Russia/Belarus controls. */
  gecc: Table<string[]>;
  /** § 772.1 "NATO" member nations (§ 740.2(a)(4)). */
  nato: Table<string[]>;
  /** Supp. No. 8 to Part 740: approved consignees and end users in the UAE. */
  uaeApproved: Table<ApprovedEntity[]>;
}
