import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Dates of the Federal Register rules in the regulation text folder, read from their own words
 * ("This rule is effective September 12, 2025"; a denial order's "shall remain in effect until March
 * 10, 2026") with the pages they occupy (their "printed page" marks). A list entry that cites a page of
 * one of them takes that rule's dates: the Consolidated Screening List gives no listing dates itself.
 *
 * The volume is the year the rule was printed (volume N is the year 1935 + N). A document number's year
 * is the year it was numbered, which for a rule filed in the first days of January is often the year
 * before (FR Doc. 2024-31468, "Filed 1-3-25", is 90 FR 560): the filing line decides.
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

const MONTH = /(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2})[,.] (\d{4})/;

/**
 * How rules state their effective date, strongest first: the DATES sentence ("This rule is effective
 * on January 23, 2024", "This final rule is effective: April 25, 2025", "This correction is effective
 * ..."), then a DATES paragraph that is only "Effective July 25, 2024." Dates inside other sentences
 * ("Effective December 2, 2024, BIS expanded ...", "Effective September 16, 2024, amend § 746.8") are
 * history or staged instructions, not the rule's own date.
 */
const EFFECTIVE_PATTERNS = [
  new RegExp(`This (?:(?:interim )?final )?(?:rule|correction|action) is effective(?: on)?:?\\s+${MONTH.source}`),
  new RegExp(`Effective [Dd]ate:?(?: This (?:(?:interim )?final )?rule is effective(?: on)?)?:?\\s+${MONTH.source}`),
  new RegExp(`^Effective:?\\s+${MONTH.source}\\.?$`),
];

const UNTIL = new RegExp(`(?:shall remain in effect(?: until)?|from the date of this Order until)\\s+${MONTH.source}`);

/** "[ FR Doc. 2024-31468 Filed 1-3-25; 8:45 am]": the filing date's year. */
const FILED = /FR Doc\. ([\w-]+) Filed (\d{1,2})-(\d{1,2})-(\d{2})\b/;

function iso(m: RegExpExecArray | null): string | undefined {
  if (!m) return undefined;
  const d = new Date(`${m[1]} ${m[2]}, ${m[3]} UTC`);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString().slice(0, 10);
}

interface DocDates {
  pages: number[];
  /** Best effective date found so far, with the rank of the pattern that found it. */
  effective?: { date: string; rank: number };
  until?: string;
  filed?: { year: number; month: number; day: number };
}

/** Reads one paragraph's dates into its document's record. */
export function readParagraph(document: string, text: string, d: DocDates): void {
  for (const m of text.matchAll(/printed page (\d+)/g)) d.pages.push(Number(m[1]));
  EFFECTIVE_PATTERNS.forEach((re, rank) => {
    if (d.effective && d.effective.rank <= rank) return;
    const date = iso(re.exec(text));
    if (date) d.effective = { date, rank };
  });
  d.until ??= iso(UNTIL.exec(text));
  const f = FILED.exec(text);
  if (f && f[1] === document) d.filed = { month: Number(f[2]), day: Number(f[3]), year: 2000 + Number(f[4]) };
}

/**
 * The volume a document was printed in: its filing year (a rule is printed a day or two after it is
 * filed; one filed in the last days of December and printed on low pages went to the next year's
 * volume), else the year of its number.
 */
export function volumeOf(document: string, d: DocDates): number | undefined {
  const numbered = Number(/^(\d{4})-/.exec(document)?.[1]);
  let year = d.filed?.year ?? numbered;
  if (!Number.isFinite(year)) return undefined;
  const firstPage = d.pages.length > 0 ? Math.min(...d.pages) : undefined;
  if (d.filed && d.filed.month === 12 && d.filed.day >= 27 && firstPage !== undefined && firstPage < 2000) year += 1;
  return year - 1935;
}

export function buildFrIndex(textDir: string | undefined): FrRuleDates[] {
  const path = textDir ? join(textDir, 'federal-register-paragraphs-2023-2026.jsonl') : undefined;
  if (!path || !existsSync(path)) return [];
  const docs = new Map<string, DocDates>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const p = JSON.parse(line) as { document_number: string; text: string };
    const d = docs.get(p.document_number) ?? { pages: [] };
    readParagraph(p.document_number, p.text, d);
    docs.set(p.document_number, d);
  }
  const out: FrRuleDates[] = [];
  for (const [document, d] of docs) {
    const volume = volumeOf(document, d);
    if (d.pages.length === 0 || volume === undefined || (!d.effective && !d.until)) continue;
    const rule: FrRuleDates = { document, volume, firstPage: Math.min(...d.pages) - 1, lastPage: Math.max(...d.pages) };
    if (d.effective) rule.effective = d.effective.date;
    if (d.until) rule.until = d.until;
    out.push(rule);
  }
  return out.sort((a, b) => a.volume - b.volume || a.firstPage - b.firstPage);
}
