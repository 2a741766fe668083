/**
 * Character trigrams of a token with its boundaries marked, so that the first and last letters
 * (which transliterations rarely change) count as much as the middle. Single letters have none:
 * an initial is matched by the scorer, not looked up.
 */
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
