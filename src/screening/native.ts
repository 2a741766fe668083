/**
 * Two names both written in Hangul are compared syllable by syllable as well as by their Latin
 * renderings: McCune-Reischauer without breves writes 정 and 종 alike ('jong'), so 김종은 and 김정은
 * romanise the same although they are different names. The share of syllables the two have in
 * common (as multisets, so that word order and spacing do not matter) scales the name score.
 */

function syllables(text: string): string[] {
  const out: string[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xac00 && code <= 0xd7a3) out.push(ch);
  }
  return out;
}

/** Hangul syllables of a query, or undefined when it is not written (mostly) in Hangul. */
export function hangulSyllables(text: string): string[] | undefined {
  const found = syllables(text);
  return found.length >= 2 ? found : undefined;
}

/** Share of syllables in common, 0..1, of a Hangul query and a listed name also in Hangul; 1 when either is not Hangul. */
export function hangulAgreement(query: readonly string[] | undefined, listed: string): number {
  if (query === undefined) return 1;
  const other = syllables(listed);
  if (other.length < 2) return 1;
  const remaining = new Map<string, number>();
  for (const s of other) remaining.set(s, (remaining.get(s) ?? 0) + 1);
  let common = 0;
  for (const s of query) {
    const n = remaining.get(s) ?? 0;
    if (n > 0) {
      common++;
      remaining.set(s, n - 1);
    }
  }
  return common / Math.max(query.length, other.length);
}
