/**
 * Latin-to-Latin equivalence of Korean names: a romanised name is cut into syllables, and each
 * syllable is reduced to a key on which its spellings in every system agree (Gim Yeong-cheol,
 * Kim Yong Chol and Kim Young Chul all read ~kim ~yong ~col). See korean-spellings.ts for the
 * systems and the classes.
 */
import { lookup } from './lookup.js';
import { KOREAN_FINALS, KOREAN_INITIALS, KOREAN_IRREGULAR_SURNAMES, KOREAN_REORDERED_SPELLINGS, KOREAN_SURNAME_KEYS, KOREAN_VOWELS } from './korean-spellings.js';

/**
 * Key tokens are marked so that they never meet an ordinary token of the same letters; a surname's
 * key is marked at both ends, as a surname is not the same syllable in a given name.
 */
export const KOREAN_KEY_MARK = '~';
/** The `via` of a variant made of Korean syllable keys. */
export const KOREAN_KEY = 'korean-key';
/**
 * The same, for a name that also reads as a Chinese name written in pinyin (Li Ning, Han Yong Su;
 * not Lee Yong Moo, whose Lee and Moo pinyin would write otherwise): two such names may not meet by
 * Korean keys alone, as Korean spelling merges syllables Chinese keeps apart (Ning and Ying are both
 * 영); their letters still match as ever.
 */
export const KOREAN_KEY_PINYIN = 'korean-key-pinyin';

interface Part {
  spelling: string;
  key: string;
}

/** Every spelling with its class, longest spellings first (the parser tries them in this order). */
function parts(table: Readonly<Record<string, readonly string[]>>): Part[] {
  const out: Part[] = [];
  for (const [key, spellings] of Object.entries(table)) for (const spelling of spellings) out.push({ spelling, key });
  return out.sort((a, b) => b.spelling.length - a.spelling.length);
}

const INITIALS = parts(KOREAN_INITIALS);
const VOWELS = parts(KOREAN_VOWELS);
const FINALS = parts(KOREAN_FINALS);
const INITIALS_OR_NONE = [...INITIALS, { spelling: '', key: '' }];
/** Letters no system spells a Korean syllable with (and c but in ch, cch, ck or ending the word): a token holding one is not Korean. */
const NOT_KOREAN = /[fqvxz]|c(?![chk]|$)/u;
/** A Korean name has at most this many syllables in one written word (a given name written joined). */
const MAX_SYLLABLES_PER_TOKEN = 3;
const MAX_SYLLABLES = 5;

/**
 * The initial of a syllable that opens a word as the South reads it: ㄹ before i or y is dropped and
 * otherwise read ㄴ, ㄴ before i or y is dropped (리 Ri/Lee/Yi, 룡 Ryong/Yong, 로 Ro/No, 녀 Nyo/Yeo).
 * Applied to every syllable, as both Koreas write a name's syllables as words of their own.
 */
function initialAsSpoken(initial: string, vowel: string): string {
  if (initial !== 'r' && initial !== 'n') return initial;
  if (vowel.startsWith('i') || vowel.startsWith('y')) return '';
  return 'n';
}

function startsAt(token: string, at: number, spelling: string): boolean {
  return token.startsWith(spelling, at);
}

/**
 * The syllable keys of one token, or undefined when it cannot be read as Korean syllables. The first
 * reading found wins, longest spellings first: 'jongun' reads jong + un, 'yongchol' yong + chol.
 */
export function koreanSyllableKeys(token: string): string[] | undefined {
  const known = keysCache.get(token);
  if (known !== undefined) return known ?? undefined;
  const keys = readKeys(token);
  if (keysCache.size >= CACHE_LIMIT) keysCache.clear();
  keysCache.set(token, keys ?? null);
  return keys;
}

/** Readings of tokens met before: names repeat their parts (every listed Kim, every query's Mohammed). */
const keysCache = new Map<string, string[] | null>();
const CACHE_LIMIT = 50_000;

function readKeys(token: string): string[] | undefined {
  const irregular = lookup(KOREAN_IRREGULAR_SURNAMES, token);
  if (irregular !== undefined) return [irregular];
  if (NOT_KOREAN.test(token)) return undefined;
  const out: string[] = [];
  return parseFrom(inSystemOrder(token), 0, out) ? out : undefined;
}

function inSystemOrder(token: string): string {
  let out = token;
  for (const [written, read] of KOREAN_REORDERED_SPELLINGS) if (out.includes(written)) out = out.replaceAll(written, read);
  return out;
}

function parseFrom(token: string, at: number, out: string[]): boolean {
  if (at === token.length) return out.length > 0;
  if (out.length >= MAX_SYLLABLES_PER_TOKEN) return false;
  for (const initial of INITIALS_OR_NONE) {
    if (!startsAt(token, at, initial.spelling)) continue;
    const afterInitial = at + initial.spelling.length;
    for (const vowel of VOWELS) {
      if (!startsAt(token, afterInitial, vowel.spelling)) continue;
      const afterVowel = afterInitial + vowel.spelling.length;
      for (const final of FINALS) {
        if (!startsAt(token, afterVowel, final.spelling)) continue;
        const next = afterVowel + final.spelling.length;
        // A doubled letter inside a word belongs to one syllable's final and the next one's initial;
        // a final 'h' or 'c' only ends a word (Oh, Koh, Suh; Shic).
        if ((final.spelling === 'h' || final.spelling === 'c') && next !== token.length) continue;
        out.push(initialAsSpoken(initial.key, vowel.key) + vowel.key + final.key);
        if (parseFrom(token, next, out)) return true;
        out.pop();
      }
    }
  }
  return false;
}

/** How common a surname key is (0 the commonest), Infinity for none. */
function surnameRank(keys: readonly string[] | undefined): number {
  if (keys === undefined || keys.length !== 1) return Infinity;
  const rank = SURNAME_RANK.get(keys[0]!);
  return rank ?? Infinity;
}

const SURNAME_RANK = new Map([...KOREAN_SURNAME_KEYS].map((key, i) => [key, i]));

/**
 * Every token that reads as one syllable with a surname's key (each initial, vowel and final
 * spelling whose key makes one), and the irregular surname spellings: a token outside it has no
 * surname rank. Made on first use.
 */
let surnameSpellings: ReadonlySet<string> | undefined;

function mayBeSurname(token: string): boolean {
  surnameSpellings ??= oneSyllableSurnameSpellings();
  return surnameSpellings.has(token);
}

function oneSyllableSurnameSpellings(): Set<string> {
  const out = new Set<string>(Object.keys(KOREAN_IRREGULAR_SURNAMES));
  for (const initial of INITIALS_OR_NONE) {
    for (const vowel of VOWELS) {
      for (const final of FINALS) {
        if (SURNAME_RANK.has(initialAsSpoken(initial.key, vowel.key) + vowel.key + final.key)) out.add(initial.spelling + vowel.spelling + final.spelling);
      }
    }
  }
  return out;
}

/** The surname is first (Korean order) or last (Western order): the commoner surname of the two, the first on a tie; -1 for none. */
function surnamePosition(perToken: readonly string[][]): number {
  const first = surnameRank(perToken[0]);
  const last = perToken.length > 1 ? surnameRank(perToken.at(-1)) : Infinity;
  if (first === Infinity && last === Infinity) return -1;
  return last < first ? perToken.length - 1 : 0;
}

/**
 * The tokens of a name as Korean syllable keys (marked with KOREAN_KEY_MARK), or undefined when the
 * name does not read as a Korean personal name: two to five syllables, each token Korean syllables,
 * and a common Korean surname first or last.
 */
export function koreanKeyTokens(tokens: readonly string[]): string[] | undefined {
  if (tokens.length < 1 || tokens.length > 4) return undefined;
  // The surname first: most names have none, and need no further reading. Most tokens are no
  // spelling of a surname at all, which a set says before any syllable is read.
  if (!mayBeSurname(tokens[0]!) && !mayBeSurname(tokens.at(-1)!)) return undefined;
  if (surnameRank(koreanSyllableKeys(tokens[0]!)) === Infinity && surnameRank(koreanSyllableKeys(tokens.at(-1)!)) === Infinity) return undefined;
  const perToken: string[][] = [];
  for (const token of tokens) {
    const keys = koreanSyllableKeys(token);
    if (keys === undefined) return undefined;
    perToken.push(keys);
  }
  const surnameAt = surnamePosition(perToken);
  if (surnameAt < 0) return undefined;
  const syllables = perToken.reduce((n, keys) => n + keys.length, 0);
  if (syllables < 2 || syllables > MAX_SYLLABLES) return undefined;
  return perToken.flatMap((keys, i) => (i === surnameAt ? [KOREAN_KEY_MARK + keys[0]! + KOREAN_KEY_MARK] : keys.map((k) => KOREAN_KEY_MARK + k)));
}
