/**
 * Character trigrams of a token with its boundaries marked, so that the first and last letters
 * (which transliterations rarely change) count as much as the middle. Single letters have none:
 * an initial is matched by the scorer, not looked up.
 */
import type { HashedPostings } from './postings.js';

export function tokenTrigrams(token: string): string[] {
  if (token.length < 2) return [];
  const padded = `^${token}$`;
  const grams: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) {
    const gram = padded.slice(i, i + 3);
    if (!grams.includes(gram)) grams.push(gram);
  }
  return grams;
}

const START = '^'.charCodeAt(0);
const END = '$'.charCodeAt(0);

/** The character at `i` of the token with its boundaries marked (`^token$`), without building that string. */
function paddedCode(token: string, i: number): number {
  if (i === 0) return START;
  if (i === token.length + 1) return END;
  return token.charCodeAt(i - 1);
}

/**
 * The hashKey of each of tokenTrigrams(token), in its order, handed to `add`: the index hashes every
 * token's trigrams this way, without a string per trigram.
 */
export function forEachTrigramHash(token: string, add: (hash: number) => void): void {
  if (scratch.length < token.length) scratch = new Uint32Array(token.length * 2);
  const count = trigramHashes(token, scratch);
  for (let k = 0; k < count; k++) add(scratch[k]!);
}

let scratch = new Uint32Array(64);

/**
 * The hashKey of each of tokenTrigrams(token), in its order, written to `out` (at least token.length
 * long); returns how many. For the lookup of a query token, which needs no string per trigram either.
 */
export function trigramHashes(token: string, out: Uint32Array): number {
  if (token.length < 2) return 0;
  const grams = token.length;
  let count = 0;
  for (let i = 0; i < grams; i++) {
    const a = paddedCode(token, i);
    const b = paddedCode(token, i + 1);
    const c = paddedCode(token, i + 2);
    // Each trigram once, as tokenTrigrams keeps it: skip one an earlier position spelled the same.
    let repeated = false;
    for (let k = 0; k < i && !repeated; k++) {
      repeated = paddedCode(token, k) === a && paddedCode(token, k + 1) === b && paddedCode(token, k + 2) === c;
    }
    if (repeated) continue;
    let h = Math.imul(0x811c9dc5 ^ a, 0x01000193);
    h = Math.imul(h ^ b, 0x01000193);
    h = Math.imul(h ^ c, 0x01000193);
    out[count++] = h >>> 0;
  }
  return count;
}

/** Scratch of countSharedGrams: `counts` as long as the ids and all zero between calls, `touched` as long too. */
export interface GramCountScratch {
  counts: Uint16Array;
  touched: Int32Array;
  order: Int32Array;
  sizes: Int32Array;
}

/**
 * How many of a token's grams (the first `gramCount` of `gramHashes`) each indexed token shares, for
 * every token that shares at least `needed` of them: written to `scratch.counts` by id, the ids listed
 * in `scratch.touched` (with some that share fewer); returns how many are listed. The caller reads
 * them and sets their counts back to zero.
 *
 * A token sharing `needed` of the grams is in at least one of any gramCount - needed + 1 of their
 * buckets: only the smallest that many name candidates, and the largest (the commonest grams) add to
 * the counts of the tokens already named, without a token of their long tails listed. That holds of
 * tokens held once per bucket; `repeated` (see idsRepeatedInABucket), the few whose own grams share a
 * bucket, are named before any bucket is read.
 */
export function countSharedGrams(
  postings: HashedPostings,
  gramHashes: Uint32Array,
  gramCount: number,
  needed: number,
  repeated: Int32Array,
  scratch: GramCountScratch,
): number {
  const { counts, touched } = scratch;
  const order = bucketsBySize(postings, gramHashes, gramCount, scratch);
  const ids = postings.ids;
  const naming = gramCount - needed + 1;
  let touchedCount = 0;
  // Named up front with a count of one too many, taken off at the end: the walk counts them as named.
  for (let r = 0; r < repeated.length; r++) {
    touched[touchedCount++] = repeated[r]!;
    counts[repeated[r]!] = 1;
  }
  for (let g = 0; g < gramCount; g++) {
    const bucket = order[g]!;
    const to = postings.bucketEnd(bucket);
    if (g < naming) {
      for (let i = postings.bucketStart(bucket); i < to; i++) {
        const id = ids[i]!;
        const count = counts[id]!;
        if (count === 0) touched[touchedCount++] = id;
        counts[id] = count + 1;
      }
    } else {
      for (let i = postings.bucketStart(bucket); i < to; i++) {
        const id = ids[i]!;
        const count = counts[id]!;
        if (count !== 0) counts[id] = count + 1;
      }
    }
  }
  for (let r = 0; r < repeated.length; r++) counts[repeated[r]!]!--;
  return touchedCount;
}

/** The ids that `postings` holds more than once in one bucket (a token whose grams' hashes share a bucket), each once. */
export function idsRepeatedInABucket(postings: HashedPostings, idCount: number): Int32Array {
  const { starts, ids } = postings.parts();
  // Per id, the last bucket it was seen in, plus one.
  const seenIn = new Int32Array(idCount);
  const repeated = new Set<number>();
  for (let bucket = 0; bucket + 1 < starts.length; bucket++) {
    for (let i = starts[bucket]!; i < starts[bucket + 1]!; i++) {
      const id = ids[i]!;
      if (seenIn[id] === bucket + 1) repeated.add(id);
      seenIn[id] = bucket + 1;
    }
  }
  return Int32Array.from(repeated);
}

/** The buckets of the grams, smallest first (a token has some twenty grams: sorted by insertion). */
function bucketsBySize(postings: HashedPostings, gramHashes: Uint32Array, gramCount: number, scratch: GramCountScratch): Int32Array {
  if (scratch.order.length < gramCount) {
    scratch.order = new Int32Array(gramCount * 2);
    scratch.sizes = new Int32Array(gramCount * 2);
  }
  const { order, sizes } = scratch;
  for (let g = 0; g < gramCount; g++) {
    const bucket = postings.bucketOfHash(gramHashes[g]!);
    const size = postings.bucketEnd(bucket) - postings.bucketStart(bucket);
    let at = g;
    for (; at > 0 && sizes[at - 1]! > size; at--) {
      sizes[at] = sizes[at - 1]!;
      order[at] = order[at - 1]!;
    }
    sizes[at] = size;
    order[at] = bucket;
  }
  return order;
}
