import type { Citation, Question } from '../decision.js';
import type { ItemContext } from '../item-context.js';
import { splitEccn } from '../transaction.js';
import { cfr } from '../item-state.js';
import type { FdpResult } from './fdp.js';

/**
 * Step 1 (Part 734): is the item subject to the EAR? Items in or from the United States are; a
 * foreign-made item is when a foreign direct product rule of § 734.9 reaches it, or when its
 * controlled US content exceeds the de minimis share (§ 734.4). It is not subject only when every
 * § 734.9 paragraph is settled against it and its content is within de minimis.
 */

export interface SubjectResult {
  subject: boolean | 'unknown';
  code: string;
  text: string;
  citations: Citation[];
  questions: Question[];
}

/** Whether a US-origin component would itself need a license to the destination. */
export type ContentNeedsLicense = (eccn: string) => boolean | 'unknown';

function is600or9x515(eccn: string): boolean {
  return /^\d[A-E]6\d\d/.test(eccn) || /^\d[A-E]515/.test(eccn);
}

interface DeMinimis {
  over: boolean | 'unknown';
  code: string;
  text: string;
  citations: Citation[];
}

function deMinimis(ctx: ItemContext, contentNeedsLicense: ContentNeedsLicense): DeMinimis {
  const { item, dest } = ctx;
  const tenPct = dest.groups.has('E:1') || dest.groups.has('E:2');
  const threshold = tenPct ? 10 : 25;
  const ruleCite = cfr(tenPct ? '15 CFR 734.4(c)' : '15 CFR 734.4(d)');
  let pct: number;
  if (item.us_content) {
    if (dest.groups.has('D:5') && item.us_content.some((c) => c.value_usd > 0 && is600or9x515(splitEccn(c.eccn).base))) {
      return { over: true, code: 'subject:de_minimis:ineligible', text: 'US-origin 9x515 or "600 series" content to Country Group D:5: there is no de minimis level', citations: [cfr('15 CFR 734.4(a)(6)')] };
    }
    let controlled = 0;
    for (const c of item.us_content) {
      const need = contentNeedsLicense(c.eccn);
      if (need === 'unknown') {
        return { over: 'unknown', code: 'subject:de_minimis:unknown_content', text: `Cannot tell whether US content ${c.eccn} is controlled for this destination`, citations: [ruleCite, cfr('15 CFR 734 Supp. No. 2')] };
      }
      if (need) controlled += c.value_usd;
    }
    pct = item.value_usd > 0 ? (controlled / item.value_usd) * 100 : controlled > 0 ? 100 : 0;
  } else if (item.us_content_pct !== undefined) {
    pct = item.us_content_pct;
  } else {
    return { over: 'unknown', code: 'subject:foreign_made:undeclared', text: 'Foreign-made item without declared US content (items[].us_content or us_content_pct)', citations: [cfr('15 CFR 734.3(a)(3)'), cfr('15 CFR 734.4')] };
  }
  const share = `${Math.round(pct * 100) / 100}%`;
  if (pct > threshold) return { over: true, code: `subject:de_minimis:over_${threshold}`, text: `Controlled US content ${share} exceeds the ${threshold}% de minimis level`, citations: [ruleCite, cfr('15 CFR 734.3(a)(3)')] };
  return { over: false, code: `not_subject:de_minimis:${threshold}`, text: `Controlled US content ${share} does not exceed the ${threshold}% de minimis level`, citations: [ruleCite] };
}

export function subjectToEar(ctx: ItemContext, fdp: FdpResult[], contentNeedsLicense: ContentNeedsLicense): SubjectResult {
  const { tx } = ctx;
  if (tx.export_type === 'export') return { subject: true, code: 'subject:in_us', text: 'Item exported from the United States', citations: [cfr('15 CFR 734.3(a)(1)')], questions: [] };
  if (tx.origin_country === 'US') return { subject: true, code: 'subject:us_origin', text: 'US-origin item, wherever located', citations: [cfr('15 CFR 734.3(a)(2)')], questions: [] };
  const met = fdp.filter((r) => r.status === 'met');
  if (met.length > 0) {
    return {
      subject: true,
      code: `subject:fdp:${met.map((r) => r.rule.id).join('+')}`,
      text: `Foreign direct product subject to the EAR: ${met.map((r) => `${r.rule.name} (${r.why})`).join('; ')}`,
      citations: met.flatMap((r) => r.citations),
      questions: [],
    };
  }
  const dm = deMinimis(ctx, contentNeedsLicense);
  if (dm.over === true) return { subject: true, code: dm.code, text: dm.text, citations: dm.citations, questions: [] };
  const open = fdp.filter((r) => r.status === 'open');
  if (dm.over === false && open.length === 0) return { subject: false, code: dm.code, text: `${dm.text}; no foreign direct product rule of § 734.9 reaches it`, citations: [...dm.citations, cfr('15 CFR 734.9')], questions: [] };
  const parts = [...(dm.over === 'unknown' ? [dm.text] : []), ...open.map((r) => r.why)];
  return {
    subject: 'unknown',
    code: open.length > 0 ? `subject:fdp:open:${open.map((r) => r.rule.paragraph).join('')}` : dm.code,
    text: parts.join('; '),
    citations: [...(dm.over === 'unknown' ? dm.citations : []), ...open.flatMap((r) => r.citations)],
    questions: open.flatMap((r) => (r.question ? [r.question] : [])),
  };
}
