/** The decision the engine returns: a plain value that can be serialised, stored, diffed and replayed. */

export type Outcome = 'not_subject_to_ear' | 'nlr' | 'license_exception' | 'license_required' | 'prohibited' | 'indeterminate';

/**
 * Strictness order for combining outcomes (issue 18): prohibited > license_required > indeterminate >
 * license_exception > nlr > not_subject_to_ear. A certain license requirement outranks
 * "indeterminate": either way the shipment waits, and the definite answer is the more useful one.
 */
export const OUTCOME_RANK: Record<Outcome, number> = {
  not_subject_to_ear: 0,
  nlr: 1,
  license_exception: 2,
  indeterminate: 3,
  license_required: 4,
  prohibited: 5,
};

export function strictest(outcomes: Iterable<Outcome>): Outcome {
  let best: Outcome = 'not_subject_to_ear';
  for (const o of outcomes) if (OUTCOME_RANK[o] > OUTCOME_RANK[best]) best = o;
  return best;
}

export type CitationKind = 'cfr' | 'chart' | 'list' | 'fr' | 'ofac' | 'data';

export interface Citation {
  kind: CitationKind;
  /** "15 CFR 738.4", "CN x NS 2", "EL 7752d5... (84 FR 22961)". */
  ref: string;
  note?: string;
}

export interface Reason {
  /** Stable code tests and clients match on: "chart:NS2", "embargo:CU", "entity_list", ... */
  code: string;
  text: string;
}

export interface Condition {
  code: string;
  text: string;
}

/** A fact the decision could not settle; answer it in the transaction's `facts` by `id`. */
export interface Question {
  id: string;
  /** The rule that asks it ("NS Column 1 row of 9A610", "15 CFR 734.9(b)"). */
  rule: string;
  text: string;
  citations: Citation[];
}

/** A rule evaluated and found not to apply, or a list hit considered and set aside, with why. */
export interface Checked {
  code: string;
  text: string;
  citations: Citation[];
}

export interface ItemDecision {
  eccn: string;
  outcome: Outcome;
  /** One per rule that decided the outcome. */
  reasons: Reason[];
  exception?: { symbol: string; section: string };
  conditions: Condition[];
  citations: Citation[];
  /** Rules evaluated and found not to apply (chart cells, embargoes, end users, end uses, FDP paragraphs, exception bars); always set by `determine`. */
  checked?: Checked[];
  /** Facts that would settle what stayed open; always set by `determine`. */
  questions?: Question[];
}

export interface PartyHit {
  /** List code: 'EL', 'DPL', 'UVL', 'MEU', 'SDN', ... */
  list: string;
  entityId: string;
  name: string;
  score: number;
  /** Entity List footnote designation (1, 3, 4, 5: the § 734.9(e)/(g) FDP footnotes), when the source says. */
  footnote?: number;
  /** Countries of the listed entry, when the list gives them. */
  countries?: string[];
  legal?: {
    licenseRequirement?: string;
    licensePolicy?: string;
    federalRegister?: string | string[];
    effectiveDate?: string;
    expiryDate?: string;
  };
}

export interface PartyDecision {
  role: string;
  name: string;
  hits: PartyHit[];
  /** Hits considered and set aside (listing not in force on as_of, order expired, weaker duplicate), with why. */
  setAside?: { list: string; entityId: string; name: string; why: string }[];
}

/** Which list version screened the parties, and whether it is newer than the date asked about. */
export interface ListsUsed {
  version: string;
  /** Date of the newest source in that version, when known. */
  sourceDate?: string;
  /** True when the lists are newer than `as_of`: listings made after that date were set aside by their dates. */
  postdatesAsOf?: boolean;
  note?: string;
}

export interface Decision {
  outcome: Outcome;
  asOf: string;
  items: ItemDecision[];
  parties: PartyDecision[];
  citations: Citation[];
  versions: { rules: string; lists: string };
  /** The lists behind `versions.lists` and how they relate to `as_of`. */
  lists?: ListsUsed;
  /** The end use as given, and the Part 744 categories declared and denied. */
  endUse?: { text?: string; categories: string[]; denied: string[] };
  /** Every item's open questions, once each; always set by `determine`. */
  questions?: Question[];
}
