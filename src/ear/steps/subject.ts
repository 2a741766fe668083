import type { RulesPack } from '../pack.js';
import type { DestinationInfo } from '../pack-index.js';
import type { Transaction, TxItem } from '../transaction.js';
import type { Citation } from '../decision.js';
import type { EffectiveHit } from './end-users.js';
import { splitEccn } from '../transaction.js';
import { cfr } from '../item-state.js';

/**
 * Step 1 (Part 734): is the item subject to the EAR? Items in or from the United States are; a
 * foreign-made item is when its controlled US content exceeds the de minimis share (§ 734.4) or when
 * it is a foreign direct product caught by a rule of § 734.9.
 */

export interface SubjectResult {
  subject: boolean | 'unknown';
  code: string;
  text: string;
  citations: Citation[];
}

/** Evaluates whether a US-origin component would itself need a license to the destination. */
export type ContentNeedsLicense = (eccn: string) => boolean | 'unknown';

function is600or9x515(eccn: string): boolean {
  return /^\d[A-E]6\d\d/.test(eccn) || /^\d[A-E]515/.test(eccn);
}

function fdp(item: TxItem, pack: RulesPack, dest: DestinationInfo, hits: EffectiveHit[]): SubjectResult | undefined {
  const basis = item.fdp_basis ?? [];
  if (basis.length === 0) return undefined;
  const bases = basis.map((b) => splitEccn(b).base);
  const fn1 = hits.find((h) => h.list === 'EL' && h.footnote === 1 && !h.possible);
  const rule = (id: string) => pack.fdpRules.find((r) => r.id === id);
  if (fn1) {
    const r = rule('entity_list_fn1');
    const inScope = r?.inputEccns ? bases.some((b) => r.inputEccns?.includes(b)) : false;
    const narrowOk = fn1.fdpScope !== 'narrow' || item.fdp_party_design === true;
    if (r && inScope && narrowOk) {
      const cites: Citation[] = [cfr(r.citation.replace(/^15 C\.F\.R\. § /, '15 CFR ')), { kind: 'list', ref: `EL ${fn1.entityId}: ${fn1.name} (footnote 1)` }];
      if (fn1.fact) cites.push({ kind: 'fr', ref: fn1.fact.citation });
      return { subject: true, code: 'subject:fdp:entity_list_fn1', text: `Foreign direct product of ${bases.join(', ')} with a footnote 1 Entity List party (${fn1.name})`, citations: cites };
    }
  }
  if (dest.rowCode === 'RU' || dest.rowCode === 'BY') {
    if (bases.some((b) => pack.ccl[b])) {
      return { subject: true, code: 'subject:fdp:russia_belarus', text: 'Foreign direct product of CCL software/technology destined to Russia or Belarus', citations: [cfr('15 CFR 734.9(f)')] };
    }
  }
  if (dest.rowCode === 'IR' && bases.some((b) => /^[3-9]/.test(b))) {
    return { subject: true, code: 'subject:fdp:iran', text: 'Foreign direct product of Category 3-9 software/technology destined to Iran', citations: [cfr('15 CFR 734.9(j)')] };
  }
  if (dest.groups.has('D:1') || dest.groups.has('E:1') || dest.groups.has('E:2')) {
    const ns = (e: string) => pack.ccl[e]?.requirements.some((q) => q.reason === 'NS') ?? false;
    const itemBase = splitEccn(item.eccn).base;
    if (bases.some(ns) && ns(itemBase)) {
      return { subject: true, code: 'subject:fdp:national_security', text: 'NS-controlled foreign direct product of NS-controlled US technology to Country Group D:1, E:1 or E:2', citations: [cfr('15 CFR 734.9(b)')] };
    }
  }
  return undefined;
}

export function subjectToEar(
  item: TxItem,
  tx: Transaction,
  pack: RulesPack,
  dest: DestinationInfo,
  hits: EffectiveHit[],
  contentNeedsLicense: ContentNeedsLicense,
): SubjectResult {
  if (tx.export_type === 'export') {
    return { subject: true, code: 'subject:in_us', text: 'Item exported from the United States', citations: [cfr('15 CFR 734.3(a)(1)')] };
  }
  if (tx.origin_country === 'US') {
    return { subject: true, code: 'subject:us_origin', text: 'US-origin item, wherever located', citations: [cfr('15 CFR 734.3(a)(2)')] };
  }
  const direct = fdp(item, pack, dest, hits);
  if (direct) return direct;
  const tenPct = dest.groups.has('E:1') || dest.groups.has('E:2');
  const threshold = tenPct ? 10 : 25;
  const ruleCite = cfr(tenPct ? '15 CFR 734.4(c)' : '15 CFR 734.4(d)');
  let pct: number;
  if (item.us_content) {
    if (dest.groups.has('D:5') && item.us_content.some((c) => c.value_usd > 0 && is600or9x515(splitEccn(c.eccn).base))) {
      return { subject: true, code: 'subject:de_minimis:ineligible', text: 'US-origin 9x515 or "600 series" content to Country Group D:5: no de minimis level', citations: [cfr('15 CFR 734.4(a)(6)')] };
    }
    let controlled = 0;
    for (const c of item.us_content) {
      const need = contentNeedsLicense(c.eccn);
      if (need === 'unknown') {
        return { subject: 'unknown', code: 'subject:de_minimis:unknown_content', text: `Cannot tell whether US content ${c.eccn} is controlled for this destination`, citations: [ruleCite, cfr('15 CFR 734 Supp. 2')] };
      }
      if (need) controlled += c.value_usd;
    }
    pct = item.value_usd > 0 ? (controlled / item.value_usd) * 100 : controlled > 0 ? 100 : 0;
  } else if (item.us_content_pct !== undefined) {
    pct = item.us_content_pct;
  } else {
    return {
      subject: 'unknown',
      code: 'subject:foreign_made:undeclared',
      text: 'Foreign-made item without declared US content or direct-product basis',
      citations: [cfr('15 CFR 734.3(a)(3)'), cfr('15 CFR 734.4')],
    };
  }
  const share = `${Math.round(pct * 100) / 100}%`;
  if (pct > threshold) {
    return { subject: true, code: `subject:de_minimis:over_${threshold}`, text: `Controlled US content ${share} exceeds the ${threshold}% de minimis level`, citations: [ruleCite, cfr('15 CFR 734.3(a)(3)')] };
  }
  return { subject: false, code: `not_subject:de_minimis:${threshold}`, text: `Controlled US content ${share} does not exceed the ${threshold}% de minimis level`, citations: [ruleCite] };
}
