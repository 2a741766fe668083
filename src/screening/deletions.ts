/**
 * The token and every spelling of it with one letter left out. Two tokens within one typo of each
 * other (a letter dropped, added, changed or two swapped) share at least one of these keys; that is
 * how short tokens find their typos, which share too few trigrams to be found that way.
 */
import { SCREENING_CONFIG } from './config.js';
import { deletionHashes } from './postings.js';

export const { deletionMinLength: DELETION_MIN_LENGTH, deletionMaxLength: DELETION_MAX_LENGTH } = SCREENING_CONFIG.tokens;

export function deletionKeys(token: string): string[] {
  if (token.length < DELETION_MIN_LENGTH || token.length > DELETION_MAX_LENGTH) return [];
  const keys = [token];
  for (let i = 0; i < token.length; i++) {
    const key = token.slice(0, i) + token.slice(i + 1);
    if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

const hashPrefix = new Int32Array(DELETION_MAX_LENGTH + 1);
const hashes = new Float64Array(DELETION_MAX_LENGTH + 1);

/**
 * The hashKey of each of deletionKeys(token), in its order, handed to `add`: the index hashes every
 * token's deletions this way, without a string per key.
 */
export function forEachDeletionHash(token: string, add: (hash: number) => void): void {
  if (token.length < DELETION_MIN_LENGTH || token.length > DELETION_MAX_LENGTH) return;
  deletionHashes(token, hashPrefix, hashes);
  add(hashes[0]!);
  for (let skip = 0; skip < token.length; skip++) {
    // Leaving out any letter of a run of one letter spells the same key: deletionKeys keeps it once.
    if (skip > 0 && token.charCodeAt(skip) === token.charCodeAt(skip - 1)) continue;
    add(hashes[skip + 1]!);
  }
}
