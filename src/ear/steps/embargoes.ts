import type { ItemContext } from '../item-context.js';
import type { Citation } from '../decision.js';
import { cfr, check, type ItemState } from '../item-state.js';
import { inForce } from '../dated-facts.js';
import { isAvailable } from '../supplements.js';
import { IRAQ_REASONS } from '../regulation-facts.js';
import { scopeMatch } from '../scope.js';
import { question } from '../questions.js';

/**
 * Step 2c: Part 746. These requirements stand on their own: an embargoed Country Chart row is empty
 * because Part 746 governs it, never because no license is needed. Each sanctioned destination admits
 * only the license exceptions its section lists.
 */

function foodMedicine(ctx: ItemContext): boolean {
  return ctx.ear99 && ctx.item.food_or_medicine === true;
}

function coveredRegion(ctx: ItemContext, state: ItemState): void {
  const region = ctx.dest.coveredRegion ?? '';
  if (foodMedicine(ctx)) return check(state, 'embargo:UA-covered-region', `${region}: EAR99 food and medicine are excluded (§ 746.6(a))`, [cfr('15 CFR 746.6(a)')]);
  state.requirements.push({
    code: 'embargo:UA-covered-region',
    text: `${region}: a license is required for all items subject to the EAR other than EAR99 food and medicine (and certain personal-communications software)`,
    citations: [cfr('15 CFR 746.6(a)(1)(i)'), cfr('15 CFR 746.6(a)(2)')],
    exceptions: { only: ['GOV', 'TSU', 'BAG'] },
  });
}

function cuba(ctx: ItemContext, state: ItemState): void {
  state.requirements.push({
    code: 'embargo:CU',
    text: 'Cuba: a license is required for all items subject to the EAR; only the exceptions listed in § 746.2(a)(1) may apply',
    citations: [cfr('15 CFR 746.2(a)'), { kind: 'chart', ref: 'CU row: see part 746' }],
    exceptions: { only: ['TSU', 'RPL', 'BAG', 'GOV'] },
  });
  void ctx;
}

function iran(ctx: ItemContext, state: ItemState): void {
  if (ctx.ear99) {
    const hts = ctx.item.hts;
    const supp = ctx.pack.supplements.russiaHts;
    const supp7 = hts && isAvailable(supp) && supp.rows.supp7.includes(hts.slice(0, 6));
    state.requirements.push({
      code: 'embargo:IR',
      text: `Iran: OFAC authorization is required to export US goods to Iran (ITSR); an OFAC authorization is also the EAR authorization${supp7 ? `; HTS ${hts} is in Supp. No. 7 to Part 746 and also needs a BIS license` : '; items in Supp. No. 7 to Part 746 also need a BIS license'}`,
      citations: [cfr('15 CFR 746.7(a)(2)'), cfr('15 CFR 746.7(a)(1)(ii)'), cfr('15 CFR 746.7(e)'), { kind: 'ofac', ref: '31 CFR 560.204' }],
      exceptions: 'none',
    });
    return;
  }
  state.requirements.push({
    code: 'embargo:IR',
    text: 'Iran: a license is required for any item on the CCL; no license exceptions (§ 746.7(c))',
    citations: [cfr('15 CFR 746.7(a)(1)(i)'), cfr('15 CFR 746.7(c)'), { kind: 'chart', ref: 'IR row: see part 746' }],
    exceptions: 'none',
  });
}

function northKorea(ctx: ItemContext, state: ItemState): void {
  if (foodMedicine(ctx)) return check(state, 'embargo:KP', 'North Korea: EAR99 food and medicine are excluded (§ 746.4(a))', [cfr('15 CFR 746.4(a)')]);
  state.requirements.push({
    code: 'embargo:KP',
    text: 'North Korea: a license is required for all items subject to the EAR except EAR99 food and medicine',
    citations: [cfr('15 CFR 746.4(a)'), cfr('15 CFR 742.19'), { kind: 'chart', ref: 'KP row: see 742.19 and 746.4' }],
    exceptions: { only: ['GOV', 'TSU', 'BAG'] },
  });
}

function syria(ctx: ItemContext, state: ItemState): void {
  if (foodMedicine(ctx)) return check(state, 'embargo:SY', 'Syria: EAR99 food and medicine are excluded (§ 746.9(a))', [cfr('15 CFR 746.9(a)')]);
  const sppFact = ctx.pack.datedFacts.find((f) => f.id === 'syria-spp-2025');
  const spp = ctx.ear99 && sppFact !== undefined && inForce(sppFact, ctx.asOf);
  const citations: Citation[] = [cfr('15 CFR 746.9(a)'), { kind: 'chart', ref: 'SY row: see 746.9' }];
  if (spp && sppFact) citations.push({ kind: 'fr', ref: sppFact.citation, note: `License Exception SPP from ${sppFact.from}; ${sppFact.verification}` });
  state.requirements.push({
    code: 'embargo:SY',
    text: `Syria: a license is required for all items subject to the EAR except EAR99 food and medicine${spp ? '; EAR99 items may go under License Exception SPP (§ 740.5)' : ''}`,
    citations,
    exceptions: spp ? { only: ['SPP', 'RPL', 'GOV', 'TSU', 'BAG'] } : { only: ['RPL', 'GOV', 'TSU', 'BAG'] },
  });
}

/** § 746.3: Iraq. CCL items controlled for the listed reasons need a license whatever the chart shows. */
function iraq(ctx: ItemContext, state: ItemState): void {
  const entry = ctx.entry;
  if (!entry) return check(state, 'embargo:IQ', 'Iraq (§ 746.3(a)(1)-(3)): reaches CCL items only; EAR99 is subject only to the end-use rule of § 746.3(a)(4)', [cfr('15 CFR 746.3(a)')]);
  const reasons = new Set<string>();
  for (const req of entry.requirements) {
    if (!IRAQ_REASONS.includes(req.reason) && req.reason !== 'UN') continue;
    if (scopeMatch(req.scope, ctx.paragraph, ctx.dest.name).kind === 'does_not_apply') continue;
    reasons.add(req.reason);
  }
  if (reasons.size === 0) return check(state, 'embargo:IQ', `Iraq (§ 746.3(a)(1)-(2)): ${entry.eccn} is not controlled for ${IRAQ_REASONS.join(', ')} or UN reasons for this item`, [cfr('15 CFR 746.3(a)(1)')]);
  state.requirements.push({
    code: 'embargo:IQ',
    text: `Iraq: a license is required for CCL items controlled for ${[...reasons].join(', ')} reasons (§ 746.3(a)(1)-(2))`,
    citations: [cfr(reasons.has('UN') && reasons.size === 1 ? '15 CFR 746.3(a)(2)' : '15 CFR 746.3(a)(1)')],
    exceptions: { only: ['TMP', 'RPL', 'GOV', 'TSU', 'BAG', 'ENC'] },
  });
}

/** § 746.8: Russia and Belarus. Any ECCN; EAR99 items by the HTS-listed supplements. */
function russiaBelarus(ctx: ItemContext, state: ItemState): void {
  const code = ctx.dest.rowCode;
  const name = code === 'RU' ? 'Russia' : 'Belarus';
  const only = { only: ['GOV', 'BAG'] };
  if (!ctx.ear99) {
    state.requirements.push({ code: `embargo:${code}`, text: `${name}: a license is required for any item specified in an ECCN on the CCL`, citations: [cfr('15 CFR 746.8(a)(1)')], exceptions: only });
    return;
  }
  const supp = ctx.pack.supplements.russiaHts;
  const hts = ctx.item.hts;
  if (hts && isAvailable(supp)) {
    const six = hts.slice(0, 6);
    const listed: [string, string][] = [];
    if (supp.rows.supp4.includes(six)) listed.push(['Supp. No. 4 to Part 746 (industrial goods)', '15 CFR 746.8(a)(5)']);
    if (supp.rows.supp5.includes(six)) listed.push(['Supp. No. 5 to Part 746 (luxury goods)', '15 CFR 746.8(a)(7)']);
    for (const [what, ref] of listed) state.requirements.push({ code: `embargo:${code}:hts`, text: `${name}: HTS ${six} is listed in ${what}`, citations: [cfr(ref), { kind: 'data', ref: `${supp.citation}: HTS-6 ${six}` }], exceptions: only });
    if (supp.rows.supp2.includes(six)) {
      const q = question('746.8(a)(4):oil_gas', '15 CFR 746.8(a)(4)', `Do you know that the item will not be used in exploration for, or production of, oil or gas in Russian deepwater, Arctic offshore or shale projects? (true: you know it will not)`, [cfr('15 CFR 746.8(a)(4)')]);
      const a = ctx.fact(q.id);
      if (a !== true) state.requirements.push({ code: `embargo:${code}:oil_gas`, text: `${name}: HTS ${six} is in Supp. No. 2 to Part 746; a license is required when the item is for Russian deepwater, Arctic offshore or shale oil or gas projects, or you are unable to determine that it is not`, citations: [cfr('15 CFR 746.8(a)(4)(i)'), { kind: 'data', ref: `${supp.citation}: HTS-6 ${six}` }], exceptions: only });
    }
    if (listed.length > 0) return;
    const supp6 = ctx.pack.supplements.russiaSupp6;
    if (!isAvailable(supp6)) {
      state.unresolved.push({ code: `embargo:${code}:ear99`, text: `${name}: HTS ${six} is not in Supps. No. 2, 4 or 5 to Part 746; Supp. No. 6 (§ 746.8(a)(6)) and the EAR99 software of § 746.8(a)(8) remain: ${supp6.unavailable}`, citations: [cfr('15 CFR 746.8(a)(6)'), cfr('15 CFR 746.8(a)(8)')], exceptions: 'none' });
    }
    return;
  }
  state.unresolved.push({
    code: `embargo:${code}:ear99`,
    text: `${name}: EAR99 items need a license when listed (by HTS-6) in Supp. Nos. 2, 4, 5 or 6 to Part 746, or when they are the business software of § 746.8(a)(8); ${hts ? 'the HTS-listed supplements are not in the rules pack' : 'the item gives no HTS code'}`,
    citations: [cfr('15 CFR 746.8(a)(4)-(8)')],
    exceptions: 'none',
    question: question(`746.8:hts`, '15 CFR 746.8(a)(4)-(8)', 'Give the item\'s HTS code (items[].hts) so the Part 746 supplements can be read against it', [cfr('15 CFR 746.8(a)')]),
  });
}

/** Sections that reach only exports and reexports, not transfers (in-country). */
const EXPORT_ONLY = new Set(['CU', 'IR', 'KP', 'SY']);

export function embargoes(ctx: ItemContext, state: ItemState): void {
  if (ctx.dest.coveredRegion) return coveredRegion(ctx, state);
  if (ctx.tx.export_type === 'transfer' && EXPORT_ONLY.has(ctx.dest.rowCode)) {
    return check(state, `embargo:${ctx.dest.rowCode}`, `The Part 746 section for ${ctx.dest.name} governs exports and reexports; this is a transfer (in-country)`, [cfr('15 CFR 746.1')]);
  }
  switch (ctx.dest.rowCode) {
    case 'CU':
      return cuba(ctx, state);
    case 'IR':
      return iran(ctx, state);
    case 'KP':
      return northKorea(ctx, state);
    case 'SY':
      return syria(ctx, state);
    case 'IQ':
      return iraq(ctx, state);
    case 'RU':
    case 'BY':
      return russiaBelarus(ctx, state);
    default:
      check(state, 'embargo', `${ctx.dest.rowCode} is not a Part 746 embargoed or sanctioned destination (Cuba, Iran, North Korea, Syria, Iraq, Russia, Belarus, the covered regions of Ukraine)`, [cfr('15 CFR 746.1')]);
  }
}
