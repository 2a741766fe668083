import type { LvsFlag, Reason } from './pack.js';

/**
 * Reads the License Exceptions section of an ECCN. Only the plain forms become machine-usable;
 * anything with paragraph-level carve-outs is kept as text and flagged, so the engine never offers
 * an exception the entry might not allow.
 */

const REASONS = new Set(['NS', 'MT', 'NP', 'CB', 'CC', 'RS', 'FC', 'AT', 'CW', 'EI', 'SS', 'SL', 'SI', 'UN']);

function dollars(s: string): number | undefined {
  const m = /^\$\s?([\d,]+)/.exec(s);
  if (!m?.[1]) return undefined;
  const n = Number(m[1].replace(/,/g, ''));
  return Number.isFinite(n) ? n : undefined;
}

export function parseLvs(text: string | null | undefined): LvsFlag | undefined {
  if (!text) return undefined;
  const t = text.replace(/\s+/g, ' ').trim();
  if (/^n\/a\.?$/i.test(t)) return { notForReasons: [], qualified: false, text: t };
  const limit = dollars(t);
  const notForReasons: Reason[] = [];
  let rest = t.replace(/^\$\s?[\d,]+\.?/, '');
  // "N/A for MT, NP" style carve-outs by reason are usable; strip them and see what else remains.
  rest = rest.replace(/[;,]?\s*(?:except\s+)?N\/A for ((?:[A-Z]{2}(?:,? (?:and )?|\.?$| items))+)/g, (whole, list: string) => {
    const codes = list.match(/[A-Z]{2}/g) ?? [];
    if (codes.every((c) => REASONS.has(c))) {
      notForReasons.push(...(codes as Reason[]));
      return '';
    }
    return whole;
  });
  const qualified = limit === undefined || rest.replace(/[\s.;,]/g, '').length > 0;
  const flag: LvsFlag = { notForReasons, qualified, text: t };
  if (limit !== undefined) flag.limitUsd = limit;
  return flag;
}

export function parseGbs(text: string | null | undefined): 'yes' | 'partial' | 'no' {
  if (!text) return 'no';
  const t = text.replace(/\s+/g, ' ').trim();
  if (/^yes\.?$/i.test(t)) return 'yes';
  if (/^yes\b/i.test(t)) return 'partial';
  return 'no';
}
