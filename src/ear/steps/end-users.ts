import type { Citation } from '../decision.js';
import type { ItemContext } from '../item-context.js';
import { cfr, check, type Finding, type ItemState } from '../item-state.js';
import { question } from '../questions.js';
import { isAvailable } from '../supplements.js';
import type { EffectiveHit } from './screen-parties.js';
import { meuItemMatch, resolvedMeuMatch } from './meu-items.js';
import { carveOutReach, entityListCoverage, type CarveOut } from '../entity-list-scope.js';

/**
 * Step 3b: what each listed party means for the item. One reason per list and party, naming the
 * listed entry that matched; a possible match or a listing whose start cannot be placed before or
 * after `as_of` holds the item at `indeterminate` instead.
 */

export { screenParties, type ScreenParty, type EffectiveHit } from './screen-parties.js';

function frCites(hit: EffectiveHit): Citation[] {
  const fr = hit.legal?.federalRegister;
  const list = Array.isArray(fr) ? fr : fr ? [fr] : [];
  const out: Citation[] = [{ kind: 'list', ref: `${hit.list} ${hit.entityId}: ${hit.name}` }];
  for (const f of list) out.push({ kind: 'fr', ref: f });
  if (hit.fact && !list.includes(hit.fact.citation)) out.push({ kind: 'fr', ref: hit.fact.citation, note: hit.fact.verification });
  return out;
}

function who(hit: EffectiveHit): string {
  const more = hit.alsoMatched > 0 ? ` (and ${hit.alsoMatched} other ${hit.list} entr${hit.alsoMatched === 1 ? 'y' : 'ies'})` : '';
  return `${hit.partyName} (${hit.role}) matches ${hit.name} on ${hit.list}${more}`;
}

/** The Entity List requirement applies to the item: a requirement that blocks every exception but GOV where the entry allows it. */
function entityListApplies(state: ItemState, finding: Finding, hit: EffectiveHit): void {
  state.requirements.push(finding);
  if (finding.exceptions === 'none') state.exceptionBlocks.push({ code: 'entity_list', text: `Entity List (${hit.name}): no license exceptions`, citations: [cfr('15 CFR 744.11(a)')], exceptions: 'none' });
}

/** "For items on the CCL and EAR99 items listed in supplement no. 7 to part 746": EAR99 items by their HTS-6 code. */
function cclAndSupp7(ctx: ItemContext, hit: EffectiveHit, finding: Finding, state: ItemState): void {
  if (!ctx.ear99) return entityListApplies(state, { ...finding, text: `${finding.text}; ${ctx.base} is on the CCL` }, hit);
  const supp = ctx.pack.supplements.russiaHts;
  const cites = [...finding.citations, cfr('15 CFR 746 Supp. No. 7')];
  if (!isAvailable(supp)) {
    state.unresolved.push({ ...finding, text: `${finding.text}; whether this EAR99 item is listed in Supp. No. 7 to Part 746 cannot be read: ${supp.unavailable}`, citations: cites });
    return;
  }
  const hts = ctx.item.hts;
  if (!hts) {
    const q = question('746.8:hts', '15 CFR 746 Supp. No. 7', "Give the item's HTS code (items[].hts) so Supp. No. 7 to Part 746 can be read against it", cites);
    state.unresolved.push({ ...finding, text: `${finding.text}; an EAR99 item is covered when Supp. No. 7 to Part 746 lists its HTS-6 code, and the item gives none`, citations: cites, question: q });
    return;
  }
  const six = hts.slice(0, 6);
  if (supp.rows.supp7.includes(six)) entityListApplies(state, { ...finding, text: `${finding.text}; HTS ${six} is listed in Supp. No. 7 to Part 746`, citations: [...cites, { kind: 'data', ref: `${supp.citation}: HTS-6 ${six}` }] }, hit);
  else check(state, 'entity_list', `${finding.text}; this EAR99 item (HTS ${six}) is not listed in Supp. No. 7 to Part 746`, cites);
}

/** "All items subject to the EAR except ...": the requirement stands unless a carve-out reaches the item. */
function carvedOut(ctx: ItemContext, hit: EffectiveHit, carveOuts: CarveOut[], finding: Finding, state: ItemState): void {
  const reaches = carveOuts.map((c) => ({ c, r: carveOutReach(c, { base: ctx.base, hts: ctx.item.hts }) }));
  const yes = reaches.find((x) => x.r.reach === 'yes');
  if (yes && yes.r.reach === 'yes') return check(state, 'entity_list', `${finding.text}; the entry's carve-out "${yes.c.text}" covers this item: ${yes.r.why}`, finding.citations);
  const open = reaches.filter((x) => x.r.reach === 'maybe');
  const outside = reaches.flatMap((x) => (x.r.reach === 'no' ? [`"${x.c.text.slice(0, 160)}" does not reach it: ${x.r.why}`] : []));
  if (open.length === 0) return entityListApplies(state, { ...finding, text: `${finding.text}; the carve-out${reaches.length > 1 ? 's' : ''} ${outside.join('; ')}` }, hit);
  const carve = open.map((x) => x.c.text).join('; or ');
  const q = question(`entity_list:${hit.entityId}:carve_out`, `Entity List entry ${hit.name}`, `Is the item within the entry's carve-out: "${carve}"? (true: the Entity List requirement does not apply)`, finding.citations);
  const a = ctx.fact(q.id);
  if (a === true) return check(state, 'entity_list', `${finding.text}; the transaction answers ${q.id} = true: the item is within the carve-out "${carve}"`, finding.citations);
  const why = a === false ? `the transaction answers ${q.id} = false` : `the requirement stands unless the item is within it, which the transaction does not state`;
  entityListApplies(state, { ...finding, text: `${finding.text}; carve-out "${carve}": ${why}`, ...(a === undefined ? { question: q } : {}) }, hit);
}

function entityList(ctx: ItemContext, hit: EffectiveHit, state: ItemState): void {
  const cites = [...frCites(hit), cfr('15 CFR 744.11(a)')];
  const req = hit.legal?.licenseRequirement;
  const policy = hit.legal?.licensePolicy ? `; review policy: ${hit.legal.licensePolicy}` : '';
  const gov = /may be overcome by License Exception GOV/i.test(req ?? '');
  const base = `${who(hit)}: license requirement "${req ?? 'not stated (taken as all items subject to the EAR)'}"${policy}; ${gov ? 'only License Exception GOV' : 'no license exceptions'}`;
  const coverage = entityListCoverage(req);
  const finding: Finding = { code: 'entity_list', text: base, citations: cites, exceptions: gov ? { only: ['GOV'] } : 'none' };
  if (coverage.kind === 'all') {
    if (coverage.carveOuts.length === 0) entityListApplies(state, finding, hit);
    else carvedOut(ctx, hit, coverage.carveOuts, finding, state);
  } else if (coverage.kind === 'ccl_only') {
    if (ctx.ear99) check(state, 'entity_list', `${who(hit)}: its license requirement covers items on the CCL only ("${req}"), not EAR99`, cites);
    else entityListApplies(state, finding, hit);
  } else if (coverage.kind === 'ccl_and_supp7') {
    cclAndSupp7(ctx, hit, finding, state);
  } else if (coverage.kind === 'conditional') {
    const q = question(`entity_list:${hit.entityId}`, `Entity List entry ${hit.name}`, `Is the item for use in ${coverage.condition.replace(/^used in /, '')}? (true: the Entity List requirement applies)`, cites);
    const a = ctx.fact(q.id);
    if (a === true) entityListApplies(state, finding, hit);
    else if (a === false) check(state, 'entity_list', `${who(hit)}: the requirement covers items ${coverage.condition}, and the transaction answers ${q.id} = false`, cites);
    else state.unresolved.push({ ...finding, text: `${base}; it applies only to items ${coverage.condition}`, question: q, exceptions: 'none' });
  } else {
    state.unresolved.push({ ...finding, text: `${base}; the engine cannot tell whether it covers this item`, exceptions: 'none' });
  }
}

function militaryEndUser(ctx: ItemContext, hit: EffectiveHit, state: ItemState): void {
  const cites = [...frCites(hit), cfr('15 CFR 744.21(b)(1)(ii)'), cfr('15 CFR 744 Supp. No. 7', 'MEU List')];
  const req = hit.legal?.licenseRequirement ?? '';
  // Burmese, Cambodian, Chinese, Nicaraguan or Venezuelan military end users: items in Supp. No. 2 to Part 744.
  if (req && !/supplement no\. ?2 to part 744/i.test(req)) {
    state.requirements.push({ code: 'meu', text: `${who(hit)}: license requirement "${req}"`, citations: cites, exceptions: { only: ['GOV'] } });
    return;
  }
  if (ctx.ear99) return check(state, 'meu', `${who(hit)}: the MEU requirement covers items in Supp. No. 2 to Part 744; EAR99 is not among them`, cites);
  const items = ctx.pack.supplements.meuItems;
  if (!isAvailable(items)) {
    state.unresolved.push({ code: 'meu:supp2_unavailable', text: `${who(hit)}: whether ${ctx.base} is in Supp. No. 2 to Part 744 cannot be read: ${items.unavailable}`, citations: cites, exceptions: 'none' });
    return;
  }
  const m = resolvedMeuMatch(ctx, meuItemMatch(items.rows, ctx.base, ctx.paragraph));
  const supp = { kind: 'cfr' as const, ref: '15 CFR 744 Supp. No. 2', note: m.line?.text };
  if (m.kind === 'listed') state.requirements.push({ code: 'meu', text: `${who(hit)}, and ${ctx.base} is in Supp. No. 2 to Part 744: a license is required`, citations: [...cites, supp], exceptions: { only: ['GOV'] } });
  else if (m.kind === 'not_listed') check(state, 'meu', `${who(hit)}, but ${m.why}`, cites);
  else state.unresolved.push({ code: 'meu:supp2_partial', text: `${who(hit)}; Supp. No. 2 to Part 744 lists ${ctx.base} only in part ("${m.line?.text}"), and the item does not settle it`, citations: [...cites, supp], exceptions: 'none', question: m.question });
}

export function applyEndUsers(ctx: ItemContext, hits: EffectiveHit[], state: ItemState): void {
  for (const hit of hits) {
    const cites = frCites(hit);
    if (hit.possible) {
      state.unresolved.push({ code: `party:possible_match:${hit.list}`, text: `${hit.partyName} (${hit.role}) may be ${hit.name} on ${hit.list} (score ${hit.score.toFixed(2)}); review the match`, citations: cites, exceptions: 'none' });
      continue;
    }
    if (hit.uncertainStart && (hit.list === 'EL' || hit.list === 'DPL' || hit.list === 'MEU' || hit.list === 'UVL')) {
      state.unresolved.push({ code: `party:listing_date:${hit.list}`, text: `${who(hit)}, but ${hit.uncertainStart}`, citations: cites, exceptions: 'none' });
      continue;
    }
    switch (hit.list) {
      case 'EL':
        entityList(ctx, hit, state);
        break;
      case 'DPL':
        state.prohibitions.push({
          code: 'denied_party',
          text: `${who(hit)}: a denial order is in force${hit.legal?.expiryDate ? ` until ${hit.legal.expiryDate}` : ''}; no one may take part in the transaction`,
          citations: [...cites, cfr('15 CFR 764.3(a)(2)'), cfr('15 CFR 736.2(b)(4)', 'General Prohibition Four')],
          exceptions: 'none',
        });
        break;
      case 'UVL':
        state.exceptionBlocks.push({ code: 'uvl', text: `${who(hit)}: no license exceptions (§ 740.2(a)(17))`, citations: [...cites, cfr('15 CFR 744.15(a)(1)'), cfr('15 CFR 740.2(a)(17)')], exceptions: 'none' });
        state.conditions.push({ code: 'uvl_statement', text: `Before exporting without a license, obtain the UVL statement from ${hit.partyName} required by 15 CFR 744.15(b)` });
        break;
      case 'MEU':
        militaryEndUser(ctx, hit, state);
        break;
      case 'SDN':
        // OFAC, not the EAR: blocked persons may not be dealt with by US persons. Reported as a prohibition
        // so the transaction stops, with the citation making clear which regime decides.
        state.prohibitions.push({
          code: 'ofac_sdn',
          text: `${who(hit)}: dealings are prohibited under OFAC sanctions, not the EAR`,
          citations: [...cites, { kind: 'ofac', ref: '31 CFR 501 (blocked persons; program regulations in 31 CFR chapter V)' }, cfr('15 CFR 744.8')],
          exceptions: 'none',
        });
        break;
      default:
        check(state, `list:${hit.list}`, `${who(hit)}: the EAR attaches no license requirement to the ${hit.list} list; set aside (review under the listing agency's rules)`, cites);
    }
  }
}
