import { canonicalToken, isGivenName, isKnownName, readFromNameTable } from '../names/index.js';

/**
 * Whether a query token read from an abjad and spelled by the name table (its vowels known: Said,
 * Amr) names another name than a listed token of canonical form `listedCanonical` that is a known
 * name itself (Saad, Omar): however alike their letters, the two are different names. Spellings no
 * table holds (Djamel) are left to meet by sound.
 */
export function anotherKnownName(queryToken: string, queryCanonical: string, listedCanonical: string): boolean {
  return readFromNameTable(queryToken) && queryCanonical !== listedCanonical && isKnownName(listedCanonical);
}

/**
 * Whether two tokens are two different given names of the names module's table, one the other with
 * a vowel added (Jose and Josue, Paul and Paula): a letter apart, yet each a name parents choose, so
 * neither is a misspelling of the other. Other one-letter differences are left to spelling: they are
 * as often one name spelled two ways (Teresa, Theresa) as two names.
 */
export function anotherGivenName(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) !== 1) return false;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return vowelAdded(short, long) && isGivenName(a) && isGivenName(b) && canonicalToken(a) !== canonicalToken(b);
}

/** Whether `long` is `short` with one vowel inserted somewhere. */
function vowelAdded(short: string, long: string): boolean {
  let k = 0;
  while (k < short.length && short.charCodeAt(k) === long.charCodeAt(k)) k++;
  return VOWELS.includes(long[k]!) && long.slice(k + 1) === short.slice(k);
}

const VOWELS = 'aeiouy';
