import type { RulesPack } from './pack.js';
import type { Citation, Decision, ItemDecision, Outcome } from './decision.js';
import { strictest } from './decision.js';
import type { Transaction, TxItem } from './transaction.js';
import { splitEccn } from './transaction.js';
import { destinationInfo, inheritanceInForce, type DestinationInfo } from './pack-index.js';
import { cfr, newItemState, type Finding, type ItemState } from './item-state.js';
import { DATED_FACTS } from './dated-facts.js';
import { subjectToEar } from './steps/subject.js';
import { cclRequirements } from './steps/ccl-requirements.js';
import { embargoes } from './steps/embargoes.js';
import { applyEndUsers, screenParties, type EffectiveHit, type ScreenParty } from './steps/end-users.js';
import { endUses } from './steps/end-uses.js';
import { licenseException } from './steps/exceptions.js';

/**
 * The determination, in the EAR's own order (Part 732; General Prohibitions 1-10 of § 736.2):
 * subject to the EAR → item and destination (Country Chart, Part 746) → end users and end uses
 * (Part 744) → license exceptions (Part 740) → outcome. Pure: the same transaction, pack and
 * screener give the same decision.
 */

export interface DetermineContext {
  pack: RulesPack;
  /** Date the rules are applied as of; overrides the transaction's own `as_of`. Defaults to today. */
  asOf?: string;
  screenParty?: ScreenParty;
  /** Version of the list snapshot behind `screenParty`, recorded in the decision. */
  listsVersion?: string;
  /** Hits scoring below this are "possible matches" that make the item indeterminate (default 0.85). */
  matchScore?: number;
}

const ECCN_FACTS = DATED_FACTS.filter((f) => f.kind === 'eccn_added');

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

function destinationProblems(dest: DestinationInfo, asOf: string): Finding | undefined {
  if (dest.inheritance && !inheritanceInForce(dest, asOf)) {
    return {
      code: 'destination:not_in_pack',
      text: `${dest.code} follows the ${dest.rowCode} row only from ${dest.inheritance.since} (${dest.inheritance.citation}); its earlier row is not in the rules pack`,
      citations: dest.inheritance.citation ? [{ kind: 'fr', ref: dest.inheritance.citation }] : [],
      exceptions: 'none',
    };
  }
  if (!dest.row) {
    return {
      code: 'destination:no_chart_row',
      text: `${dest.code} has no Country Chart row and no recorded territory inheritance (§ 738.3(b))`,
      citations: [cfr('15 CFR 738.3(b)')],
      exceptions: 'none',
    };
  }
  return undefined;
}

/** License requirements for an item by classification and destination only (used for de minimis content). */
function classificationNeedsLicense(pack: RulesPack, eccn: string, dest: DestinationInfo, asOf: string): boolean | 'unknown' {
  const { base, paragraph } = splitEccn(eccn);
  const ear99 = base === 'EAR99';
  const state = newItemState();
  if (!ear99) {
    const entry = pack.ccl[base];
    if (!entry) return 'unknown';
    cclRequirements(entry, eccn, paragraph, dest, pack.chart.allDestinations, state);
  }
  embargoes({ eccn, quantity: 0, value_usd: 0 }, ear99, dest, asOf, state);
  if (state.requirements.length > 0) return true;
  return state.unresolved.length > 0 ? 'unknown' : false;
}

function toDecision(eccn: string, outcome: Outcome, state: ItemState, extra: Citation[], exception?: ItemDecision['exception']): ItemDecision {
  const findings =
    outcome === 'prohibited'
      ? state.prohibitions
      : outcome === 'license_required' || outcome === 'license_exception'
        ? [...state.requirements, ...state.unresolved]
        : outcome === 'indeterminate'
          ? [...state.unresolved, ...state.requirements]
          : [];
  const reasons = [...findings, ...state.notes].map((f) => ({ code: f.code, text: f.text }));
  const citations: Citation[] = [...extra];
  const seen = new Set(citations.map((c) => `${c.kind}|${c.ref}`));
  for (const f of [...findings, ...state.notes]) {
    for (const c of f.citations) {
      const k = `${c.kind}|${c.ref}`;
      if (!seen.has(k)) {
        seen.add(k);
        citations.push(c);
      }
    }
  }
  const d: ItemDecision = { eccn, outcome, reasons, conditions: state.conditions, citations };
  if (exception) d.exception = exception;
  return d;
}

function decideItem(
  item: TxItem,
  tx: Transaction,
  pack: RulesPack,
  dest: DestinationInfo,
  destProblem: Finding | undefined,
  hits: EffectiveHit[],
  asOf: string,
  shipmentValue: Map<string, number>,
): ItemDecision {
  const { base, paragraph } = splitEccn(item.eccn);
  const ear99 = base === 'EAR99';
  const state = newItemState();
  const entry = ear99 ? undefined : pack.ccl[base];
  if (!ear99 && !entry) {
    state.unresolved.push({ code: 'eccn:unknown', text: `ECCN ${base} is not in the rules pack (${pack.version.slice(0, 19)})`, citations: [cfr('15 CFR 774 Supp. 1')], exceptions: 'none' });
    return toDecision(item.eccn, 'indeterminate', state, []);
  }
  const added = ECCN_FACTS.find((f) => f.subject === base);
  if (added && asOf < added.from) {
    state.unresolved.push({
      code: 'eccn:not_yet_in_force',
      text: `ECCN ${base} took effect ${added.from} (${added.citation}); on ${asOf} the item was classified under the rules then in force`,
      citations: [{ kind: 'fr', ref: added.citation }],
      exceptions: 'none',
    });
    return toDecision(item.eccn, 'indeterminate', state, []);
  }

  // Step 1: subject to the EAR.
  const subject = subjectToEar(item, tx, pack, dest, hits, (e) => classificationNeedsLicense(pack, e, dest, asOf));
  const subjectCites = subject.citations;
  if (subject.subject === false) {
    applyEndUsers(hits.filter((h) => h.list === 'SDN'), base, ear99, dest.rowCode, state);
    state.notes.unshift({ code: subject.code, text: subject.text, citations: subject.citations, exceptions: 'none' });
    return toDecision(item.eccn, state.prohibitions.length ? 'prohibited' : 'not_subject_to_ear', state, []);
  }
  if (subject.subject === 'unknown') state.unresolved.push({ code: subject.code, text: subject.text, citations: subject.citations, exceptions: 'none' });
  if (destProblem) state.unresolved.push(destProblem);

  // Step 2: classification x destination, then Part 746.
  if (entry && dest.row) cclRequirements(entry, item.eccn, paragraph, dest, pack.chart.allDestinations, state);
  if (ear99) state.notes.push({ code: 'ear99', text: 'EAR99: no CCL reason for control', citations: [cfr('15 CFR 734.3(c)')], exceptions: 'none' });
  embargoes(item, ear99, dest, asOf, state);

  // Step 3: end users, then declared end uses.
  applyEndUsers(hits, base, ear99, dest.rowCode, state);
  endUses(tx.end_use, ear99, dest, asOf, state);

  // Steps 4-5: exceptions and outcome.
  let outcome: Outcome;
  let exception: ItemDecision['exception'];
  if (state.prohibitions.length > 0) outcome = 'prohibited';
  else if (subject.subject === 'unknown') outcome = 'indeterminate';
  else if (state.requirements.length > 0) {
    const exc = licenseException(state, {
      entry,
      base,
      ear99,
      dest,
      shipmentValueUsd: shipmentValue.get(base) ?? item.value_usd,
      claims: tx.exceptions_claimed ?? [],
    });
    if (exc && state.unresolved.length === 0) {
      outcome = 'license_exception';
      exception = { symbol: exc.symbol, section: exc.section };
      state.conditions.push(...exc.conditions);
      state.notes.push({ code: `exception:${exc.symbol}`, text: `License Exception ${exc.symbol} (${exc.section})`, citations: exc.citations, exceptions: 'none' });
    } else outcome = 'license_required';
  } else if (state.unresolved.length > 0) outcome = 'indeterminate';
  else {
    outcome = 'nlr';
    state.notes.push({ code: 'nlr', text: 'No license requirement found for this item, destination, parties and end use', citations: [cfr('15 CFR 738.4(a)(2)(ii)(B)')], exceptions: 'none' });
  }
  return toDecision(item.eccn, outcome, state, subjectCites, exception);
}

export function determine(tx: Transaction, ctx: DetermineContext): Decision {
  const { pack } = ctx;
  const asOf = ctx.asOf ?? tx.as_of ?? today();
  const dest = destinationInfo(pack, tx.destination);
  const destProblem = destinationProblems(dest, asOf);
  const screened = screenParties(tx, asOf, ctx.screenParty, ctx.matchScore ?? 0.85);
  const shipmentValue = new Map<string, number>();
  for (const item of tx.items) {
    const base = splitEccn(item.eccn).base;
    shipmentValue.set(base, (shipmentValue.get(base) ?? 0) + item.value_usd);
  }
  const items = tx.items.map((item) => decideItem(item, tx, pack, dest, destProblem, screened.effective, asOf, shipmentValue));
  const citations: Citation[] = [];
  const seen = new Set<string>();
  for (const it of items) {
    for (const c of it.citations) {
      const k = `${c.kind}|${c.ref}`;
      if (!seen.has(k)) {
        seen.add(k);
        citations.push(c);
      }
    }
  }
  return {
    outcome: strictest(items.map((i) => i.outcome)),
    asOf,
    items,
    parties: screened.parties,
    citations,
    versions: { rules: pack.version, lists: ctx.listsVersion ?? (ctx.screenParty ? 'unversioned' : 'none') },
  };
}
