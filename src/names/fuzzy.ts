/**
 * Edit distance, and typo tolerance for the few vocabularies the names module knows by heart (legal
 * forms, generic organisation words): 'cimpany' is read as 'company', 'liabilty' as 'liability'.
 * The screening engine's token similarity uses the same edit distance.
 */

// Reused between calls: edit distance runs on the screening hot path and must not allocate.
let rowBeforeLast = new Int32Array(65);
let lastRow = new Int32Array(65);
let currentRow = new Int32Array(65);

/** Levenshtein distance with adjacent transpositions counted as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  if (la === 0) return lb;
  if (lb === 0) return la;
  if (lastRow.length <= lb) {
    rowBeforeLast = new Int32Array(lb * 2 + 1);
    lastRow = new Int32Array(lb * 2 + 1);
    currentRow = new Int32Array(lb * 2 + 1);
  }
  for (let j = 0; j <= lb; j++) lastRow[j] = j;
  for (let i = 1; i <= la; i++) {
    currentRow[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(lastRow[j]! + 1, currentRow[j - 1]! + 1, lastRow[j - 1]! + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        value = Math.min(value, rowBeforeLast[j - 2]! + 1);
      }
      currentRow[j] = value;
    }
    const recycled = rowBeforeLast;
    rowBeforeLast = lastRow;
    lastRow = currentRow;
    currentRow = recycled;
  }
  return lastRow[lb]!;
}

/**
 * Whether `a` and `b` are at most `max` edits apart, counting an insertion, a deletion, a
 * substitution or a swap of two adjacent letters as one edit.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  return a === b || editDistance(a, b) <= max;
}

/** The strings one deletion away from `word`, each once. */
function deletions(word: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i += 1) out.add(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Words found by a token within one edit, through each word's deletion neighbourhood (the word and
 * its one-letter deletions): a token's candidates are the words filed under the token itself or
 * under one of its own deletions, so a lookup costs the token's length in map reads, not a scan.
 */
export class OneEditIndex {
  private readonly byKey = new Map<string, string[]>();
  private readonly shortest: number;
  private readonly longest: number;

  constructor(words: Iterable<string>) {
    let shortest = Infinity;
    let longest = 0;
    for (const word of new Set(words)) {
      shortest = Math.min(shortest, word.length);
      longest = Math.max(longest, word.length);
      for (const key of [word, ...deletions(word)]) {
        const list = this.byKey.get(key);
        if (list) list.push(word);
        else this.byKey.set(key, [word]);
      }
    }
    this.shortest = shortest;
    this.longest = longest;
  }

  /** The words one edit from `token` (never `token` itself), in the order they were given. */
  near(token: string): string[] {
    if (token.length < this.shortest - 1 || token.length > this.longest + 1) return [];
    const found: string[] = [];
    this.collect(token, token, found);
    for (let i = 0; i < token.length; i += 1) {
      // A doubled letter gives the same deletion twice: one look is enough.
      if (i > 0 && token[i] === token[i - 1]) continue;
      this.collect(token, token.slice(0, i) + token.slice(i + 1), found);
    }
    return found;
  }

  private collect(token: string, key: string, found: string[]): void {
    const words = this.byKey.get(key);
    if (words === undefined) return;
    for (const word of words) if (word !== token && !found.includes(word) && withinEdits(token, word, 1)) found.push(word);
  }
}
