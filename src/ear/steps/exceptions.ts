import type { ClaimedException } from '../transaction.js';
import type { Citation, Condition } from '../decision.js';
import type { ItemContext } from '../item-context.js';
import { cfr, check, type Finding, type ItemState } from '../item-state.js';
import { within } from '../scope.js';
import { isAvailable } from '../supplements.js';
import { barAllows, barCitation, exceptionBars } from './exception-bars.js';
import { GBS_EXCLUDED, STA_A5_REASONS, STA_EXCLUDED_REASONS, STA_EXCLUSIONS } from '../knowledge/sta-exclusions.js';
import { approvalOf, GOVERNMENT_AGENCY_FACT } from '../uae-approved.js';
import { destinationsAllow } from '../exception-destinations.js';
import type { LvsRule } from '../exception-flags.js';

/**
 * Step 4 (Part 740): can one license exception overcome every license requirement the item met?
 * The § 740.2 restrictions are checked first and hold for every exception; a Part 744 or 746
 * requirement admits only the exceptions its own text lists; then LVS, GBS and STA are read against
 * the item's paragraph, and the exceptions the exporter claims against their terms.
 */

export interface ExceptionResult {
  symbol: string;
  section: string;
  conditions: Condition[];
  citations: Citation[];
}

export interface ExceptionInput {
  /** Value of all items of this ECCN in the shipment, for the LVS per-shipment limit. */
  shipmentValueUsd: number;
  claims: ClaimedException[];
  /** The item is controlled for MT reasons (whatever the destination). */
  mtControlled: boolean;
}

const SECTIONS: Record<string, string> = {
  LVS: '15 CFR 740.3', GBS: '15 CFR 740.4', SPP: '15 CFR 740.5', TMP: '15 CFR 740.9', RPL: '15 CFR 740.10',
  GOV: '15 CFR 740.11', TSU: '15 CFR 740.13', BAG: '15 CFR 740.14', ENC: '15 CFR 740.17', STA: '15 CFR 740.20',
};

function reasonsOf(reqs: Finding[]): Set<string> {
  return new Set(reqs.map((f) => f.controlReason ?? 'OTHER'));
}

function lvs(ctx: ItemContext, inp: ExceptionInput, reqs: Finding[]): ExceptionResult | string {
  const rule = ctx.entry?.lvs;
  if (!rule || rule.limits.length === 0) return 'LVS: N/A for this ECCN';
  if (rule.qualified) return `LVS: the entry limits LVS in words the engine cannot place ("${rule.text}")`;
  if (!ctx.dest.groups.has('B')) return `LVS: ${ctx.dest.rowCode} is not in Country Group B`;
  const blocked = [...reasonsOf(reqs)].filter((r) => rule.notForReasons.includes(r as never));
  if (blocked.length) return `LVS: N/A for ${blocked.join(', ')}`;
  if (rule.notForReasons.includes('MT') && inp.mtControlled) return 'LVS: N/A for MT-controlled items';
  const p = ctx.paragraph;
  if (rule.notFor.length > 0) {
    if (p === undefined) return `LVS: N/A for ${rule.notFor.join(', ')}; the item's paragraph is not given`;
    if (rule.notFor.some((n) => within(p, n))) return `LVS: N/A for ${ctx.base}.${p}`;
    if (rule.notFor.some((n) => within(n, p))) return `LVS: N/A for part of ${ctx.base}.${p}`;
  }
  // A value limited to some destinations ("... if the ultimate destination is Canada") is no value elsewhere;
  // a paragraph a limit names takes only the limits that name it, never the entry's general one.
  const here = (l: LvsRule['limits'][number]) => !l.destinations || destinationsAllow(l.destinations, ctx.dest);
  const specific = rule.limits.filter((l) => l.paragraphs);
  const general = rule.limits.filter((l) => !l.paragraphs);
  let candidates: LvsRule['limits'];
  if (specific.length > 0) {
    if (p === undefined) return `LVS: the limit depends on the paragraph ("${rule.text}")`;
    const naming = specific.filter((l) => l.paragraphs!.some((x) => within(p, x)));
    candidates = naming.length > 0 ? naming : specific.some((l) => l.paragraphs!.some((x) => within(x, p))) ? [] : general;
  } else candidates = general;
  const limit = candidates.find(here)?.usd;
  if (limit === undefined) {
    const elsewhere = candidates.find((l) => l.destinations && !here(l))?.destinations;
    return `LVS: no limit for ${ctx.base}${p ? `.${p}` : ''} to ${ctx.dest.rowCode}${elsewhere ? ` (its value holds only ${elsewhere.text})` : ''} ("${rule.text}")`;
  }
  if (inp.shipmentValueUsd > limit) return `LVS: shipment value $${inp.shipmentValueUsd} of ${ctx.base} exceeds the $${limit} limit`;
  return {
    symbol: 'LVS',
    section: SECTIONS.LVS!,
    conditions: [{ code: 'lvs_limit', text: `Net value of ${ctx.base} in this shipment ($${inp.shipmentValueUsd}) within the LVS limit of $${limit}; § 740.3 terms apply (annual limit: 12 times the LVS value per consignee)` }],
    citations: [cfr('15 CFR 740.3'), { kind: 'data', ref: `ECCN ${ctx.base} LVS: ${rule.text}` }],
  };
}

function gbs(ctx: ItemContext, inp: ExceptionInput, reqs: Finding[]): ExceptionResult | string {
  const rule = ctx.entry?.gbs;
  if (!rule || rule.kind === 'none') return 'GBS: N/A for this ECCN';
  if (rule.qualified) return `GBS: the entry limits GBS in words the engine cannot place ("${rule.text}")`;
  if (!ctx.dest.groups.has('B') || GBS_EXCLUDED.includes(ctx.dest.rowCode)) return `GBS: ${ctx.dest.rowCode} is not a GBS destination (Country Group B except Sudan and Ukraine)`;
  if ([...reasonsOf(reqs)].some((r) => r !== 'NS')) return 'GBS: overcomes national security requirements only';
  if (rule.notForReasons.includes('MT') && inp.mtControlled) return 'GBS: N/A for MT-controlled items';
  const p = ctx.paragraph;
  if (rule.kind === 'some' && !(p !== undefined && rule.only.some((o) => within(p, o)))) return `GBS: only for ${rule.only.join(', ')}${p === undefined ? '; the item\'s paragraph is not given' : ''}`;
  if (rule.except.length > 0 && (p === undefined || rule.except.some((e) => within(p, e) || within(e, p)))) return `GBS: not for ${rule.except.join(', ')}${p === undefined ? '; the item\'s paragraph is not given' : ''}`;
  return { symbol: 'GBS', section: SECTIONS.GBS!, conditions: [], citations: [cfr('15 CFR 740.4'), { kind: 'data', ref: `ECCN ${ctx.base} GBS: ${rule.text}` }] };
}

function staExcluded(ctx: ItemContext): string | undefined {
  for (const x of STA_EXCLUSIONS) {
    if (x.eccn !== ctx.base) continue;
    if (x.groups && !x.groups.some((g) => ctx.dest.groups.has(g))) continue;
    const p = ctx.paragraph;
    if (x.paragraphs && p !== undefined && !x.paragraphs.some((q) => within(p, q) || within(q, p))) continue;
    return `STA: ${ctx.base}${p ? `.${p}` : ''} is excluded (${x.ref}${x.conditional ? '; taken to apply, as it depends on what the item is for' : ''})`;
  }
  return undefined;
}

/** § 740.2(a)(26): to the UAE only when the ultimate consignee and every end user are approved in Supp. No. 8 to Part 740. */
function uaeApproved(ctx: ItemContext): string | undefined {
  if (ctx.dest.rowCode !== 'AE') return undefined;
  const table = ctx.pack.supplements.uaeApproved;
  const parties = ctx.tx.parties.filter((p) => p.role === 'consignee' || p.role === 'end_user');
  if (!isAvailable(table)) return `STA: the UAE requires approved parties (§ 740.2(a)(26)); ${table.unavailable}`;
  if (parties.length === 0) return 'STA: to the UAE only for approved consignees and end users (§ 740.2(a)(26)); none is named';
  const not = parties.filter((p) => !approvalOf(table.rows, p, ctx.asOf, 'sta', ctx.fact(GOVERNMENT_AGENCY_FACT)));
  return not.length ? `STA: ${not.map((p) => p.name).join(', ')} ${not.length === 1 ? 'is' : 'are'} not an approved STA entity in Supp. No. 8 to Part 740 (§ 740.2(a)(26); a UAE government agency is, from the date of Supp. No. 8(a): state it in facts["${GOVERNMENT_AGENCY_FACT}"])` : undefined;
}

function sta(ctx: ItemContext, inp: ExceptionInput, reqs: Finding[]): ExceptionResult | string {
  if (!ctx.entry) return 'STA: no CCL entry';
  const reasons = [...reasonsOf(reqs)];
  const bad = reasons.filter((r) => STA_EXCLUDED_REASONS.includes(r));
  if (bad.length || inp.mtControlled) return `STA: not for items controlled for ${bad.length ? bad.join(', ') : 'MT'} reasons (§ 740.20(b)(2)(iii))`;
  const excluded = staExcluded(ctx);
  if (excluded) return excluded;
  if (/^\d[A-E]6\d\d$/.test(ctx.base)) return 'STA: "600 series" items need the end-user conditions of § 740.20(b)(3)(ii), which the transaction does not state';
  const uae = uaeApproved(ctx);
  if (uae) return uae;
  const a5 = ctx.dest.groups.has('A:5');
  const a6 = ctx.dest.groups.has('A:6');
  const rule = ctx.entry.sta;
  if (rule?.qualified) return `STA: the entry restricts STA in words the engine cannot place ("${rule.text.slice(0, 160)}")`;
  const barred = (route: 'c1' | 'c2') =>
    rule?.bars.some((b) => b.routes.includes(route) && (b.paragraphs.length === 0 || ctx.paragraph === undefined || b.paragraphs.some((p) => within(ctx.paragraph!, p) || within(p, ctx.paragraph!))));
  // § 740.20(c)(2): only items the ECCN's STA paragraph does not name (an item of unknown paragraph may be one it names).
  const designated = () =>
    rule?.bars.some((b) => b.paragraphs.length === 0 || ctx.paragraph === undefined || b.paragraphs.some((p) => within(ctx.paragraph!, p) || within(p, ctx.paragraph!))) ?? false;
  let route: 'c1' | 'c2' | undefined;
  if (a5 && reasons.every((r) => STA_A5_REASONS.includes(r))) route = barred('c1') ? undefined : 'c1';
  else if (a6 && reasons.every((r) => r === 'NS') && !designated()) route = barred('c2') ? undefined : 'c2';
  if (!route) {
    if (!a5 && !a6) return `STA: ${ctx.dest.rowCode} is not in Country Group A:5 or A:6`;
    return `STA: not available for ${ctx.base} to ${ctx.dest.rowCode} (${a5 ? 'A:5 route' : 'A:6 route: national security requirements only, and items the ECCN\'s STA paragraph does not name'}${rule ? `; ECCN STA paragraph: "${rule.text.slice(0, 120)}"` : ''})`;
  }
  return {
    symbol: 'STA',
    section: SECTIONS.STA!,
    conditions: [
      { code: 'sta_consignee_statement', text: 'Obtain the prior consignee statement before shipping (§ 740.20(d)(2))' },
      { code: 'sta_eccn_notice', text: 'Give the consignee the ECCN of each item (§ 740.20(d)(1))' },
      { code: 'sta_shipment_notice', text: 'Notify the consignee in writing that the shipment is made under STA (§ 740.20(d)(3))' },
    ],
    citations: [cfr(route === 'c1' ? '15 CFR 740.20(c)(1)' : '15 CFR 740.20(c)(2)'), cfr('15 CFR 740.20(b)')],
  };
}

/** Exceptions whose terms depend on facts the exporter asserts (temporary export, replacement, ...). */
function claimed(ctx: ItemContext, symbol: ClaimedException, reqs: Finding[]): ExceptionResult | string {
  const section = SECTIONS[symbol] ?? '';
  if (ctx.dest.groups.has('E:1') && symbol !== 'GOV') return `${symbol}: not available to Country Group E:1 in this engine`;
  const reasons = reasonsOf(reqs);
  if (symbol === 'ENC') {
    if (!ctx.entry?.exceptionFlags.ENC) return 'ENC: the ECCN does not list ENC';
    if ([...reasons].some((r) => r !== 'EI' && r !== 'NS')) return 'ENC: overcomes EI and NS requirements of Category 5 Part 2 items only';
  }
  if (symbol === 'TSU' && !/^\d[DE]\d{3}$/.test(ctx.base)) return 'TSU: software or technology only';
  return {
    symbol,
    section,
    conditions: [{ code: `claimed_${symbol.toLowerCase()}`, text: `The terms and conditions of ${section} must be met (asserted by the exporter, not verified by the engine)` }],
    citations: [cfr(section)],
  };
}

/** § 740.2(a)(19): to Hong Kong, NS, MT, NP 1 or CB items go under an exception only with the Hong Kong import license or statement. */
function withHongKongDocuments(ctx: ItemContext, reqs: Finding[], r: ExceptionResult): ExceptionResult {
  if (ctx.dest.code !== 'HK' || !reqs.some((f) => ['NS', 'MT', 'NP', 'CB'].includes(f.controlReason ?? ''))) return r;
  return {
    ...r,
    conditions: [...r.conditions, { code: 'hk_import_license', text: 'Obtain a copy of the Hong Kong import license, or the Hong Kong Government statement that none is required, before exporting (§ 740.2(a)(19))' }],
    citations: [...r.citations, cfr('15 CFR 740.2(a)(19)')],
  };
}

export function licenseException(ctx: ItemContext, state: ItemState, inp: ExceptionInput): ExceptionResult | undefined {
  const reqs = state.requirements;
  if (reqs.length === 0) return undefined;
  const notAvailable = (text: string, cites: Citation[] = []) => check(state, 'exception:not_available', text, cites);
  const block = state.exceptionBlocks[0];
  if (block) {
    notAvailable(`No license exception: ${block.text}`, block.citations);
    return undefined;
  }
  if (reqs.some((f) => f.exceptions === 'none')) {
    notAvailable(`No license exception: ${reqs.filter((f) => f.exceptions === 'none').map((f) => f.code).join(', ')} admits none`);
    return undefined;
  }
  let only: Set<string> | undefined;
  for (const f of reqs) {
    if (typeof f.exceptions === 'object') {
      const s = new Set(f.exceptions.only);
      only = only ? new Set([...only].filter((x) => s.has(x))) : s;
    }
  }
  const bars = exceptionBars(ctx, reqs, inp.mtControlled);
  for (const b of bars) notAvailable(`§ 740.2 restriction: ${b.text}`, [barCitation(b)]);
  const allowed = (s: string) => (!only || only.has(s)) && bars.every((b) => barAllows(b, s));
  const cclReqs = reqs.filter((f) => f.exceptions === 'ccl');
  if (only?.has('SPP') && ctx.ear99 && cclReqs.length === 0 && allowed('SPP')) {
    return { symbol: 'SPP', section: SECTIONS.SPP!, conditions: [{ code: 'spp_terms', text: 'Terms of § 740.5 and the restrictions of § 740.2 apply; not for transactions that need a license under Part 744' }], citations: [cfr('15 CFR 740.5')] };
  }
  const tries: [string, () => ExceptionResult | string][] = [];
  if (cclReqs.length === reqs.length) tries.push(['LVS', () => lvs(ctx, inp, cclReqs)], ['GBS', () => gbs(ctx, inp, cclReqs)], ['STA', () => sta(ctx, inp, cclReqs)]);
  for (const c of inp.claims) tries.push([c, () => claimed(ctx, c, reqs)]);
  for (const [symbol, t] of tries) {
    if (!allowed(symbol)) {
      notAvailable(`${symbol}: not allowed by ${only && !only.has(symbol) ? 'the requirement (only ' + [...only].join(', ') + ')' : 'the § 740.2 restrictions above'}`);
      continue;
    }
    const r = t();
    if (typeof r !== 'string') return withHongKongDocuments(ctx, reqs, r);
    notAvailable(r, [cfr(SECTIONS[symbol] ?? '15 CFR 740')]);
  }
  return undefined;
}
