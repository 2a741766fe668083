import type { Citation } from '../decision.js';
import type { ItemContext } from '../item-context.js';
import { cfr, type Finding } from '../item-state.js';
import { isAvailable } from '../supplements.js';
import { within } from '../scope.js';
import { notYetAdded } from '../dated-facts.js';
import { CRIME_CONTROL_EXEMPT } from '../knowledge/sta-exclusions.js';

/**
 * § 740.2: restrictions on all license exceptions. Each bar names the exceptions it still allows
 * (`allowed`) or the ones it removes (`denied`); an exception is offered only when every bar allows it.
 */

export interface Bar {
  ref: string;
  text: string;
  allowed?: string[];
  denied?: string[];
}

const is600 = (eccn: string) => /^\d[A-E]6\d\d$/.test(eccn);
const is9x515 = (eccn: string) => /^\d[A-E]515$/.test(eccn);

/** ECCNs of § 740.2(a)(9)(i) (semiconductor manufacturing items to Macau or D:5), with paragraphs where limited. */
const SME_ITEMS: [string, string[]?][] = [
  ['3B001', ['a.4', 'c', 'd', 'f.1', 'f.5', 'f.6', 'k', 'l', 'm', 'n', 'p.2', 'p.4', 'r']],
  ['3B002', ['c']], ['3B993'], ['3B994'], ['3D001'], ['3D002'], ['3D003'], ['3D992'], ['3D993'], ['3D994'], ['3E001'], ['3E992'], ['3E993'], ['3E994'],
];

/** ECCNs of § 740.2(a)(9)(ii) (advanced computing items), with paragraphs where limited. */
const ADVANCED_COMPUTING: [string, string[]?][] = [
  ['3A090'], ['4A090'], ['4E091'], ['3D001'], ['3E001'], ['4D090'], ['4E001'],
  ['3A001', ['z']], ['4A003', ['z']], ['4A004', ['z']], ['4A005', ['z']], ['5A002', ['z']], ['5A004', ['z']], ['5A992', ['z']], ['5D002', ['z']], ['5D992', ['z']], ['5E002'], ['5E992'],
];

const PAKISTAN_ITEMS: [string, string[]?][] = [['1B999'], ['2A992'], ['2B999'], ['3A992'], ['3A999'], ['6A996']];

function listed(ctx: ItemContext, list: [string, string[]?][]): boolean {
  const row = list.find(([e]) => e === ctx.base);
  if (!row) return false;
  const paragraphs = row[1];
  if (!paragraphs) return true;
  // An item named only by its ECCN may be in the listed paragraphs: the bar is taken to apply.
  return ctx.paragraph === undefined || paragraphs.some((p) => within(ctx.paragraph!, p) || within(p, ctx.paragraph!));
}

export function exceptionBars(ctx: ItemContext, reqs: Finding[], mtControlled: boolean): Bar[] {
  const bars: Bar[] = [];
  const { dest, base } = ctx;
  const g = dest.groups;
  const ccReq = reqs.some((f) => f.controlReason === 'CC');
  if (ccReq) {
    const nato = ctx.pack.supplements.nato;
    const natoMember = isAvailable(nato) && nato.rows.includes(dest.rowCode);
    if (!CRIME_CONTROL_EXEMPT.includes(dest.rowCode) && !natoMember) {
      bars.push({ ref: '15 CFR 740.2(a)(4)', text: `crime control items to ${dest.rowCode} (not Australia, India, Japan, New Zealand or a NATO member${isAvailable(nato) ? '' : '; the § 772.1 NATO list is not in the pack'}): only GOV, BAG (§ 740.14(e)) or STA`, allowed: ['GOV', 'BAG', 'STA'] });
    }
  }
  if (mtControlled) {
    if (g.has('D:4') || g.has('D:5')) bars.push({ ref: '15 CFR 740.2(a)(5)(ii)', text: 'MT-controlled item to Country Group D:4 or D:5: only TMP, RPL or TSU for the listed replacement-part cases', allowed: ['TMP', 'RPL', 'TSU'] });
    else bars.push({ ref: '15 CFR 740.2(a)(5)(i)', text: 'MT-controlled item: only TMP, RPL, GOV, TSU, AVS, APR or STA (§ 740.20(c)(1)(ii))', allowed: ['TMP', 'RPL', 'GOV', 'TSU', 'STA'] });
  }
  if (/^2[ADE]98[34]$/.test(base)) bars.push({ ref: '15 CFR 740.2(a)(8)', text: `${base}: only RPL, GOV or TSU`, allowed: ['RPL', 'GOV', 'TSU'] });
  if (base === '6E001' || base === '6E002') bars.push({ ref: '15 CFR 740.2(a)(7)', text: `${base} technology for infrared focal plane arrays or image intensifier tubes: only GOV (taken to apply: the item's purpose is not stated)`, allowed: ['GOV'] });
  if ((dest.rowCode === 'MO' || g.has('D:5')) && listed(ctx, SME_ITEMS)) bars.push({ ref: '15 CFR 740.2(a)(9)(i)', text: 'semiconductor manufacturing item to Macau or Country Group D:5: only GOV', allowed: ['GOV'] });
  const d145 = (g.has('D:1') || g.has('D:4') || g.has('D:5')) && !g.has('A:5') && !g.has('A:6');
  if (d145 && listed(ctx, ADVANCED_COMPUTING)) bars.push({ ref: '15 CFR 740.2(a)(9)(ii)', text: 'advanced computing item to Country Group D:1, D:4 or D:5 (not A:5 or A:6): only TMP, NAC/ACA, RPL, GOV, TSU, HBM, AIA or ACM', allowed: ['TMP', 'RPL', 'GOV', 'TSU'] });
  if (base === '0A919') bars.push({ ref: '15 CFR 740.2(a)(11)', text: '0A919 military commodity: only GOV', allowed: ['GOV'] });
  const fromD5 = ctx.pack.countryGroups['D:5'].includes(ctx.tx.origin_country) || ctx.tx.origin_country === 'HK';
  if ((is600(base) || is9x515(base)) && (g.has('D:5') || dest.code === 'HK' || fromD5)) {
    bars.push({ ref: '15 CFR 740.2(a)(12)', text: `9x515 or "600 series" item destined to, shipped from or made in Country Group D:5 or Hong Kong: only GOV`, allowed: base === '1A613' ? ['GOV', 'TMP', 'BAG'] : ['GOV'] });
  }
  if (is600(base)) {
    if (/^9[DE]6(10|19)$/.test(base) && ctx.paragraph && /^[bc]/.test(ctx.paragraph)) bars.push({ ref: '15 CFR 740.2(a)(13)', text: `${base}.${ctx.paragraph}: only GOV`, allowed: ['GOV'] });
    bars.push({ ref: '15 CFR 740.2(a)(13)', text: '"600 series" item: only LVS, TMP, RPL, TSU, GOV, BAG or STA (§ 740.20(c)(1))', allowed: ['LVS', 'TMP', 'RPL', 'TSU', 'GOV', 'BAG', 'STA'] });
    if (mtControlled) bars.push({ ref: '15 CFR 740.2(a)(13)', text: '"600 series" item controlled for MT reasons: not STA', denied: ['STA'] });
  }
  if (/^0[A-E]521$/.test(base)) bars.push({ ref: '15 CFR 740.2(a)(14)', text: '0Y521 item: only GOV (or an item-specific exception of Supp. No. 5 to Part 774)', allowed: ['GOV'] });
  if (is9x515(base) && mtControlled) bars.push({ ref: '15 CFR 740.2(a)(18)', text: '9x515 item controlled for MT reasons: not STA', denied: ['STA'] });
  if (dest.rowCode === 'PK' && listed(ctx, PAKISTAN_ITEMS) && !notYetAdded(ctx.pack.datedFacts, ctx.asOf).has('742.6(a)(12)') && !(base === '2B999' && ctx.paragraph !== undefined && within(ctx.paragraph, 'h.2'))) {
    bars.push({ ref: '15 CFR 740.2(a)(25)', text: `${base} to Pakistan: only TMP, RPL or GOV`, allowed: ['TMP', 'RPL', 'GOV'] });
  }
  return bars;
}

/** Whether a bar lets an exception through. */
export function barAllows(bar: Bar, symbol: string): boolean {
  if (bar.allowed && !bar.allowed.includes(symbol)) return false;
  return !bar.denied?.includes(symbol);
}

export function barCitation(bar: Bar): Citation {
  return cfr(bar.ref);
}
