import type { Column, Scope } from './pack.js';
import { toColumn } from './build-chart.js';
import { earCountryIso2 } from './country-names.js';
import { parseScope } from './scope.js';

/**
 * The footnotes of Supp. No. 1 to Part 738 read as rules. Each footnote is recognised by what its
 * text says, not by its number, and modelled with the ECCNs and paragraphs it names; a footnote the
 * reader does not recognise is kept as `unmodelled`, and items bound for a destination that carries it
 * become `indeterminate` naming it.
 */

/** An ECCN a footnote names, with the part of it the footnote covers. */
export interface FootnoteItem {
  eccn: string;
  scope: Scope;
  /** The footnote's words for this ECCN. */
  text: string;
}

interface Base {
  number: number;
  text: string;
  citation: string;
}

export type FootnoteRule = Base &
  (
    | { kind: 'items_required'; items: FootnoteItem[] }
    | { kind: 'column_still_required'; column: Column; destinations: string[]; items: FootnoteItem[] }
    | { kind: 'reexport_0a919'; section: string }
    | { kind: 'cameras'; sections: string[]; items: FootnoteItem[] }
    | { kind: 'territory'; target: string; territory: string }
    | { kind: 'russia_industry'; eccns: string[]; supp2: boolean; sections: string[] }
    | { kind: 'pointer'; sections: string[] }
    | { kind: 'unmodelled' }
  );

/** "0A501 (except for 0A501.y), 0A502 for shotguns ..., 0A504.i, 0A505.a and .x, 0A506": one item per ECCN. */
export function parseFootnoteItems(list: string): FootnoteItem[] {
  const segments = list
    .replace(/\s+/g, ' ')
    .replace(/\.$/, '')
    .split(/(?:,|;)\s*(?:and\s+)?(?=\d[A-E]\d{3}\b)/);
  const items: FootnoteItem[] = [];
  for (const raw of segments) {
    const seg = raw.trim();
    const m = /^(\d[A-E]\d{3})(.*)$/.exec(seg);
    if (!m?.[1]) continue;
    const eccn = m[1];
    const rest = (m[2] ?? '').trim();
    let control: string;
    if (!rest) control = 'XX applies to entire entry';
    else if (/^\(except/i.test(rest)) control = `XX applies to entire entry except ${rest.replace(/^\(except(?: for)?\s*/i, '').replace(/\)$/, '')}`;
    else if (/^\./.test(rest)) control = `XX applies to ${eccn}${rest}`;
    else control = `XX applies to ${rest}`;
    items.push({ eccn, scope: parseScope(control, eccn), text: seg });
  }
  return items;
}

function sectionsIn(text: string): string[] {
  return [...new Set([...text.matchAll(/§ (7\d\d\.\d+(?:\([a-z0-9]+\))*)/g)].map((m) => m[1] ?? ''))].filter(Boolean);
}

/** Reads one footnote; `number` and `text` as the chart gives them. */
export function readFootnote(number: number, rawText: string): FootnoteRule {
  const text = rawText.replace(/\s+/g, ' ').replace(/ \.([a-z])/g, ' .$1').replace(/and\.([a-z])/g, 'and .$1').trim();
  const base = { number, text, citation: `15 CFR 738 Supp. No. 1, footnote ${number}` };
  let m = /^A license is required to these destinations for items in the following ECCNs: (.+)$/i.exec(text);
  if (m?.[1]) return { ...base, kind: 'items_required', items: parseFootnoteItems(m[1]) };
  m = /a license is still required for items controlled under ECCNs? (.+?) for ([A-Z]{2}) column (\d) reasons when destined to ([A-Z][A-Za-z ,]+?)\.?$/i.exec(text);
  if (m?.[1] && m[2] && m[3] && m[4]) {
    const column = toColumn(`${m[2]}${m[3]}`);
    const destinations = m[4].split(/,\s*|\s+or\s+|\s+and\s+/).map((d) => earCountryIso2(d.trim()) ?? '');
    if (column && destinations.every(Boolean)) {
      return { ...base, kind: 'column_still_required', column, destinations, items: parseFootnoteItems(m[1].replace(/\s+and\s+(?=\d[A-E]\d{3})/g, ', ')) };
    }
  }
  if (/§ 742\.6\(a\)\(3\)/.test(text) && /0A919/.test(text)) return { ...base, kind: 'reexport_0a919', section: '15 CFR 742.6(a)(3)' };
  if (/thermal imaging cameras/i.test(text)) {
    return { ...base, kind: 'cameras', sections: sectionsIn(text).map((s) => `15 CFR ${s}`), items: parseFootnoteItems('6A003.b.4.b') };
  }
  m = /^Refer to ([A-Z][a-z]+) for licensing requirements for ([A-Z][a-z]+) under the EAR\.?$/.exec(text);
  if (m?.[1] && m[2]) {
    const target = earCountryIso2(m[1]);
    const territory = earCountryIso2(m[2]);
    if (target && territory) return { ...base, kind: 'territory', target, territory };
  }
  m = /Russian Industry Sector Sanctions for ECCNs (.+?) and items identified in supplement no\. 2 to part 746/i.exec(text);
  if (m?.[1]) {
    const eccns = [...m[1].matchAll(/\d[A-E]\d{3}/g)].map((x) => x[0]);
    return { ...base, kind: 'russia_industry', eccns, supp2: true, sections: sectionsIn(text).map((s) => `15 CFR ${s}`) };
  }
  if (/^See § 746\.1\(b\)/.test(text) || /^See § 746\.6 of the EAR for additional license requirements/.test(text)) {
    return { ...base, kind: 'pointer', sections: sectionsIn(text).map((s) => `15 CFR ${s}`) };
  }
  return { ...base, kind: 'unmodelled' };
}

export function readFootnotes(footnotes: Record<string, string>): Record<string, FootnoteRule> {
  const out: Record<string, FootnoteRule> = {};
  for (const [n, text] of Object.entries(footnotes)) out[n] = readFootnote(Number(n), text);
  return out;
}
