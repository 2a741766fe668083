/**
 * Marking the words of a name that a match used. The scorer compares normalised tokens (lower case,
 * accents dropped, other scripts romanised, then canonical spellings: "Technologies" is compared as
 * "technology", "Intl" as "international"), so a word of the name as written is marked when its own
 * normalised form, or that form's canonical spelling, is one of the matched tokens.
 */
import { canonicalToken } from '../../../src/names/canonical.js';

export interface Segment {
  text: string;
  marked: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower case without accents: "Müller" -> "muller". */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Tokens as a set of single folded words ("jong un" counts as "jong" and "un"). */
export function tokenSet(tokens: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const t of tokens) for (const w of t.match(WORD) ?? []) set.add(foldWord(w));
  return set;
}

/** The text cut into words and what lies between them, each word marked when it is a matched token. */
export function markTokens(text: string, tokens: readonly string[]): Segment[] {
  const matched = tokenSet(tokens);
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const at = m.index ?? 0;
    if (at > last) out.push({ text: text.slice(last, at), marked: false });
    const word = foldWord(m[0]);
    out.push({ text: m[0], marked: matched.has(word) || matched.has(canonicalToken(word)) });
    last = at + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), marked: false });
  // A space between two marked words is marked with them ("Jong Un" reads as one run), and neighbours
  // of one kind are joined, so that the text reads back unchanged in as few pieces as it can.
  out.forEach((s, i) => {
    if (!s.marked && /^\s+$/.test(s.text) && out[i - 1]?.marked && out[i + 1]?.marked) s.marked = true;
  });
  return out.reduce<Segment[]>((acc, s) => {
    const prev = acc[acc.length - 1];
    if (prev && prev.marked === s.marked) prev.text += s.text;
    else acc.push({ ...s });
    return acc;
  }, []);
}
