import type { FdpRule } from '../pack.js';
import type { Citation, Question } from '../decision.js';
import type { ItemContext } from '../item-context.js';
import { cfr } from '../item-state.js';
import { question } from '../questions.js';
import { isAvailable } from '../supplements.js';
import { splitEccn } from '../transaction.js';
import { within } from '../scope.js';
import type { EffectiveHit } from './screen-parties.js';

/**
 * § 734.9: every foreign direct product rule, (b) to (l), read against a foreign-made item. Each
 * paragraph has a product scope (the item's own classification, and the US software or technology it,
 * or the plant that made it, is a direct product of) and a destination, end-user or end-use scope.
 * A paragraph is met, not met, or open: open when a scope it needs is not stated and the others hold.
 */

type Tri = boolean | undefined;

export interface FdpResult {
  rule: FdpRule;
  status: 'met' | 'not_met' | 'open';
  /** Why, in words: which scope failed, or what is missing. */
  why: string;
  citations: Citation[];
  question?: Question;
}

function and(...xs: Tri[]): Tri {
  if (xs.some((x) => x === false)) return false;
  if (xs.some((x) => x === undefined)) return undefined;
  return true;
}

function or(...xs: Tri[]): Tri {
  if (xs.some((x) => x === true)) return true;
  if (xs.some((x) => x === undefined)) return undefined;
  return false;
}

function ruleCite(rule: FdpRule): Citation {
  return cfr(rule.citation.replace(/^15 C\.F\.R\. § /, '15 CFR '));
}

function inputMatches(ctx: ItemContext, rule: FdpRule, eccn: string, route: 'direct' | 'plant'): boolean {
  const base = splitEccn(eccn).base;
  const list = route === 'plant' ? (rule.plantInputEccns ?? rule.inputEccns) : rule.inputEccns;
  if (list) return list.includes(base);
  if (!/^\d[DE]/.test(base)) return false;
  if (rule.id === 'iran') return /^[3-9]/.test(base);
  if (rule.id === 'national_security') return /\bNS\b/.test(ctx.pack.ccl[base]?.reasonForControl ?? '');
  if (rule.id === '600_series') return /^\d[DE]6\d\d$/.test(base);
  return rule.inputAnyDorE === true;
}

/** Whether the item is a direct product (or the product of a plant that is) of the rule's US inputs. */
function inputScope(ctx: ItemContext, rule: FdpRule): Tri {
  const direct = rule.plantRouteOnly ? false : ctx.item.fdp_basis === undefined ? undefined : ctx.item.fdp_basis.some((b) => inputMatches(ctx, rule, b, 'direct'));
  const plant = ctx.item.fdp_plant_basis === undefined ? undefined : ctx.item.fdp_plant_basis.some((b) => inputMatches(ctx, rule, b, 'plant'));
  return or(direct, plant);
}

function listed(ctx: ItemContext, scopes: string[] | undefined, exclusions: string[] | undefined): Tri {
  if (!scopes) return undefined;
  const matching = scopes.filter((s) => splitEccn(s).base === ctx.base);
  if (matching.length === 0) return false;
  const excluded = (exclusions ?? []).filter((s) => splitEccn(s).base === ctx.base).map((s) => splitEccn(s).paragraph ?? '');
  const named = matching.map((s) => splitEccn(s).paragraph);
  const p = ctx.paragraph;
  const covered = named.some((n) => n === undefined || (p !== undefined && within(p, n)));
  if (!covered) return p === undefined || named.some((n) => n && within(n, p)) ? undefined : false;
  if (excluded.length === 0) return true;
  if (p === undefined) return undefined;
  if (excluded.some((x) => within(p, x))) return false;
  return excluded.some((x) => within(x, p)) ? undefined : true;
}

/** The foreign-produced item's own classification against the rule's product scope. */
function itemScope(ctx: ItemContext, rule: FdpRule): Tri {
  const base = ctx.base;
  switch (rule.id) {
    case 'national_security':
      return ctx.ear99 ? false : ctx.entry ? /\bNS\b/.test(ctx.entry.reasonForControl) : undefined;
    case '9x515':
      return /^\d[A-E]515$/.test(base);
    case '600_series':
      return /^\d[A-E]6\d\d$/.test(base) || (base === '0A919' && ctx.item.fdp_plant_basis === undefined);
    case 'russia_belarus_crimea':
    case 'iran': {
      const inCcl = rule.id === 'iran' ? !ctx.ear99 && /^[3-9]/.test(base) : !ctx.ear99;
      if (inCcl) return true;
      const supp = ctx.pack.supplements.russiaHts;
      const hts = ctx.item.hts?.slice(0, 6);
      if (hts && isAvailable(supp)) {
        if (supp.rows.supp7.includes(hts)) return true;
        // Iran reads Supp. No. 7 only; Russia also Supp. No. 6, which is not in the reference texts.
        return rule.id === 'iran' ? false : ctx.ear99 ? undefined : false;
      }
      return ctx.ear99 ? undefined : false;
    }
    default:
      if (rule.itemScopeEccns) return listed(ctx, rule.itemScopeEccns, rule.itemScopeExclusions);
      return true;
  }
}

function partyWith(hits: EffectiveHit[], footnote: number): EffectiveHit | undefined {
  return hits.find((h) => h.list === 'EL' && !h.possible && !h.uncertainStart && h.footnotes.includes(footnote));
}

function declared(ctx: ItemContext, category: string): boolean {
  return ctx.tx.end_use_categories?.includes(category as never) === true || ctx.fact(`end_use:${category}`) === true;
}

/** The destination, end-user or end-use scope; `how` says what met it. */
function reachScope(ctx: ItemContext, rule: FdpRule, hits: EffectiveHit[]): { met: Tri; how: string } {
  const g = ctx.dest.groups;
  const inGroups = (list: string[]) => list.some((x) => g.has(x));
  const knowledge = (id: string) => ctx.fact(`${rule.citation.replace(/^15 C\.F\.R\. § /, '')}:knowledge`) ?? ctx.fact(id);
  switch (rule.id) {
    case 'national_security':
      return { met: inGroups(['D:1', 'E:1', 'E:2']), how: `destination ${ctx.dest.rowCode} ${inGroups(['D:1', 'E:1', 'E:2']) ? 'is' : 'is not'} in Country Group D:1, E:1 or E:2` };
    case '9x515':
      return { met: inGroups(['D:5', 'E:1', 'E:2']), how: `destination in Country Group D:5, E:1 or E:2: ${inGroups(['D:5', 'E:1', 'E:2'])}` };
    case '600_series':
      return { met: inGroups(['D:1', 'D:3', 'D:4', 'D:5', 'E:1', 'E:2']), how: `destination in Country Group D:1, D:3, D:4, D:5, E:1 or E:2: ${inGroups(['D:1', 'D:3', 'D:4', 'D:5', 'E:1', 'E:2'])}` };
    case 'entity_list_fn1': {
      const p = partyWith(hits, 1);
      if (p && (p.fdpScope !== 'narrow' || ctx.item.fdp_party_design === true)) return { met: true, how: `${p.name} (footnote 1${p.fdpScope === 'narrow' ? ', May 2020 form: item produced from its design' : ''}) is a party` };
      if (p) return { met: false, how: `${p.name} carries footnote 1 in its May 2020 form, which reaches only items produced from its designs` };
      return { met: knowledge('734.9(e)(1)(ii)(A)') === true, how: 'no footnote 1 Entity List party; no knowledge of incorporation stated' };
    }
    case 'entity_list_fn4': {
      const p = partyWith(hits, 4);
      return p ? { met: true, how: `${p.name} (footnote 4) is a party` } : { met: knowledge('734.9(e)(2)(ii)(A)') === true, how: 'no footnote 4 Entity List party' };
    }
    case 'entity_list_fn5_advanced_node': {
      const p = partyWith(hits, 5);
      if (p) return { met: true, how: `${p.name} (footnote 5) is a party` };
      const fab = declared(ctx, 'advanced_node_ic') && (ctx.dest.rowCode === 'MO' || g.has('D:5'));
      return { met: fab || knowledge('734.9(e)(3)(ii)(A)') === true, how: fab ? 'an advanced-node IC facility in Macau or D:5 is the end use' : 'no footnote 5 party or advanced-node facility in Macau or D:5' };
    }
    case 'russia_belarus_crimea': {
      const met = ['RU', 'BY'].includes(ctx.dest.rowCode) || ['UA-43', 'UA-40'].includes(ctx.dest.code);
      return { met: met || knowledge('734.9(f)(2)') === true, how: `destined to Russia, Belarus or Crimea: ${met}` };
    }
    case 'russia_belarus_meu': {
      const p = partyWith(hits, 3);
      return p ? { met: true, how: `${p.name} (footnote 3) is a party` } : { met: knowledge('734.9(g)(2)(i)') === true, how: 'no footnote 3 Entity List party' };
    }
    case 'supercomputer': {
      const met = declared(ctx, 'supercomputer') && (ctx.dest.rowCode === 'CN' || ctx.dest.rowCode === 'MO');
      return { met: met || knowledge('734.9(i)(2)') === true, how: met ? 'supercomputer end use in the PRC or Macau' : 'no supercomputer end use in the PRC or Macau declared' };
    }
    case 'iran': {
      const met = ctx.dest.rowCode === 'IR';
      return { met: met || knowledge('734.9(j)(3)') === true, how: met ? 'destined to Iran' : 'not destined to Iran; no Government of Iran party stated' };
    }
    case 'sme': {
      const met = ctx.dest.rowCode === 'MO' || g.has('D:5');
      return { met, how: `destined to Macau or Country Group D:5: ${met}` };
    }
    default: {
      const reach = rule.reach as { type?: string };
      if (reach.type === 'worldwide') return { met: true, how: 'destined anywhere (the rule reaches every destination)' };
      return { met: undefined, how: `reach of ${rule.paragraph} not modelled` };
    }
  }
}

function inputList(rule: FdpRule): string {
  if (rule.inputEccns) return rule.inputEccns.join(', ');
  if (rule.id === 'iran') return 'any product group D or E ECCN of Categories 3-9';
  if (rule.id === 'national_security') return 'NS-controlled technology or software requiring a written assurance';
  if (rule.id === '600_series') return 'any "600 series" technology or software';
  return 'any product group D or E ECCN';
}

/** A paragraph added, or widened, after `as_of`: not in force then, or only over the categories it had. */
function notYet(ctx: ItemContext, rule: FdpRule): string | undefined {
  const fact = ctx.pack.datedFacts.find((f) => f.kind === 'fdp_paragraph' && f.fdpRule === rule.id);
  if (!fact || ctx.asOf >= fact.from) return undefined;
  if (!fact.categoriesBefore) return `${rule.paragraph} took effect ${fact.from} (${fact.citation}); not in force on ${ctx.asOf}`;
  const inCategories = (e: string) => fact.categoriesBefore!.includes(e.slice(0, 1));
  const bases = [...(ctx.item.fdp_basis ?? []), ...(ctx.item.fdp_plant_basis ?? [])];
  if (!ctx.ear99 && !inCategories(ctx.base)) return `before ${fact.from} (${fact.citation}) ${rule.paragraph} reached Categories ${fact.categoriesBefore.join(', ')} only, not ${ctx.base}`;
  if (bases.length > 0 && !bases.some(inCategories)) return `before ${fact.from} (${fact.citation}) ${rule.paragraph} reached software and technology of Categories ${fact.categoriesBefore.join(', ')} only`;
  return undefined;
}

export function evaluateFdp(ctx: ItemContext, hits: EffectiveHit[]): FdpResult[] {
  return ctx.pack.fdpRules.map((rule): FdpResult => {
    const citations = [ruleCite(rule)];
    const id = rule.citation.replace(/^15 C\.F\.R\. § /, '');
    const before = notYet(ctx, rule);
    if (before) return { rule, status: 'not_met', why: before, citations };
    const answered = ctx.fact(id);
    const item = itemScope(ctx, rule);
    const reach = reachScope(ctx, rule, hits);
    if (answered !== undefined) return { rule, status: answered ? 'met' : 'not_met', why: `answered in facts: ${id} = ${answered}`, citations };
    if (item === false) return { rule, status: 'not_met', why: `${ctx.base}${ctx.paragraph ? `.${ctx.paragraph}` : ''} is outside its product scope`, citations };
    if (reach.met === false) return { rule, status: 'not_met', why: reach.how, citations };
    const input = inputScope(ctx, rule);
    const all = and(item, reach.met, input);
    if (all === true) return { rule, status: 'met', why: `direct product of ${inputList(rule)}; ${reach.how}`, citations };
    if (all === false) return { rule, status: 'not_met', why: `not a direct product (nor the product of a plant that is one) of ${inputList(rule)}`, citations };
    const missing = input === undefined ? `whether the item is a direct product of ${inputList(rule)} (items[].fdp_basis), or of a plant that is (items[].fdp_plant_basis)` : item === undefined ? `whether the item is within ${rule.paragraph}'s product scope` : reach.how;
    return {
      rule,
      status: 'open',
      why: `${rule.name} could apply (${reach.how}); not stated: ${missing}`,
      citations,
      question: question(id, rule.citation, `Is the item subject to the EAR under ${rule.name} (${id})? State items[].fdp_basis and items[].fdp_plant_basis, or answer facts["${id}"]`, citations),
    };
  });
}
