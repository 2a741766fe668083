/** The decision the engine returns: a plain value that can be serialised, stored, diffed and replayed. */

export type Outcome = 'not_subject_to_ear' | 'nlr' | 'license_exception' | 'license_required' | 'prohibited' | 'indeterminate';

/**
 * Strictness order for combining outcomes. A certain license requirement outranks "indeterminate":
 * either way the shipment waits, and the definite answer is the more useful one to report; only a
 * prohibition outranks both.
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

export interface ItemDecision {
  eccn: string;
  outcome: Outcome;
  reasons: Reason[];
  exception?: { symbol: string; section: string };
  conditions: Condition[];
  citations: Citation[];
}

export interface PartyHit {
  /** List code: 'EL', 'DPL', 'UVL', 'MEU', 'SDN', ... */
  list: string;
  entityId: string;
  name: string;
  score: number;
  /** Entity List footnote designation (1: Huawei-type FDP footnote), when the source says. */
  footnote?: number;
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
}

export interface Decision {
  outcome: Outcome;
  asOf: string;
  items: ItemDecision[];
  parties: PartyDecision[];
  citations: Citation[];
  versions: { rules: string; lists: string };
}
