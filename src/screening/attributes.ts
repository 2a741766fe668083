/**
 * Secondary evidence: what the query says besides the name. Agreement raises the score a little,
 * contradiction lowers it more, and silence on either side changes nothing — a listing without a
 * birth date is not evidence that the query's person is someone else.
 */
import type { EntryKind, ListEntry, PartialDate } from '../model/list-entry.js';
import { normalizeIdentifier } from '../model/identifier.js';
import { toIso2 } from '../ingest/countries.js';
import { parsePartialDate } from '../ingest/partial-date.js';
import type { AttributeEvidence, QueryIdentifier, ScreeningQuery } from './types.js';
import { SCREENING_CONFIG } from './config.js';
import { isLegalFormWord } from '../names/index.js';

export const ATTRIBUTE_ADJUSTMENTS = SCREENING_CONFIG.attributes;
const PARTIAL_MATCH_BOOST = SCREENING_CONFIG.attributeWeighting.partialMatchBoost;
const ONE_WORD_COVERAGE = SCREENING_CONFIG.attributeWeighting.oneWordCoverage;

/** The most all attributes together can add: names this far under the threshold may still reach it. */
export const MAX_ATTRIBUTE_RAISE =
  (ATTRIBUTE_ADJUSTMENTS.kindAgrees + ATTRIBUTE_ADJUSTMENTS.countryAgrees + ATTRIBUTE_ADJUSTMENTS.dateAgrees + ATTRIBUTE_ADJUSTMENTS.identifierAgrees) *
  (1 + PARTIAL_MATCH_BOOST);

/**
 * How much attribute evidence weighs for a name match that covers this share of the smaller side's
 * informative weight (the lesser of query and listed coverage): a full match as the table says, a
 * partial one up to 1 + partialMatchBoost times as much. The name alone says least there, so a
 * birth date or a passport number that agrees, or disagrees, decides more.
 */
export function attributeWeight(coverage: number): number {
  return 1 + PARTIAL_MATCH_BOOST * Math.min(1, Math.max(0, 1 - coverage));
}

/** How much evidence against a name met on `alignedWords` words weighs (see oneWordCoverage): at least `weight`. */
export function contradictionWeight(coverage: number, alignedWords: number): number {
  return attributeWeight(alignedWords === 1 ? Math.min(coverage, ONE_WORD_COVERAGE) : coverage);
}

/**
 * The attribute result with every adjustment scaled by `weight` (see attributeWeight), and those
 * against the entry by `against` (see contradictionWeight).
 */
export function weighted(result: AttributeResult, weight: number, against = weight): AttributeResult {
  if ((weight === 1 && against === 1) || result.evidence.length === 0) return result;
  const evidence = result.evidence.map((e) => ({ ...e, adjustment: e.adjustment * (e.adjustment < 0 ? against : weight) }));
  const scaled: AttributeResult = { adjustment: evidence.reduce((sum, e) => sum + e.adjustment, 0), evidence, weight };
  if (against !== weight) scaled.contradictionWeight = against;
  return scaled;
}

/** A query's secondary attributes, parsed once per query rather than once per candidate. */
export interface QueryAttributes {
  kind?: EntryKind;
  country?: string;
  countryText?: string;
  dob?: PartialDate;
  identifiers: { type?: string; value: string; normalized: string }[];
}

export function parseQueryAttributes(query: ScreeningQuery): QueryAttributes {
  const kind = query.type && query.type !== 'unknown' ? query.type : undefined;
  const countryText = typeof query.country === 'string' ? query.country.trim() : '';
  const country = countryText ? toIso2(countryText) : undefined;
  const dob = typeof query.dob === 'string' ? parsePartialDate(query.dob) : undefined;
  // Most queries give no identifier: no arrays made for them.
  const identifiers =
    Array.isArray(query.identifiers) && query.identifiers.length > 0
      ? query.identifiers
          .filter((id): id is QueryIdentifier => !!id && typeof id.value === 'string')
          .map((id) => ({ type: id.type, value: id.value, normalized: normalizeIdentifier(id.value) }))
          .filter((id) => id.normalized.length > 0)
      : [];
  return { kind, country, countryText: countryText || undefined, dob, identifiers };
}

/**
 * Equal after normalisation, or equal once a label written into the value is ignored
 * ('IMO 9123456' ↔ '9123456'): the shorter must still be long and contain a digit to count.
 */
function sameIdentifier(a: string, b: string): boolean {
  if (a === b) return true;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return shorter.length >= 6 && /[0-9]/.test(shorter) && longer.endsWith(shorter) && /^[A-Z]+$/.test(longer.slice(0, -shorter.length));
}

export interface AttributeResult {
  adjustment: number;
  evidence: AttributeEvidence[];
  /** The factor the adjustments were scaled by (see attributeWeight); absent for 1. */
  weight?: number;
  /** The factor the adjustments against the entry were scaled by, when not `weight` (see contradictionWeight). */
  contradictionWeight?: number;
}

/** What compareAttributes says of a query with no attributes, whatever the entry (and weighted leaves it as it is). */
export const NO_EVIDENCE: AttributeResult = { adjustment: 0, evidence: [] };

export function hasAttributes(attributes: QueryAttributes): boolean {
  return attributes.kind !== undefined || attributes.country !== undefined || attributes.dob !== undefined || attributes.identifiers.length > 0;
}

export function compareAttributes(attributes: QueryAttributes, entry: ListEntry): AttributeResult {
  if (!hasAttributes(attributes)) return NO_EVIDENCE;
  const evidence: AttributeEvidence[] = [];
  compareKind(attributes, entry, evidence);
  compareCountry(attributes, entry, evidence);
  compareBirthDate(attributes, entry, evidence);
  compareIdentifiers(attributes, entry, evidence);
  let adjustment = 0;
  for (const e of evidence) adjustment += e.adjustment;
  return { adjustment, evidence };
}

function compareKind(attributes: QueryAttributes, entry: ListEntry, evidence: AttributeEvidence[]): void {
  if (!attributes.kind) return;
  if (entry.kind === 'unknown') {
    // Lists that give no kind (the Entity List, the Denied Persons List) still name a company as one:
    // a person is never listed as Hosseini Nejad Trading Co. Told from the names, the kind is weaker
    // evidence than a list's own: it only contradicts a person, it never agrees.
    if (attributes.kind === 'person' && namedAsCompany(entry)) {
      evidence.push({ attribute: 'kind', query: 'person', listed: ['organization'], effect: 'contradicts', adjustment: ATTRIBUTE_ADJUSTMENTS.kindContradicts });
    }
    return;
  }
  const agrees = attributes.kind === entry.kind;
  evidence.push({
    attribute: 'kind',
    query: attributes.kind,
    listed: [entry.kind],
    effect: agrees ? 'agrees' : 'contradicts',
    adjustment: agrees ? ATTRIBUTE_ADJUSTMENTS.kindAgrees : personAgainstCraft(attributes.kind, entry.kind) ? ATTRIBUTE_ADJUSTMENTS.kindContradictsCraft : ATTRIBUTE_ADJUSTMENTS.kindContradicts,
  });
}

const companyNamed = new WeakMap<ListEntry, boolean>();

/** Whether an entry of unknown kind has a name with a legal form's word in it (Co, Ltd, LLC, GmbH), worked out once per entry. */
function namedAsCompany(entry: ListEntry): boolean {
  let named = companyNamed.get(entry);
  if (named === undefined) {
    named = entry.names.some((name) => name.value.toLowerCase().split(WORD_BREAK).some((word) => word.length >= 2 && !NAME_PARTICLES.has(word) && isLegalFormWord(word)));
    companyNamed.set(entry, named);
  }
  return named;
}
const WORD_BREAK = /[^\p{L}\p{N}]+/u;
/**
 * Words of legal forms that say nothing alone: short ones personal names share as particles (Ag
 * Ghali, Da Silva), and the joining words of longer forms (Smith and Co.).
 */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['ag', 'as', 'sa', 'da', 'de', 'di', 'do', 'du', 'el', 'al', 'ab', 'ou', 'oy', 'and', 'of', 'the', 'for', 'et', 'und', 'y', 'e']);

/** A person on one side and a vessel or an aircraft on the other (see kindContradictsCraft). */
function personAgainstCraft(queried: EntryKind, listed: EntryKind): boolean {
  const craft = (kind: EntryKind) => kind === 'vessel' || kind === 'aircraft';
  return (queried === 'person' && craft(listed)) || (listed === 'person' && craft(queried));
}

function listedCountries(entry: ListEntry): string[] {
  const all = new Set<string>();
  for (const c of entry.countries) all.add(c);
  for (const c of entry.nationalities) all.add(toIso2(c) ?? c);
  for (const c of entry.citizenships) all.add(toIso2(c) ?? c);
  for (const a of entry.addresses) if (a.country) all.add(a.country);
  return [...all];
}

function compareCountry(attributes: QueryAttributes, entry: ListEntry, evidence: AttributeEvidence[]): void {
  if (!attributes.country) return;
  const listed = listedCountries(entry);
  if (listed.length === 0) return;
  const agrees = listed.includes(attributes.country);
  evidence.push({
    attribute: 'country',
    query: attributes.country,
    listed,
    effect: agrees ? 'agrees' : 'contradicts',
    adjustment: agrees ? ATTRIBUTE_ADJUSTMENTS.countryAgrees : ATTRIBUTE_ADJUSTMENTS.countryContradicts,
  });
}

function yearSpan(date: PartialDate): [number, number] | undefined {
  if (date.fromYear !== undefined || date.toYear !== undefined) {
    const from = date.fromYear ?? date.toYear!;
    return [from, date.toYear ?? from];
  }
  if (date.year === undefined) return undefined;
  // "circa" dates and bare years drift by a year between sources.
  return date.approximate ? [date.year - 1, date.year + 1] : [date.year, date.year];
}

type DateAgreement = 'date' | 'year' | 'none';

function dateAgreement(query: PartialDate, listed: PartialDate): DateAgreement {
  const q = yearSpan(query);
  const l = yearSpan(listed);
  if (!q || !l) return 'none';
  if (q[1] < l[0] || l[1] < q[0]) return 'none';
  const exact =
    query.year !== undefined &&
    query.year === listed.year &&
    query.month !== undefined &&
    query.month === listed.month &&
    (query.day === undefined || listed.day === undefined || query.day === listed.day);
  return exact ? 'date' : 'year';
}

function compareBirthDate(attributes: QueryAttributes, entry: ListEntry, evidence: AttributeEvidence[]): void {
  const dob = attributes.dob;
  if (!dob || entry.birthDates.length === 0) return;
  let best: DateAgreement = 'none';
  let comparable = false;
  for (const listed of entry.birthDates) {
    if (!yearSpan(listed)) continue;
    comparable = true;
    const agreement = dateAgreement(dob, listed);
    if (agreement === 'date' || (agreement === 'year' && best === 'none')) best = agreement;
  }
  if (!comparable || !yearSpan(dob)) return;
  const adjustment =
    best === 'date' ? ATTRIBUTE_ADJUSTMENTS.dateAgrees : best === 'year' ? ATTRIBUTE_ADJUSTMENTS.yearAgrees : ATTRIBUTE_ADJUSTMENTS.dateContradicts;
  evidence.push({
    attribute: 'dob',
    query: dob.text,
    listed: entry.birthDates.map((d) => d.text),
    effect: best === 'none' ? 'contradicts' : 'agrees',
    adjustment,
  });
}

function compareIdentifiers(attributes: QueryAttributes, entry: ListEntry, evidence: AttributeEvidence[]): void {
  if (attributes.identifiers.length === 0 || entry.identifiers.length === 0) return;
  const listed = entry.identifiers.map((id) => ({ type: id.type, normalized: normalizeIdentifier(id.value), value: id.value }));
  for (const id of attributes.identifiers) {
    const same = listed.find((l) => sameIdentifier(l.normalized, id.normalized));
    if (same) {
      evidence.push({ attribute: 'identifier', query: id.value, listed: [same.value], effect: 'agrees', adjustment: ATTRIBUTE_ADJUSTMENTS.identifierAgrees });
      continue;
    }
    // Only an identifier of the same declared type can contradict: a passport says nothing of a tax id.
    const sameType = id.type ? listed.filter((l) => l.type === id.type) : [];
    if (sameType.length > 0) {
      evidence.push({
        attribute: 'identifier',
        query: id.value,
        listed: sameType.map((l) => l.value),
        effect: 'contradicts',
        adjustment: ATTRIBUTE_ADJUSTMENTS.identifierContradicts,
      });
    }
  }
}
