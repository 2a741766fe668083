import type { CclEntry } from '../pack.js';
import type { DestinationInfo } from '../pack-index.js';
import type { ClaimedException } from '../transaction.js';
import type { Citation, Condition } from '../decision.js';
import { cfr, type Finding, type ItemState } from '../item-state.js';

/**
 * Step 4 (Part 740): can a license exception overcome every license requirement the item met?
 * § 740.2 is checked first; a Part 744 or 746 requirement admits only the exceptions its own text lists.
 */

export interface ExceptionResult {
  symbol: string;
  section: string;
  conditions: Condition[];
  citations: Citation[];
}

export interface ExceptionInput {
  entry?: CclEntry;
  base: string;
  ear99: boolean;
  dest: DestinationInfo;
  /** Value of all items of this ECCN in the shipment, for the LVS per-shipment limit. */
  shipmentValueUsd: number;
  claims: ClaimedException[];
}

const SECTIONS: Record<string, string> = {
  LVS: '15 CFR 740.3', GBS: '15 CFR 740.4', SPP: '15 CFR 740.5', TMP: '15 CFR 740.9', RPL: '15 CFR 740.10',
  GOV: '15 CFR 740.11', TSU: '15 CFR 740.13', BAG: '15 CFR 740.14', ENC: '15 CFR 740.17', STA: '15 CFR 740.20',
};

/** § 740.2(a) restrictions that close every exception for the item; returns the reason, if any. */
function restriction(inp: ExceptionInput, reqs: Finding[]): Finding | undefined {
  const r = (ref: string, text: string): Finding => ({ code: 'exception:restricted', text, citations: [cfr(ref)], exceptions: 'none' });
  if (reqs.some((f) => f.controlReason === 'MT')) return r('15 CFR 740.2(a)(5)', 'Item controlled for MT reasons: license exceptions unavailable (§ 740.2(a)(5))');
  if (inp.base === '0A919') return r('15 CFR 740.2(a)(11)', '0A919 military commodity (§ 740.2(a)(11))');
  if ((/^\d[A-E]6\d\d/.test(inp.base) || /^\d[A-E]515/.test(inp.base)) && inp.dest.groups.has('D:5')) {
    return r('15 CFR 740.2(a)(12)', '9x515 or "600 series" item to Country Group D:5 (§ 740.2(a)(12))');
  }
  if (/^0[A-E]521$/.test(inp.base)) return r('15 CFR 740.2(a)(14)', '0Y521 item: GOV or item-specific exceptions only (§ 740.2(a)(14))');
  return undefined;
}

function reasonsOf(reqs: Finding[]): Set<string> {
  return new Set(reqs.map((f) => f.controlReason ?? 'OTHER'));
}

function lvs(inp: ExceptionInput, reqs: Finding[]): ExceptionResult | string {
  const flag = inp.entry?.lvs;
  if (!flag || flag.limitUsd === undefined) return 'LVS: not available for this ECCN';
  if (flag.qualified) return `LVS: the entry limits LVS by paragraph ("${flag.text}"); not applied automatically`;
  if (!inp.dest.groups.has('B')) return 'LVS: destination not in Country Group B';
  const blocked = [...reasonsOf(reqs)].filter((r) => flag.notForReasons.includes(r as never));
  if (blocked.length) return `LVS: N/A for ${blocked.join(', ')}`;
  if (inp.shipmentValueUsd > flag.limitUsd) return `LVS: shipment value $${inp.shipmentValueUsd} exceeds the $${flag.limitUsd} limit`;
  return {
    symbol: 'LVS',
    section: SECTIONS.LVS ?? '',
    conditions: [{ code: 'lvs_limit', text: `Net value of ${inp.base} in this shipment ($${inp.shipmentValueUsd}) within the LVS limit of $${flag.limitUsd}; § 740.3 terms apply` }],
    citations: [cfr('15 CFR 740.3'), { kind: 'data', ref: `ECCN ${inp.base} LVS: ${flag.text}` }],
  };
}

function gbs(inp: ExceptionInput, reqs: Finding[]): ExceptionResult | string {
  if (inp.entry?.gbs !== 'yes') return inp.entry?.gbs === 'partial' ? `GBS: limited by paragraph ("${inp.entry.gbsText}")` : 'GBS: not available for this ECCN';
  if (!inp.dest.groups.has('B')) return 'GBS: destination not in Country Group B';
  const reasons = reasonsOf(reqs);
  if ([...reasons].some((r) => r !== 'NS')) return 'GBS: overcomes national security requirements only';
  return { symbol: 'GBS', section: SECTIONS.GBS ?? '', conditions: [], citations: [cfr('15 CFR 740.4'), { kind: 'data', ref: `ECCN ${inp.base} GBS: Yes` }] };
}

const STA_A5_REASONS = new Set(['NS', 'CB', 'NP', 'RS', 'CC', 'SL']);

function sta(inp: ExceptionInput, reqs: Finding[]): ExceptionResult | string {
  if (!inp.entry) return 'STA: no CCL entry';
  if (inp.entry.sta) return `STA: the entry restricts STA ("${inp.entry.sta.slice(0, 160)}"); not applied automatically`;
  const reasons = [...reasonsOf(reqs)];
  const a5 = inp.dest.groups.has('A:5');
  const a6 = inp.dest.groups.has('A:6');
  if (!a5 && !a6) return 'STA: destination not in Country Group A:5 or A:6';
  if (a5 && !reasons.every((r) => STA_A5_REASONS.has(r))) return 'STA: a reason for control outside § 740.20(c)(1)';
  if (!a5 && !reasons.every((r) => r === 'NS')) return 'STA: only national security requirements to A:6 (§ 740.20(c)(2))';
  return {
    symbol: 'STA',
    section: SECTIONS.STA ?? '',
    conditions: [
      { code: 'sta_consignee_statement', text: 'Obtain the prior consignee statement (§ 740.20(d)(2))' },
      { code: 'sta_eccn_notice', text: 'Give the consignee the ECCN and the STA notice (§ 740.20(d)(1))' },
    ],
    citations: [cfr(a5 ? '15 CFR 740.20(c)(1)' : '15 CFR 740.20(c)(2)')],
  };
}

/** Exceptions whose terms depend on facts the exporter asserts (temporary export, replacement, ...). */
function claimed(symbol: ClaimedException, inp: ExceptionInput, reqs: Finding[]): ExceptionResult | string {
  const section = SECTIONS[symbol] ?? '';
  if (inp.dest.groups.has('E:1') && symbol !== 'GOV') return `${symbol}: not available to Country Group E:1 in this engine`;
  const reasons = reasonsOf(reqs);
  if (symbol === 'ENC') {
    if (!inp.entry?.exceptionFlags.ENC) return 'ENC: the ECCN does not list ENC';
    if ([...reasons].some((r) => r !== 'EI' && r !== 'NS')) return 'ENC: overcomes EI and NS requirements of Category 5 Part 2 items only';
  }
  if (symbol === 'TSU' && !/^\d[A-E]\d{3}$/.test(inp.base)) return 'TSU: software or technology only';
  if (symbol === 'TSU' && !/^\d[DE]/.test(inp.base)) return 'TSU: software or technology only';
  return {
    symbol,
    section,
    conditions: [{ code: `claimed_${symbol.toLowerCase()}`, text: `The terms and conditions of ${section} must be met (asserted by the exporter, not verified by the engine)` }],
    citations: [cfr(section)],
  };
}

export function licenseException(state: ItemState, inp: ExceptionInput): ExceptionResult | undefined {
  const reqs = state.requirements;
  if (reqs.length === 0) return undefined;
  const notes = (text: string, cites: Citation[] = []) => state.notes.push({ code: 'exception:not_available', text, citations: cites, exceptions: 'none' });
  const block = state.exceptionBlocks[0];
  if (block) {
    notes(`No license exception: ${block.text}`, block.citations);
    return undefined;
  }
  if (reqs.some((f) => f.exceptions === 'none')) {
    notes('No license exception: a requirement that admits none applies');
    return undefined;
  }
  let only: Set<string> | undefined;
  for (const f of reqs) {
    if (typeof f.exceptions === 'object') {
      const s = new Set(f.exceptions.only);
      only = only ? new Set([...only].filter((x) => s.has(x))) : s;
    }
  }
  const cclReqs = reqs.filter((f) => f.exceptions === 'ccl');
  if (cclReqs.length > 0) {
    const r = restriction(inp, cclReqs);
    if (r) {
      notes(r.text, r.citations);
      return undefined;
    }
  }
  const allowed = (s: string) => !only || only.has(s);
  if (allowed('SPP') && only?.has('SPP') && inp.ear99 && cclReqs.length === 0) {
    return { symbol: 'SPP', section: SECTIONS.SPP ?? '', conditions: [{ code: 'spp_terms', text: 'Terms of § 740.5 and the restrictions of § 740.2 apply' }], citations: [cfr('15 CFR 740.5')] };
  }
  const tries: (() => ExceptionResult | string)[] = [];
  if (cclReqs.length === reqs.length) tries.push(() => lvs(inp, cclReqs), () => gbs(inp, cclReqs), () => sta(inp, cclReqs));
  for (const c of inp.claims) if (allowed(c)) tries.push(() => claimed(c, inp, reqs));
  for (const t of tries) {
    const r = t();
    if (typeof r !== 'string') return r;
    notes(r);
  }
  return undefined;
}
