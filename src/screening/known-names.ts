import { anotherPinyinSurname, canonicalToken, feminineOf, isGivenName, isKnownName, patronymicOfSurname, readFromNameTable } from '../names/index.js';
import type { TokenMatchKind } from './types.js';

/**
 * Whether a query token and a listed token that a match of kind `how` pairs, however alike their
 * letters, are two different names: the one place the scorer asks this (the token matches of
 * variant-match.ts and the near-miss pairs of score.ts, asked as 'fuzzy'), so that a new rule is
 * added once. An exact match is the name itself. The checks, in the order asked:
 * - a given name and its feminine (Amina is not Amin, Aleksandra not Aleksandr): two people's names,
 *   by any match but the exact one;
 * - a surname and a patronymic on one father's name (Vasilyeva is not Vasilyevna): two name parts,
 *   by any match but the exact one;
 * - two given names a vowel apart (Josue is not Jose; see anotherGivenName): two names, not a
 *   spelling of one;
 * - two pinyin surnames of the surname table (Huang is not Zhang, Liu not Lu): two characters,
 *   however alike their letters.
 * The last two are asked only of a match by spelling or sound ('fuzzy', 'phonetic'): a match by name
 * knowledge ('canonical': a customary spelling, Chang for Zhang) already says the two are one name.
 */
export function twoNamesAlike(query: string, listed: string, how: TokenMatchKind): boolean {
  if (how === 'exact') return false;
  if (feminineOf(query, listed) || patronymicOfSurname(query, listed)) return true;
  if (how !== 'fuzzy' && how !== 'phonetic') return false;
  return anotherGivenName(query, listed) || anotherPinyinSurname(query, listed);
}

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
