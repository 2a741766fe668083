import type { RulesPack } from './pack.js';
import type { Citation, Decision, ItemDecision, ListsUsed, Outcome, PartyDecision } from './decision.js';
import { strictest } from './decision.js';
import type { Transaction, TxItem } from './transaction.js';
import { splitEccn } from './transaction.js';
import { destinationInfo, inheritanceInForce, type DestinationInfo } from './pack-index.js';
import { cfr, check, newItemState, type Finding, type ItemState } from './item-state.js';
import { itemContext, type ItemContext } from './item-context.js';
import { scopeMatch } from './scope.js';
import { subjectToEar } from './steps/subject.js';
import { evaluateFdp, type FdpResult } from './steps/fdp.js';
import { cclRequirements } from './steps/ccl-requirements.js';
import { chartFootnotes } from './steps/footnotes.js';
import { embargoes } from './steps/embargoes.js';
import { applyEndUsers, screenParties, type EffectiveHit, type ScreenParty } from './steps/end-users.js';
import type { ScreenResult } from './steps/screen-parties.js';
import { endUses } from './steps/end-uses.js';
import { licenseException } from './steps/exceptions.js';
import { toItemDecision } from './item-decision.js';
import { todayUtc } from '../model/dates.js';

/**
 * The determination, in the EAR's own order (Part 732; General Prohibitions 1-10 of § 736.2):
 * subject to the EAR (§§ 734.3, 734.4, 734.9) → item and destination (Country Chart and its
 * footnotes, Part 746) → end users and end uses (Part 744) → license exceptions (Part 740) → outcome.
 * Pure: the same transaction, pack and screener give the same decision.
 */

export interface DetermineContext {
  pack: RulesPack;
  /** Date the rules are applied as of; overrides the transaction's own `as_of`. Defaults to today. */
  asOf?: string;
  /**
   * Party screening, built by the caller over the list snapshot and the pack's own dated list entries
   * (`pack.listEntries`), so every list goes through the same screening engine.
   */
  screenParty?: ScreenParty;
  /** Version of the list snapshot behind `screenParty`, recorded in the decision. */
  listsVersion?: string;
  /** Which list version was used and how it relates to `as_of` (see ingest/version-as-of.ts). */
  lists?: ListsUsed;
  /** Hits scoring below this are "possible matches" that make the item indeterminate (default 0.85). */
  matchScore?: number;
}

function destinationProblems(pack: RulesPack, dest: DestinationInfo, asOf: string): Finding | undefined {
  if (dest.inheritance && !inheritanceInForce(pack, dest, asOf)) {
    return {
      code: 'destination:not_in_pack',
      text: `${dest.code} follows the ${dest.rowCode} row only from ${dest.inheritance.since} (${dest.inheritance.citation}); its earlier row is not in the rules pack`,
      citations: dest.inheritance.citation ? [{ kind: 'fr', ref: dest.inheritance.citation }] : [],
      exceptions: 'none',
    };
  }
  if (!dest.row && !dest.coveredRegion) {
    return { code: 'destination:no_chart_row', text: `${dest.code} has no Country Chart row and no recorded territory inheritance (§ 738.3(b))`, citations: [cfr('15 CFR 738.3(b)')], exceptions: 'none' };
  }
  return undefined;
}

/** License requirements for US content by classification and destination only (for de minimis). */
function classificationNeedsLicense(pack: RulesPack, tx: Transaction, eccn: string, dest: DestinationInfo, asOf: string): boolean | 'unknown' {
  const { base, paragraph } = splitEccn(eccn);
  if (base !== 'EAR99' && !pack.ccl[base]) return 'unknown';
  const ctx = itemContext(pack, tx, { eccn, quantity: 0, value_usd: 0 }, base, paragraph, dest, asOf);
  const state = newItemState();
  cclRequirements(ctx, state);
  chartFootnotes(ctx, state);
  embargoes(ctx, state);
  if (state.requirements.length > 0) return true;
  return state.unresolved.length > 0 ? 'unknown' : false;
}

/** The item is controlled for MT reasons (§ 740.2(a)(5)): an MT row reaches it, or may. */
function mtControlled(ctx: ItemContext): boolean {
  return (ctx.entry?.requirements ?? []).some((r) => r.reason === 'MT' && scopeMatch(r.scope, ctx.paragraph, ctx.dest.name).kind !== 'does_not_apply');
}

/** Requirements a met § 734.9 paragraph carries beyond the item's CCL entry. */
function fdpRequirements(fdp: FdpResult[], state: ItemState): void {
  const only = { only: ['GOV', 'BAG'] };
  for (const r of fdp) {
    if (r.status !== 'met') continue;
    const add = (code: string, text: string, ref: string, exceptions: Finding['exceptions'] = 'none') =>
      state.requirements.push({ code, text: `${text} (${r.rule.name})`, citations: [...r.citations, cfr(ref)], exceptions });
    if (r.rule.id === 'russia_belarus_crimea') add('fdp:746.8(a)(2)', 'A license is required to reexport or export from abroad a foreign-produced item subject to the EAR under § 734.9(f)', '15 CFR 746.8(a)(2)', only);
    if (r.rule.id === 'russia_belarus_meu') add('fdp:746.8(a)(3)', 'A license is required for a foreign-produced item subject to the EAR under § 734.9(g)', '15 CFR 746.8(a)(3)');
    if (r.rule.id === 'iran') add('fdp:746.7(a)(1)(iii)', 'A license is required for a foreign-produced item subject to the EAR under § 734.9(j) to Iran', '15 CFR 746.7(a)(1)(iii)');
    if (r.rule.id === 'supercomputer') add('fdp:744.23', 'A license is required for a foreign-produced item subject to the EAR under § 734.9(i)', '15 CFR 744.23(a)');
    if (r.rule.id.startsWith('entity_list')) add('fdp:744.11(a)(2)', 'A license is required for a foreign-produced item subject to the EAR under the Entity List FDP rule', '15 CFR 744.11(a)(2)');
  }
}

/** The parties no listing acts on, with the hits set aside for each: what the end-user step checked. */
function checkParties(parties: PartyDecision[], hits: EffectiveHit[], asOf: string, state: ItemState): void {
  for (const p of parties) {
    if (hits.some((h) => h.partyName === p.name && h.role === p.role)) continue;
    const aside = (p.setAside ?? []).map((x) => `${x.name} on ${x.list} set aside: ${x.why}`);
    check(state, 'end_user', `${p.name} (${p.role}): no restricted-party listing in force on ${asOf}${aside.length ? ` (${aside.join('; ')})` : ''}`, [cfr('15 CFR 744.11'), cfr('15 CFR 764.3(a)(2)')]);
  }
}

function decideItem(item: TxItem, tx: Transaction, pack: RulesPack, dest: DestinationInfo, destProblem: Finding | undefined, screened: ScreenResult, asOf: string, shipmentValue: Map<string, number>): ItemDecision {
  const hits = screened.effective;
  const { base, paragraph } = splitEccn(item.eccn);
  const ctx = itemContext(pack, tx, item, base, paragraph, dest, asOf);
  const state = newItemState();
  if (!ctx.ear99 && !ctx.entry) {
    state.unresolved.push({ code: 'eccn:unknown', text: `ECCN ${base} is not in the rules pack (${pack.version.slice(0, 19)}): it may be mistyped, or from a newer or older CCL`, citations: [cfr('15 CFR 774 Supp. No. 1')], exceptions: 'none' });
    return toItemDecision(item.eccn, 'indeterminate', state, []);
  }
  const added = pack.datedFacts.find((f) => f.kind === 'eccn_added' && f.subject === base);
  if (added && asOf < added.from) {
    state.unresolved.push({ code: 'eccn:not_yet_in_force', text: `ECCN ${base} took effect ${added.from} (${added.citation}); on ${asOf} the item was classified under the rules then in force`, citations: [{ kind: 'fr', ref: added.citation, note: added.verification }], exceptions: 'none' });
    return toItemDecision(item.eccn, 'indeterminate', state, []);
  }

  // Step 1: subject to the EAR.
  const foreign = tx.export_type !== 'export' && tx.origin_country !== 'US';
  const fdp = foreign ? evaluateFdp(ctx, hits) : [];
  for (const r of fdp) if (r.status === 'not_met') check(state, `fdp:${r.rule.id}`, `${r.rule.name} (${r.rule.paragraph}): ${r.why}`, r.citations);
  const subject = subjectToEar(ctx, fdp, (e) => classificationNeedsLicense(pack, tx, e, dest, asOf));
  if (subject.subject === false) {
    applyEndUsers(ctx, hits.filter((h) => h.list === 'SDN'), state);
    state.notes.unshift({ code: subject.code, text: subject.text, citations: subject.citations, exceptions: 'none' });
    return toItemDecision(item.eccn, state.prohibitions.length ? 'prohibited' : 'not_subject_to_ear', state, []);
  }
  if (subject.subject === 'unknown') {
    const [first, ...rest] = subject.questions;
    state.unresolved.push({ code: subject.code, text: subject.text, citations: subject.citations, exceptions: 'none', ...(first ? { question: first } : {}) });
    for (const q of rest) state.unresolved.push({ code: `subject:fdp:open:${q.id}`, text: q.text, citations: q.citations, exceptions: 'none', question: q });
  }
  // A destination whose governing row on as_of is not in the pack leaves the chart unread; EAR99 never reads it.
  if (destProblem && !ctx.ear99) state.unresolved.push(destProblem);
  fdpRequirements(fdp, state);

  // Step 2: classification x destination (chart and footnotes), then Part 746.
  if ((dest.row || dest.coveredRegion) && !destProblem) {
    cclRequirements(ctx, state);
    chartFootnotes(ctx, state);
  }
  if (ctx.ear99) check(state, 'ear99', 'EAR99: no CCL reason for control; the Country Chart does not apply', [cfr('15 CFR 734.3(c)')]);
  embargoes(ctx, state);

  // Step 3: end users, then end uses.
  applyEndUsers(ctx, hits, state);
  checkParties(screened.parties, hits, asOf, state);
  endUses(ctx, state);

  // Steps 4-5: exceptions and outcome.
  let outcome: Outcome;
  let exception: ItemDecision['exception'];
  const subjectCites: Citation[] = subject.subject === true ? subject.citations : [];
  if (subject.subject === true) state.notes.unshift({ code: subject.code, text: subject.text, citations: subject.citations, exceptions: 'none' });
  if (state.prohibitions.length > 0) outcome = 'prohibited';
  else if (state.requirements.length > 0) {
    const exc = licenseException(ctx, state, { shipmentValueUsd: shipmentValue.get(base) ?? item.value_usd, claims: tx.exceptions_claimed ?? [], mtControlled: mtControlled(ctx) });
    if (exc) {
      exception = { symbol: exc.symbol, section: exc.section };
      state.conditions.push(...exc.conditions);
      state.notes.push({ code: `exception:${exc.symbol}`, text: `License Exception ${exc.symbol} (${exc.section}) overcomes ${state.requirements.map((r) => r.code).join(', ')}`, citations: exc.citations, exceptions: 'none' });
      outcome = state.unresolved.length > 0 || subject.subject === 'unknown' ? 'indeterminate' : 'license_exception';
    } else outcome = subject.subject === 'unknown' ? 'indeterminate' : 'license_required';
  } else if (state.unresolved.length > 0) outcome = 'indeterminate';
  else {
    outcome = 'nlr';
    state.notes.push({ code: 'nlr', text: 'No license requirement found for this item, destination, parties and end use (see checked)', citations: [cfr('15 CFR 738.4(a)(2)(ii)(B)')], exceptions: 'none' });
  }
  return toItemDecision(item.eccn, outcome, state, subjectCites, outcome === 'license_exception' ? exception : undefined);
}

export function determine(tx: Transaction, ctx: DetermineContext): Decision {
  const { pack } = ctx;
  const asOf = ctx.asOf ?? tx.as_of ?? todayUtc();
  const dest = destinationInfo(pack, tx.destination, asOf);
  const destProblem = destinationProblems(pack, dest, asOf);
  const screened = screenParties(tx, asOf, ctx.screenParty, ctx.matchScore ?? 0.85, pack);
  const shipmentValue = new Map<string, number>();
  for (const item of tx.items) {
    const base = splitEccn(item.eccn).base;
    shipmentValue.set(base, (shipmentValue.get(base) ?? 0) + item.value_usd);
  }
  const items = tx.items.map((item) => decideItem(item, tx, pack, dest, destProblem, screened, asOf, shipmentValue));
  const citations: Citation[] = [];
  const seen = new Set<string>();
  for (const c of items.flatMap((i) => i.citations)) {
    const k = `${c.kind}|${c.ref}`;
    if (!seen.has(k)) {
      seen.add(k);
      citations.push(c);
    }
  }
  const questions = [...new Map(items.flatMap((i) => i.questions ?? []).map((q) => [q.id, q])).values()];
  const decision: Decision = {
    outcome: strictest(items.map((i) => i.outcome)),
    asOf,
    items,
    parties: screened.parties,
    citations,
    versions: { rules: pack.version, lists: ctx.listsVersion ?? ctx.lists?.version ?? (ctx.screenParty ? 'unversioned' : 'none') },
    questions,
  };
  if (ctx.lists) decision.lists = ctx.lists;
  if (tx.end_use !== undefined || tx.end_use_categories || tx.end_use_categories_denied) {
    decision.endUse = { categories: tx.end_use_categories ?? [], denied: tx.end_use_categories_denied ?? [] };
    if (tx.end_use !== undefined) decision.endUse.text = tx.end_use;
  }
  return decision;
}
