import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Dates of the Federal Register rules in the regulation text folder, read from their own words
 * ("This rule is effective September 12, 2025"; a denial order's "shall remain in effect until March
 * 10, 2026") with the pages they occupy (their "printed page" marks). A list entry that cites a page of
 * one of them takes that rule's dates: the Consolidated Screening List gives no listing dates itself.
 */

export interface FrRuleDates {
  document: string;
  volume: number;
  firstPage: number;
  lastPage: number;
  /** Effective date (ISO), when the rule states one. */
  effective?: string;
  /** For a denial order: the day its term ends. */
  until?: string;
}

const MONTH = /(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})/;

function iso(m: RegExpExecArray | null, offset = 0): string | undefined {
  if (!m) return undefined;
  const d = new Date(`${m[1 + offset]} ${m[2 + offset]}, ${m[3 + offset]} UTC`);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

export function buildFrIndex(textDir: string | undefined): FrRuleDates[] {
  const path = textDir ? join(textDir, 'federal-register-paragraphs-2023-2026.jsonl') : undefined;
  if (!path || !existsSync(path)) return [];
  const docs = new Map<string, { pages: number[]; effective?: string; until?: string }>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const p = JSON.parse(line) as { document_number: string; text: string };
    const d = docs.get(p.document_number) ?? { pages: [] };
    for (const m of p.text.matchAll(/printed page (\d+)/g)) d.pages.push(Number(m[1]));
    d.effective ??= iso(new RegExp(`(?:This rule is effective|Effective date:?(?: This rule is effective)?)\\s+${MONTH.source}`).exec(p.text));
    d.until ??= iso(new RegExp(`(?:shall remain in effect(?: until)?|from the date of this Order until)\\s+${MONTH.source}`).exec(p.text));
    docs.set(p.document_number, d);
  }
  const out: FrRuleDates[] = [];
  for (const [document, d] of docs) {
    const year = Number(document.slice(0, 4));
    if (d.pages.length === 0 || !Number.isFinite(year) || (!d.effective && !d.until)) continue;
    const rule: FrRuleDates = { document, volume: year - 1935, firstPage: Math.min(...d.pages) - 1, lastPage: Math.max(...d.pages) };
    if (d.effective) rule.effective = d.effective;
    if (d.until) rule.until = d.until;
    out.push(rule);
  }
  return out.sort((a, b) => a.volume - b.volume || a.firstPage - b.firstPage);
}
