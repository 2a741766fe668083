import type { Citation, PartyDecision, PartyHit } from '../decision.js';
import type { Transaction, TxParty } from '../transaction.js';
import { DATED_FACTS, inForce, type DatedFact } from '../dated-facts.js';
import { cfr, type ItemState } from '../item-state.js';

/**
 * Step 3a: end users. Each party goes through the injected screener; its hits are then checked
 * against `as_of` (a listing not yet made or already ended does not apply) and completed with the
 * dated facts, so that historical ZTE and Huawei transactions come out as the rules then stood.
 */

export type ScreenParty = (party: TxParty) => PartyHit[];

/** A hit the engine acts on, with the dated fact that governs it, when one does. */
export interface EffectiveHit extends PartyHit {
  role: string;
  partyName: string;
  fact?: DatedFact;
  fdpScope?: 'narrow' | 'broad';
  possible?: boolean;
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

const FACT_NAMES: { fact: DatedFact; names: Set<string> }[] = DATED_FACTS.filter((f) => f.names).map((fact) => ({
  fact,
  names: new Set((fact.names ?? []).map(normalizeName)),
}));

function factsFor(names: string[], kind: DatedFact['kind']): DatedFact[] {
  const norm = names.map(normalizeName);
  return FACT_NAMES.filter((f) => f.fact.kind === kind && norm.some((n) => f.names.has(n))).map((f) => f.fact);
}

function listedOn(hit: PartyHit, asOf: string): boolean {
  const from = hit.legal?.effectiveDate;
  const to = hit.legal?.expiryDate;
  return !(from && from > asOf) && !(to && to <= asOf);
}

function factHit(fact: DatedFact, list: string, party: TxParty): EffectiveHit {
  const legal: NonNullable<PartyHit['legal']> = { federalRegister: fact.citation, effectiveDate: fact.from };
  if (fact.until) legal.expiryDate = fact.until;
  if (fact.licenseRequirement) legal.licenseRequirement = fact.licenseRequirement;
  if (fact.licensePolicy) legal.licensePolicy = fact.licensePolicy;
  return { list, entityId: `fact:${fact.id}`, name: fact.subject, score: 1, legal, role: party.role, partyName: party.name, fact };
}

export interface ScreenResult {
  parties: PartyDecision[];
  effective: EffectiveHit[];
}

export function screenParties(tx: Transaction, asOf: string, screen: ScreenParty | undefined, matchScore: number): ScreenResult {
  const parties: PartyDecision[] = [];
  const effective: EffectiveHit[] = [];
  for (const party of tx.parties) {
    const hits = screen ? screen(party) : [];
    parties.push({ role: party.role, name: party.name, hits });
    const names = [party.name];
    let sawEl = false;
    let sawDpl = false;
    for (const hit of hits) {
      const possible = hit.score < matchScore;
      const listFacts = hit.list === 'EL' ? factsFor([hit.name, ...names], 'entity_list') : [];
      // A dated fact about the same entity decides when the listing applied; the list file has no start dates.
      if (listFacts.length > 0 && !listFacts.some((f) => inForce(f, asOf))) continue;
      if (listFacts.length === 0 && !listedOn(hit, asOf)) continue;
      const e: EffectiveHit = { ...hit, role: party.role, partyName: party.name };
      if (possible) e.possible = true;
      const fact = listFacts.find((f) => inForce(f, asOf));
      if (fact) e.fact = fact;
      effective.push(e);
      if (hit.list === 'EL' && !possible) sawEl = true;
      if (hit.list === 'DPL' && !possible) sawDpl = true;
    }
    for (const fact of factsFor(names, 'entity_list')) {
      if (!sawEl && inForce(fact, asOf)) effective.push(factHit(fact, 'EL', party));
    }
    for (const fact of factsFor(names, 'denial_order')) {
      if (!sawDpl && inForce(fact, asOf)) effective.push(factHit(fact, 'DPL', party));
    }
    // FDP footnote 1 designations are dated separately from the listing itself.
    const fn1 = factsFor(names, 'fdp_footnote1').find((f) => inForce(f, asOf));
    for (const e of effective) {
      if (e.partyName !== party.name || e.list !== 'EL') continue;
      if (fn1) {
        e.footnote = 1;
        e.fdpScope = fn1.fdpScope ?? 'broad';
      } else if (factsFor(names, 'fdp_footnote1').length > 0) {
        delete e.footnote;
      } else if (e.footnote === undefined && /734\.9\(e\)\s?\(?1/.test(e.legal?.licenseRequirement ?? '')) {
        e.footnote = 1;
        e.fdpScope = 'broad';
      }
    }
  }
  return { parties, effective };
}

function frCites(hit: EffectiveHit): Citation[] {
  const fr = hit.legal?.federalRegister;
  const list = Array.isArray(fr) ? fr : fr ? [fr] : [];
  const entry: Citation = { kind: 'list', ref: `${hit.list} ${hit.entityId}: ${hit.name}` };
  const out: Citation[] = [entry];
  for (const f of list) out.push({ kind: 'fr', ref: f });
  if (hit.fact && !list.includes(hit.fact.citation)) out.push({ kind: 'fr', ref: hit.fact.citation, note: hit.fact.verification });
  return out;
}

/** § 744.21: destinations of the military end-use/user rule; Russia and Belarus cover all items. */
const MEU_ALL_ITEMS = new Set(['RU', 'BY']);
const MEU_SUPP2_DESTS = new Set(['CN', 'VE', 'MM', 'KH', 'NI']);
/**
 * Some ECCNs of Supp. No. 2 to Part 744 (a fact, not the supplement: it is not in the reference data).
 * An item outside this partial set goes to "indeterminate", never to "no license required".
 */
export const SUPP2_744_PARTIAL = new Set(['3A991', '4A994', '5A991', '5A992', '9A991']);

function elCovers(hit: EffectiveHit, ear99: boolean): boolean | 'unknown' {
  const req = hit.legal?.licenseRequirement;
  if (!req) return true;
  if (/all items subject to the EAR/i.test(req) && !/\b(except|other than|excluding)\b/i.test(req)) return true;
  if (/other than EAR99|on the CCL|listed on the Commerce Control List/i.test(req)) return !ear99;
  return 'unknown';
}

export function applyEndUsers(hits: EffectiveHit[], base: string, ear99: boolean, destCode: string, state: ItemState): void {
  for (const hit of hits) {
    const cites = frCites(hit);
    const who = `${hit.partyName} (${hit.role})`;
    if (hit.possible) {
      state.unresolved.push({
        code: `party:possible_match:${hit.list}`,
        text: `${who} may be ${hit.name} on ${hit.list} (score ${hit.score.toFixed(2)}); review the match`,
        citations: cites,
        exceptions: 'none',
      });
      continue;
    }
    switch (hit.list) {
      case 'EL': {
        const covers = elCovers(hit, ear99);
        const policy = hit.legal?.licensePolicy ? `; review policy: ${hit.legal.licensePolicy}` : '';
        const text = `${who} is on the Entity List as ${hit.name}: ${hit.legal?.licenseRequirement ?? 'license requirement not stated (taken as all items subject to the EAR)'}${policy}; no license exceptions`;
        if (covers === 'unknown') state.unresolved.push({ code: 'entity_list', text, citations: [...cites, cfr('15 CFR 744.11')], exceptions: 'none' });
        else if (covers) {
          state.requirements.push({ code: 'entity_list', text, citations: [...cites, cfr('15 CFR 744.11(a)')], exceptions: 'none' });
          state.exceptionBlocks.push({ code: 'entity_list', text: 'Entity List: no license exceptions', citations: [cfr('15 CFR 744.11(a)')], exceptions: 'none' });
        }
        break;
      }
      case 'DPL':
        state.prohibitions.push({
          code: 'denied_party',
          text: `${who} is subject to a denial order (${hit.name}): no one may take part in the transaction${hit.legal?.expiryDate ? `; order ends ${hit.legal.expiryDate}` : ''}`,
          citations: [...cites, cfr('15 CFR 764.3(a)(2)'), cfr('15 CFR 736.2(b)(4)', 'General Prohibition Four')],
          exceptions: 'none',
        });
        break;
      case 'UVL':
        state.exceptionBlocks.push({
          code: 'uvl',
          text: `${who} is on the Unverified List (${hit.name}): no license exceptions`,
          citations: [...cites, cfr('15 CFR 744.15(a)(1)')],
          exceptions: 'none',
        });
        state.conditions.push({
          code: 'uvl_statement',
          text: `Before exporting without a license, obtain the UVL statement from ${hit.partyName} required by 15 CFR 744.15(b)`,
        });
        break;
      case 'MEU': {
        const cite = [...cites, cfr('15 CFR 744.21(a)'), cfr('15 CFR 744.21(g)', 'Supp. No. 7 to Part 744 (MEU List)')];
        if (MEU_ALL_ITEMS.has(destCode)) {
          state.requirements.push({ code: 'meu', text: `${who} is a listed military end user; to Russia or Belarus every item subject to the EAR needs a license`, citations: cite, exceptions: 'none' });
        } else if (MEU_SUPP2_DESTS.has(destCode)) {
          if (ear99) break;
          if (SUPP2_744_PARTIAL.has(base)) {
            state.requirements.push({ code: 'meu', text: `${who} is a listed military end user and ${base} is in Supp. No. 2 to Part 744`, citations: [...cite, cfr('15 CFR 744 Supp. 2')], exceptions: 'none' });
          } else {
            state.unresolved.push({ code: 'meu:supp2_unknown', text: `${who} is a listed military end user; whether ${base} is in Supp. No. 2 to Part 744 is not in the rules pack`, citations: cite, exceptions: 'none' });
          }
        } else {
          state.notes.push({ code: 'meu:other_destination', text: `${who} is on the MEU List, but ${destCode} is not a § 744.21 destination`, citations: cite, exceptions: 'none' });
        }
        break;
      }
      case 'SDN':
        // OFAC, not the EAR: blocked persons may not be dealt with by US persons. Reported as a prohibition
        // so the transaction stops, with the citation making clear which regime decides.
        state.prohibitions.push({
          code: 'ofac_sdn',
          text: `${who} is on OFAC's SDN List (${hit.name}): dealings are prohibited under OFAC sanctions, not the EAR`,
          citations: [...cites, { kind: 'ofac', ref: '31 CFR 501 (blocked persons; program regulations in 31 CFR chapter V)' }],
          exceptions: 'none',
        });
        break;
      default:
        state.notes.push({ code: `list:${hit.list}`, text: `${who} matches ${hit.name} on ${hit.list}; no EAR effect modeled for this list`, citations: cites, exceptions: 'none' });
    }
  }
}
