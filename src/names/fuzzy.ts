/**
 * Edit distance, and typo tolerance for the few vocabularies the names module knows by heart (legal
 * forms, generic organisation words): 'cimpany' is read as 'company', 'liabilty' as 'liability'.
 * The screening engine's token similarity uses the same edit distance.
 */

// Reused between calls: edit distance runs on the screening hot path and must not allocate.
let rowBeforeLast = new Int32Array(65);
let lastRow = new Int32Array(65);
let currentRow = new Int32Array(65);

/** Longest first string that fits the bit-parallel distance: one bit per letter in a 32-bit integer. */
const BIT_PARALLEL_MAX = 32;
/** Per ASCII code, the positions in `a` holding that letter, one bit each (see bitParallelDistance); all zero between calls. */
const letterPositions = new Int32Array(128);

/** Levenshtein distance with adjacent transpositions counted as one edit (optimal string alignment). */
export function editDistance(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  if (la === 0) return lb;
  if (lb === 0) return la;
  if (la <= BIT_PARALLEL_MAX) {
    const distance = bitParallelDistance(a, b);
    if (distance >= 0) return distance;
  }
  return tableDistance(a, b);
}

/**
 * editDistance by Hyyrö's bit-vector algorithm (2003; the form with transpositions): one column of
 * the table per letter of `b` in a few word operations, instead of one cell per pair of letters. Names
 * are short and mostly ASCII, so this is the common path; -1 when `a` has a letter beyond ASCII.
 */
function bitParallelDistance(a: string, b: string): number {
  const la = a.length;
  for (let i = 0; i < la; i++) {
    const code = a.charCodeAt(i);
    if (code >= 128) {
      for (let k = 0; k < i; k++) letterPositions[a.charCodeAt(k)] = 0;
      return -1;
    }
    letterPositions[code]! |= 1 << i;
  }
  const distance = distanceByLetterMasks(letterPositions, la, b);
  for (let i = 0; i < la; i++) letterPositions[a.charCodeAt(i)] = 0;
  return distance;
}

/**
 * The column walk of bitParallelDistance, for a caller that has the positions of the pattern's
 * letters already (`masks[code]`: one bit per position of that ASCII letter in a pattern of
 * `patternLength`, 1 to 32, letters). The distance is the pattern's to `text` (symmetric).
 */
export function distanceByLetterMasks(masks: Int32Array, patternLength: number, text: string): number {
  const lastBit = 1 << (patternLength - 1);
  let distance = patternLength;
  // Vertical deltas of the current column (+1, -1), the diagonal zero-deltas, and the previous letter's match mask.
  let verticalPlus = -1;
  let verticalMinus = 0;
  let diagonalZero = 0;
  let previousMatches = 0;
  for (let j = 0; j < text.length; j++) {
    const code = text.charCodeAt(j);
    // A letter beyond ASCII matches none of the pattern's.
    const matches = code < 128 ? masks[code]! : 0;
    const transposed = ((~diagonalZero & matches) << 1) & previousMatches;
    diagonalZero = ((((matches & verticalPlus) + verticalPlus) | 0) ^ verticalPlus) | matches | verticalMinus | transposed;
    let horizontalPlus = verticalMinus | ~(diagonalZero | verticalPlus);
    let horizontalMinus = diagonalZero & verticalPlus;
    if ((horizontalPlus & lastBit) !== 0) distance++;
    if ((horizontalMinus & lastBit) !== 0) distance--;
    horizontalPlus = (horizontalPlus << 1) | 1;
    horizontalMinus <<= 1;
    verticalPlus = horizontalMinus | ~(diagonalZero | horizontalPlus);
    verticalMinus = horizontalPlus & diagonalZero;
    previousMatches = matches;
  }
  return distance;
}

/** editDistance by the full table, three rows at a time: for long or non-ASCII first strings. */
function tableDistance(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  if (lastRow.length <= lb) {
    rowBeforeLast = new Int32Array(lb * 2 + 1);
    lastRow = new Int32Array(lb * 2 + 1);
    currentRow = new Int32Array(lb * 2 + 1);
  }
  // The rows in locals: the inner loop then reads no module bindings. Which scratch array plays which
  // row does not matter between calls, as every row is written before it is read.
  let beforeLast = rowBeforeLast;
  let last = lastRow;
  let current = currentRow;
  for (let j = 0; j <= lb; j++) last[j] = j;
  // -1 stands for "no previous letter": it equals no UTF-16 code unit.
  let previousA = -1;
  for (let i = 1; i <= la; i++) {
    current[0] = i;
    const ca = a.charCodeAt(i - 1);
    let left = i;
    let previousB = -1;
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(last[j]! + 1, left + 1, last[j - 1]! + (ca === cb ? 0 : 1));
      if (ca === previousB && previousA === cb) value = Math.min(value, beforeLast[j - 2]! + 1);
      current[j] = value;
      left = value;
      previousB = cb;
    }
    const recycled = beforeLast;
    beforeLast = last;
    last = current;
    current = recycled;
    previousA = ca;
  }
  return last[lb]!;
}

/**
 * Whether `a` and `b` are at most `max` edits apart, counting an insertion, a deletion, a
 * substitution or a swap of two adjacent letters as one edit.
 */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (Math.abs(a.length - b.length) > max) return false;
  return a === b || editDistance(a, b) <= max;
}

/** Two UTF-16 code units as one number, for the sets of OneEditIndex. */
function pairCode(first: number, second: number): number {
  return first * 0x10000 + second;
}

/** pairCode of the letters at positions a and b of `word`. */
function pairAt(word: string, a: number, b: number): number {
  return pairCode(word.charCodeAt(a), word.charCodeAt(b));
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
  /**
   * The first two and the last two letters of every key (see pairCode). Most tokens asked about are
   * no near miss of any word: their deletions begin or end with letters no key does, which rules
   * them out before a deletion is spelled out and looked up.
   */
  private readonly heads = new Set<number>();
  private readonly tails = new Set<number>();

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
        if (key.length < 2) continue;
        this.heads.add(pairCode(key.charCodeAt(0), key.charCodeAt(1)));
        this.tails.add(pairCode(key.charCodeAt(key.length - 2), key.charCodeAt(key.length - 1)));
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
    // Keys of one letter or none have no pairs to rule them out by.
    const filtered = token.length >= 3;
    const last = token.length - 1;
    for (let i = 0; i < token.length; i += 1) {
      // A doubled letter gives the same deletion twice: one look is enough.
      if (i > 0 && token[i] === token[i - 1]) continue;
      if (filtered) {
        // The deletion's first two and last two letters, read from the token around the gap at i.
        const head = i === 0 ? pairAt(token, 1, 2) : i === 1 ? pairAt(token, 0, 2) : pairAt(token, 0, 1);
        const tail = i === last ? pairAt(token, last - 2, last - 1) : i === last - 1 ? pairAt(token, last - 2, last) : pairAt(token, last - 1, last);
        if (!this.heads.has(head) || !this.tails.has(tail)) continue;
      }
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
