import type { Citation } from '../decision.js';
import type { ItemContext } from '../item-context.js';
import { cfr, check, type Finding, type ItemState } from '../item-state.js';
import { question } from '../questions.js';
import { isAvailable } from '../supplements.js';
import type { EffectiveHit } from './screen-parties.js';
import { meuItemMatch, resolvedMeuMatch } from './meu-items.js';

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

type Coverage = { kind: 'all' } | { kind: 'ccl_only' } | { kind: 'conditional'; condition: string } | { kind: 'unknown' };

/** What an Entity List license requirement covers, read from its column text. */
export function entityListCoverage(requirement: string | undefined): Coverage {
  if (!requirement) return { kind: 'all' };
  const t = requirement.replace(/\s+/g, ' ');
  const when = /all items subject to the EAR,? when (used in .*?)(?:\.|$)/i.exec(t);
  if (when?.[1]) return { kind: 'conditional', condition: when[1] };
  if (/\ball items subject to the EAR\b/i.test(t) && !/\b(except|other than|excluding)\b/i.test(t.replace(/\(see[^)]*\)/gi, ''))) return { kind: 'all' };
  if (/^for items on the CCL\.?$|^for all items on the CCL/i.test(t)) return { kind: 'ccl_only' };
  return { kind: 'unknown' };
}

function entityList(ctx: ItemContext, hit: EffectiveHit, state: ItemState): void {
  const cites = [...frCites(hit), cfr('15 CFR 744.11(a)')];
  const req = hit.legal?.licenseRequirement;
  const policy = hit.legal?.licensePolicy ? `; review policy: ${hit.legal.licensePolicy}` : '';
  const gov = /may be overcome by License Exception GOV/i.test(req ?? '');
  const base = `${who(hit)}: license requirement "${req ?? 'not stated (taken as all items subject to the EAR)'}"${policy}; ${gov ? 'only License Exception GOV' : 'no license exceptions'}`;
  const coverage = entityListCoverage(req);
  const finding: Finding = { code: 'entity_list', text: base, citations: cites, exceptions: gov ? { only: ['GOV'] } : 'none' };
  if (coverage.kind === 'all' || (coverage.kind === 'ccl_only' && !ctx.ear99)) {
    state.requirements.push(finding);
    state.exceptionBlocks.push({ code: 'entity_list', text: `Entity List (${hit.name}): no license exceptions`, citations: [cfr('15 CFR 744.11(a)')], exceptions: 'none' });
  } else if (coverage.kind === 'ccl_only') {
    check(state, 'entity_list', `${who(hit)}: its license requirement covers items on the CCL only ("${req}"), not EAR99`, cites);
  } else if (coverage.kind === 'conditional') {
    const q = question(`entity_list:${hit.entityId}`, `Entity List entry ${hit.name}`, `Is the item for use in ${coverage.condition.replace(/^used in /, '')}? (true: the Entity List requirement applies)`, cites);
    const a = ctx.fact(q.id);
    if (a === true) state.requirements.push(finding);
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
