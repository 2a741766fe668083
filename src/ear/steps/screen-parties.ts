import type { PartyDecision, PartyHit } from '../decision.js';
import type { Transaction, TxParty } from '../transaction.js';
import type { RulesPack } from '../pack.js';
import { inForce, type DatedFact } from '../dated-facts.js';
import { addDays } from '../../model/dates.js';
import { anchorOf, listingStart, parseFrCitations, type FrAnchor } from './listing-dates.js';

/**
 * Step 3a: end users. Each party goes through the screener the caller gives (the list snapshot and
 * the pack's dated list entries); each hit is then placed in time against `as_of` (a listing not yet
 * made, an order that has expired, a listing whose start is known only to its year) and one hit per
 * list and party is kept, the strongest, with the others set aside and said why.
 */

export type ScreenParty = (party: TxParty) => PartyHit[];

/** A hit the engine acts on. */
export interface EffectiveHit extends PartyHit {
  role: string;
  partyName: string;
  partyCountry: string;
  /** Below the match score: a possible match for review. */
  possible?: boolean;
  /** The listing may or may not have been in force on as_of (start known only to a year or a fortnight). */
  uncertainStart?: string;
  /** The dated fact that governs the listing's period, when the pack has one. */
  fact?: DatedFact;
  /** Entity List FDP footnotes (1, 3, 4, 5) in force on as_of. */
  footnotes: number[];
  /** Scope of a footnote 1 designation on as_of: 'narrow' (May-Aug 2020) or 'broad'. */
  fdpScope?: 'narrow' | 'broad';
  /** Other entries of the same list matched for the party, set aside behind this one. */
  alsoMatched: number;
}

export interface ScreenResult {
  parties: PartyDecision[];
  effective: EffectiveHit[];
}

const LEGAL_WORDS = /\b(co|ltd|corporation|corp|inc|company|limited|llc|plc|sa|ag|gmbh)\b/g;

export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(LEGAL_WORDS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const FACT_LIST: Record<string, DatedFact['kind']> = { EL: 'entity_list', DPL: 'denial_order' };

/** The pack's dated fact about the listed entity a hit names (by the listed name, never the party's). */
function factFor(pack: RulesPack, hit: PartyHit, kind: DatedFact['kind']): DatedFact[] {
  if (hit.entityId.startsWith('fact:')) return pack.datedFacts.filter((f) => `fact:${f.id}` === hit.entityId);
  const name = normalizeName(hit.name);
  return pack.datedFacts.filter((f) => f.kind === kind && f.names?.some((n) => normalizeName(n) === name));
}

/** EL footnotes the license requirement text designates: "§§ 734.9(e)1 and 744.11" → 1; "734.9(g),3" → 3. */
export function designatedFootnotes(requirement: string | undefined): number[] {
  const out = new Set<number>();
  const t = requirement ?? '';
  if (/734\.9\s?\(e\)\s?\(?1\)?|734\.9\(e\)\s*1\b/.test(t)) out.add(1);
  if (/734\.9\(e\)\(2\)/.test(t)) out.add(4);
  if (/734\.9\(e\)\(3\)/.test(t)) out.add(5);
  if (/734\.9\(g\)/.test(t)) out.add(3);
  return [...out].sort();
}

type Placement = { status: 'in_force' } | { status: 'uncertain'; why: string } | { status: 'set_aside'; why: string };

function place(pack: RulesPack, hit: PartyHit, asOf: string): { placement: Placement; fact?: DatedFact } {
  const kind = FACT_LIST[hit.list];
  const facts = kind ? factFor(pack, hit, kind) : [];
  if (facts.length > 0) {
    const fact = facts.find((f) => inForce(f, asOf));
    if (fact) return { placement: { status: 'in_force' }, fact };
    const f = facts[0]!;
    const why = asOf < f.from ? `listed only from ${f.from} (${f.citation})` : `listing ended ${f.until} (${f.endCitation ?? f.citation})`;
    return { placement: { status: 'set_aside', why } };
  }
  const from = hit.legal?.effectiveDate;
  const to = hit.legal?.expiryDate;
  if (to && to <= asOf) return { placement: { status: 'set_aside', why: `the order or listing expired ${to}` } };
  if (from && from > asOf) return { placement: { status: 'set_aside', why: `in force only from ${from}` } };
  if (from) return { placement: { status: 'in_force' } };
  const start = listingStart(hit.legal?.federalRegister, anchorsOf(pack));
  if (!start) return { placement: { status: 'in_force' } };
  if (start.until && start.until <= asOf) return { placement: { status: 'set_aside', why: `the order (${start.source}) remained in effect until ${start.until}` } };
  if (start.date && start.exact) {
    if (asOf >= start.date) return { placement: { status: 'in_force' } };
    return { placement: { status: 'set_aside', why: `listed by ${start.citation}, in force from ${start.date} (${start.source})` } };
  }
  if (start.date) {
    // The Federal Register date is the publication date; rules often take effect a few days earlier.
    if (asOf >= start.date) return { placement: { status: 'in_force' } };
    if (asOf < addDays(start.date, -14)) return { placement: { status: 'set_aside', why: `listed by ${start.citation}, published ${start.date}, after ${asOf}` } };
    return { placement: { status: 'uncertain', why: `listed by ${start.citation}, published ${start.date}; it may have taken effect before ${asOf}` } };
  }
  const year = Number(asOf.slice(0, 4));
  if (year > start.year) return { placement: { status: 'in_force' } };
  if (year < start.year) return { placement: { status: 'set_aside', why: `listed by ${start.citation} (${start.year}), after ${asOf}` } };
  return { placement: { status: 'uncertain', why: `listed by ${start.citation} in ${start.year}; the list gives no date to place ${asOf} before or after it` } };
}

const anchorCache = new WeakMap<RulesPack, FrAnchor[]>();

/** Dates of the listing rules the pack's facts know, as anchors for citations of the same rules. */
function anchorsOf(pack: RulesPack): FrAnchor[] {
  let a = anchorCache.get(pack);
  if (!a) {
    a = pack.datedFacts.filter((f) => f.kind === 'entity_list' || f.kind === 'denial_order').flatMap((f) => anchorOf(f.citation, f.from, `dated fact ${f.id}`) ?? []);
    for (const r of pack.frRules ?? []) {
      const anchor: FrAnchor = { volume: r.volume, page: r.firstPage, lastPage: r.lastPage, source: `FR Doc. ${r.document}` };
      if (r.effective) anchor.date = r.effective;
      if (r.until) anchor.until = r.until;
      a.push(anchor);
    }
    anchorCache.set(pack, a);
  }
  return a;
}

function footnoteState(pack: RulesPack, hit: PartyHit, asOf: string): { footnotes: number[]; fdpScope?: 'narrow' | 'broad' } {
  const designated = new Set(designatedFootnotes(hit.legal?.licenseRequirement));
  if (hit.footnote) designated.add(hit.footnote);
  const fn1Facts = hit.list === 'EL' ? factFor(pack, { ...hit, entityId: '' }, 'fdp_footnote1') : [];
  if (fn1Facts.length > 0) {
    const now = fn1Facts.find((f) => inForce(f, asOf));
    if (now) designated.add(1);
    else designated.delete(1);
    return now ? { footnotes: [...designated].sort(), fdpScope: now.fdpScope ?? 'broad' } : { footnotes: [...designated].sort() };
  }
  return designated.has(1) ? { footnotes: [...designated].sort(), fdpScope: 'broad' } : { footnotes: [...designated].sort() };
}

function sharesCitation(a: PartyHit, b: PartyHit): boolean {
  const fa = new Set(parseFrCitations(a.legal?.federalRegister).map((c) => `${c.volume}:${c.page}`));
  return parseFrCitations(b.legal?.federalRegister).some((c) => fa.has(`${c.volume}:${c.page}`));
}

/** Countries the party and a listing are compared in: Hong Kong and Macau listings sit under China. */
function region(country: string): string {
  return country === 'HK' || country === 'MO' ? 'CN' : country;
}

/**
 * A near-identical name is the same entity wherever it is listed; a close one listed in another country
 * is held for review; a weaker one in another country is a different entity ("ZTE Corporation" in China
 * is not "ZTE Parsian" in Iran, 0.86).
 */
const SAME_NAME_ANYWHERE = 0.95;
const OTHER_COUNTRY_REVIEW = 0.9;

export function screenParties(tx: Transaction, asOf: string, screen: ScreenParty | undefined, matchScore: number, pack: RulesPack): ScreenResult {
  const parties: PartyDecision[] = [];
  const effective: EffectiveHit[] = [];
  for (const party of tx.parties) {
    const hits = screen ? screen(party) : [];
    const decision: PartyDecision = { role: party.role, name: party.name, hits };
    const setAside: NonNullable<PartyDecision['setAside']> = [];
    const placed = [...hits].sort((a, b) => b.score - a.score).map((hit) => ({ hit, ...place(pack, hit, asOf) }));
    // The DPL file dates the orders the CSL shows without dates: an order it gives as expired is expired in both.
    const expiredOrders = placed.filter((p) => p.hit.list === 'DPL' && p.placement.status === 'set_aside' && p.hit.legal?.expiryDate && p.hit.legal.expiryDate <= asOf);
    const kept = new Map<string, EffectiveHit>();
    for (const { hit, placement, fact } of placed) {
      const aside = (why: string) => setAside.push({ list: hit.list, entityId: hit.entityId, name: hit.name, why });
      if (placement.status === 'set_aside') {
        aside(placement.why);
        continue;
      }
      const sameOrder = hit.list === 'DPL' && !hit.legal?.expiryDate ? expiredOrders.find((e) => normalizeName(e.hit.name) === normalizeName(hit.name) || sharesCitation(e.hit, hit)) : undefined;
      if (sameOrder) {
        aside(`the Denied Persons List dates this order: it expired ${sameOrder.hit.legal?.expiryDate}`);
        continue;
      }
      const listed = (hit.countries ?? []).map(region);
      const elsewhere = listed.length > 0 && !listed.includes(region(party.country));
      if (elsewhere && hit.score < OTHER_COUNTRY_REVIEW) {
        aside(`a different entity: listed in ${(hit.countries ?? []).join(', ')}, while the party is in ${party.country} (name score ${hit.score.toFixed(2)})`);
        continue;
      }
      const fn = footnoteState(pack, hit, asOf);
      const e: EffectiveHit = { ...hit, role: party.role, partyName: party.name, partyCountry: party.country, footnotes: fn.footnotes, alsoMatched: 0 };
      if (fn.fdpScope) e.fdpScope = fn.fdpScope;
      // A close name listed in another country may be a branch or the same entity: a match for review.
      if (hit.score < matchScore || (elsewhere && hit.score < SAME_NAME_ANYWHERE)) e.possible = true;
      if (placement.status === 'uncertain') e.uncertainStart = placement.why;
      if (fact) e.fact = fact;
      const key = hit.list;
      const prev = kept.get(key);
      if (!prev) {
        kept.set(key, e);
        continue;
      }
      // One hit per list and party: the strongest certain one acts; the others are named as set aside.
      const better = (prev.possible && !e.possible) || (prev.uncertainStart !== undefined && e.uncertainStart === undefined && !e.possible);
      const [keep, drop] = better ? [e, prev] : [prev, e];
      keep.footnotes = [...new Set([...keep.footnotes, ...(drop.possible ? [] : drop.footnotes)])].sort();
      keep.alsoMatched = prev.alsoMatched + 1;
      if (!keep.fdpScope && drop.fdpScope && !drop.possible) keep.fdpScope = drop.fdpScope;
      kept.set(key, keep);
      setAside.push({ list: drop.list, entityId: drop.entityId, name: drop.name, why: `another ${drop.list} entry (${keep.name}, score ${keep.score.toFixed(2)}) decides for this party` });
    }
    effective.push(...kept.values());
    if (setAside.length > 0) decision.setAside = setAside;
    parties.push(decision);
  }
  return { parties, effective };
}
