import { isKnownName, readFromNameTable } from '../names/index.js';

/**
 * Whether a query token read from an abjad and spelled by the name table (its vowels known: Said,
 * Amr) names another name than a listed token of canonical form `listedCanonical` that is a known
 * name itself (Saad, Omar): however alike their letters, the two are different names. Spellings no
 * table holds (Djamel) are left to meet by sound.
 */
export function anotherKnownName(queryToken: string, queryCanonical: string, listedCanonical: string): boolean {
  return readFromNameTable(queryToken) && queryCanonical !== listedCanonical && isKnownName(listedCanonical);
}
