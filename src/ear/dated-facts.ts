/**
 * Changes to the rules that the current snapshot cannot show, each with the date it took effect, the
 * date it ended (if it did) and its Federal Register citation, so that `as_of` decides which apply.
 * The facts themselves are data (knowledge/dated-facts.ts); `rules build` verifies each citation
 * against the regulation text where it can and records how, and the pack carries the result, so a
 * replay with an old pack applies that pack's facts.
 */

export type DatedFactKind =
  | 'entity_list'
  | 'denial_order'
  | 'fdp_footnote1'
  | 'eccn_added'
  | 'end_use_rule'
  | 'license_exception'
  | 'territory'
  | 'group_change'
  | 'fdp_paragraph'
  | 'requirement_added';

export interface DatedFact {
  id: string;
  kind: DatedFactKind;
  /** What the fact is about: an entity, an ECCN, a section, a destination. */
  subject: string;
  /** Names a listed party carries, for list facts. */
  names?: string[];
  country?: string;
  /** First day the fact applies (ISO date). */
  from: string;
  /** First day it no longer applies (ISO date), when it ended. */
  until?: string;
  citation: string;
  endCitation?: string;
  /** How the citation was checked against the reference texts (filled in by `rules build`). */
  verification: string;
  /** Where `rules build` looks for the citation: a Federal Register document and a phrase it must contain. */
  verify?: { document?: string; phrase: string };
  licenseRequirement?: string;
  licensePolicy?: string;
  /** FDP footnote 1 scope: 'narrow' (May 2020: items produced from the entity's designs) or 'broad' (Aug 2020). */
  fdpScope?: 'narrow' | 'broad';
  /** fdp_paragraph: the § 734.9 rule id (fdp-rules.json) the fact dates, and the ECCN categories it reached before `from`, if it existed in a narrower form. */
  fdpRule?: string;
  categoriesBefore?: string[];
  /**
   * group_change: the Country Group, and whether the destination joined or left it on `from`;
   * end_use_rule with a country: whether the rule (`subject`, e.g. "744.21(a)(1)") began or stopped reaching it.
   * requirement_added: `subject` is the CFR paragraph (e.g. "742.6(a)(12)") a rule added on `from`.
   */
  group?: string;
  change?: 'added' | 'removed';
  note?: string;
}

/** Whether a fact is in force on a date (ISO strings compare in date order). */
export function inForce(fact: DatedFact, asOf: string): boolean {
  return fact.from <= asOf && (fact.until === undefined || asOf < fact.until);
}

export function factsOfKind(facts: readonly DatedFact[], kind: DatedFactKind): DatedFact[] {
  return facts.filter((f) => f.kind === kind);
}

/**
 * A country list of the current rules as it stood on a date: countries a dated fact added to the rule
 * (`subject`) after the date are taken out, countries it removed after the date are put back.
 */
export function countriesOn(facts: readonly DatedFact[], subject: string, current: readonly string[], asOf: string): { countries: string[]; changes: DatedFact[] } {
  const changes = facts.filter((f) => f.kind === 'end_use_rule' && f.subject === subject && f.country && asOf < f.from);
  const out = new Set(current);
  for (const f of changes) {
    if (f.change === 'added') out.delete(f.country ?? '');
    else out.add(f.country ?? '');
  }
  return { countries: [...out], changes };
}

/** The paragraphs of the regulation a dated rule added after `asOf`, by paragraph ("742.6(a)(12)"). */
export function notYetAdded(facts: readonly DatedFact[], asOf: string): Map<string, DatedFact> {
  return new Map(facts.filter((f) => f.kind === 'requirement_added' && asOf < f.from).map((f) => [f.subject, f]));
}
