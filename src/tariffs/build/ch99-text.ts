import { htsDigits } from '../hts.js';
import type { SourceFolder } from './files.js';

/**
 * Reader of the chapter 99 text (the official USITC "Chapter 99" PDF as text, 2026 Revision 6): the
 * U.S. notes to subchapter III with their product lists. Lists are laid out in columns and broken by
 * page headers; a section is cut out between two markers and its HTS numbers collected in order.
 */

export const CH99_TEXT = '2025-2026/ch99/usitc_hts_2026_rev6_chapter99_text.txt.gz';

const PAGE_FURNITURE = /Harmonized Tariff Schedule of the United States|Annotated for Statistical Reporting Purposes|U\.S\. Notes \(con\.\)|^\s*XXII\s*$|^\s*99\s*-\s*III\s*-\s*\d+\s*$/;
/** 8-digit subheadings and 10-digit statistical numbers as the notes print them. */
const CODE = /\b\d{4}\.\d{2}\.\d{2}\.\d{2}\b|\b\d{4}\.\d{2}\.\d{2}(?:\d{2})?\b/g;
/** In pure lists: headings (4 digits) and 6-digit subheadings too. */
const LIST_CODE = /(?<![\d.])\d{4}(?:\.\d{2}(?:\.\d{2}(?:\.?\d{2})?)?)?(?![\d.]*\d)/g;

export class Ch99Text {
  readonly lines: string[];

  constructor(src: SourceFolder) {
    this.lines = src.text(CH99_TEXT, 'HTSUS chapter 99 text, 2026 Revision 6 (U.S. notes, official)').split('\n').filter((l) => !PAGE_FURNITURE.test(l));
  }

  /** Text from the first line matching `start` (at or after `from`) to the line before the next matching `end`. */
  section(start: RegExp, end: RegExp, from = 0): { text: string; at: number } {
    const i = this.lines.findIndex((l, n) => n >= from && start.test(l));
    if (i < 0) throw new Error(`chapter 99 text: section ${start} not found`);
    let j = i + 1;
    while (j < this.lines.length && !end.test(this.lines[j]!)) j++;
    if (j >= this.lines.length) throw new Error(`chapter 99 text: end of section ${start} (${end}) not found`);
    return { text: this.lines.slice(i, j).join('\n'), at: i };
  }
}

/** Every 8- and 10-digit HTS number in a text, as digits, in order. */
export function codesIn(text: string): string[] {
  return [...text.matchAll(CODE)].map((m) => m[0].replace(/\./g, '')).filter((c) => !c.startsWith('99'));
}

/**
 * HTS numbers of a printed list that may include headings and 6-digit subheadings ("8471",
 * "8473.30"). Only for sections that are lists: a year in prose would read as a heading.
 */
export function listCodesIn(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split('\n')) {
    // A list line holds only numbers; prose lines (with words) are skipped.
    if (/[A-Za-z]{3,}/.test(line)) continue;
    for (const m of line.matchAll(LIST_CODE)) {
      const d = htsDigits(m[0]);
      if (d && !d.startsWith('99')) out.push(d);
    }
  }
  return out;
}

/**
 * Numbered product descriptions of a note ("1. Other seats..., provided for in 9401.61.40, except for
 * such seats provided for in statistical reporting number 9401.61.4001;"): the first number of each
 * item is a member, the numbers after "except" in it are carved out.
 */
export function describedItems(text: string): { members: string[]; carveOuts: string[] } {
  const members: string[] = [];
  const carveOuts: string[] = [];
  const items = text.split(/\n\s*\(?\d{1,4}[.)]\s+/).slice(1);
  for (const item of items) {
    // The first number of an item is the subheading it covers; statistical numbers under it named
    // later in the item ("except for such seats provided for in ...") are carved out.
    const codes = codesIn(item.replace(/\s+/g, ' '));
    const first = codes[0];
    if (!first) continue;
    members.push(first);
    carveOuts.push(...codes.slice(1).filter((c) => c.startsWith(first) && c !== first));
  }
  return { members, carveOuts };
}
