/**
 * Character-level similarity of two Latin tokens. Jaro-Winkler rewards a shared beginning, which is
 * how transliteration variants usually differ (Mohamad/Mohammed); a normalised edit distance catches
 * the typos Jaro-Winkler scores too low (a changed first letter: Sukarno/Sukamto is fine, Kassem/Qassem
 * is not).
 */
import { splitCompound } from '../names/compounds.js';
import { distanceByLetterMasks, editDistance } from '../names/fuzzy.js';
import { derivedName, inflectedForm, nisbaName } from '../names/inflections.js';
import { differByOneLookalike } from '../names/lookalikes.js';
import { SCREENING_CONFIG } from './config.js';

export { editDistance };

// Reused between calls: the hot path compares hundreds of token pairs per query and must not allocate.
let matchedA = new Uint8Array(64);
let matchedB = new Uint8Array(64);

function ensureScratch(length: number): void {
  if (matchedA.length >= length + 1) return;
  const size = Math.max(length + 1, matchedA.length * 2);
  matchedA = new Uint8Array(size);
  matchedB = new Uint8Array(size);
}

export function jaroWinkler(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  let jaro: number;
  if (la <= FLAG_BITS && markPositions(b)) {
    jaro = jaroByPositions(a, b);
    clearPositions(b, lb);
  } else {
    jaro = jaroByArrays(a, b);
  }
  return jaro === 0 ? 0 : withWinklerBonus(jaro, a, b);
}

/** Jaro's measure raised for a shared beginning of up to four letters (Winkler's bonus). */
function withWinklerBonus(jaro: number, a: string, b: string): number {
  let prefix = 0;
  const maxPrefix = Math.min(4, a.length, b.length);
  while (prefix < maxPrefix && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

/** Strings this short keep their matched-letter flags in the bits of one integer instead of arrays. */
const FLAG_BITS = 32;

function jaroWindow(la: number, lb: number): number {
  return Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
}

function jaroOf(matches: number, transpositions: number, la: number, lb: number): number {
  return (matches / la + matches / lb + (matches - transpositions / 2) / matches) / 3;
}

/**
 * Per ASCII code, the positions of that letter in the second string of a comparison, one bit each
 * (see markPositions); all zero between calls. Jaro's matching and the edit distance both read it:
 * a pair of names is compared with one pass over each string's letters for the masks.
 */
const positions = new Int32Array(128);

/**
 * Marks `b`'s letters in `positions`; false, with nothing left marked, when `b` is longer than
 * FLAG_BITS or has a letter beyond ASCII (those pairs take the arrays' path).
 */
function markPositions(b: string): boolean {
  const lb = b.length;
  if (lb > FLAG_BITS) return false;
  for (let j = 0; j < lb; j++) {
    const code = b.charCodeAt(j);
    if (code >= 128) {
      clearPositions(b, j);
      return false;
    }
    positions[code]! |= 1 << j;
  }
  return true;
}

function clearPositions(b: string, upTo: number): void {
  for (let j = 0; j < upTo; j++) positions[b.charCodeAt(j)] = 0;
}

/**
 * Jaro's measure (0 without matches) of `a` against `b`, whose letters markPositions has marked (both
 * at most FLAG_BITS long): each letter of `a` takes the first unmatched position of `b` holding it
 * within the window, read from one mask instead of a scan of the window.
 */
function jaroByPositions(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  const window = jaroWindow(la, lb);
  let matchedA = 0;
  let matchedB = 0;
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const code = a.charCodeAt(i);
    // A letter beyond ASCII is in no position of b (markPositions holds only ASCII strings).
    if (code >= 128) continue;
    const from = i - window;
    const to = i + window;
    let free = positions[code]! & ~matchedB & (from > 0 ? -1 << from : -1) & (to < 31 ? (1 << (to + 1)) - 1 : -1);
    if (free === 0) continue;
    free &= -free;
    matchedB |= free;
    matchedA |= 1 << i;
    matches++;
  }
  if (matches === 0) return 0;
  // The matched letters of each string in their order, pair by pair: a differing pair is half a transposition.
  let transpositions = 0;
  for (let restA = matchedA, restB = matchedB; restA !== 0; restA &= restA - 1, restB &= restB - 1) {
    if (a.charCodeAt(lowestBit(restA)) !== b.charCodeAt(lowestBit(restB))) transpositions++;
  }
  return jaroOf(matches, transpositions, la, lb);
}

/** The position of the lowest set bit of a non-zero integer. */
function lowestBit(bits: number): number {
  return 31 - Math.clz32(bits & -bits);
}

/** Jaro's measure (0 without matches) for strings of any length and letters, the flags in reused arrays. */
function jaroByArrays(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  ensureScratch(Math.max(la, lb));
  matchedA.fill(0, 0, la);
  matchedB.fill(0, 0, lb);
  const window = jaroWindow(la, lb);
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    const ch = a.charCodeAt(i);
    for (let j = from; j <= to; j++) {
      if (matchedB[j] === 0 && b.charCodeAt(j) === ch) {
        matchedA[i] = 1;
        matchedB[j] = 1;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (matchedA[i] === 0) continue;
    while (matchedB[k] === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  return jaroOf(matches, transpositions, la, lb);
}

const { lookalikeEdit: LOOKALIKE_EDIT, inflectionSimilarity: INFLECTION_SIMILARITY, fuzzyFloor: FUZZY_FLOOR } = SCREENING_CONFIG.tokens;
const DERIVED_FORM_SIMILARITY = SCREENING_CONFIG.tokens.derivedFormSimilarity;

/** 1 for equal tokens, 0 for nothing in common. */
export function editSimilarity(a: string, b: string): number {
  if (a.length === 0 && b.length === 0) return 0;
  return similarityOfDistance(a, b, editDistance(a, b));
}

function similarityOfDistance(a: string, b: string, distance: number): number {
  return 1 - (distance === 1 && differByOneLookalike(a, b) ? LOOKALIKE_EDIT : distance) / Math.max(a.length, b.length);
}

/**
 * The mean of the two measures. Jaro-Winkler alone forgives a truncated ending too much
 * (Abdul/Abdulhai); the edit measure alone is blind to how transliterations drift. Their mean keeps
 * a one-letter typo high and a different name low.
 */
export function stringSimilarity(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  if (numbersDiffer(a, b)) return 0;
  // A derived family name (Sokolov, Sokol) is an inflected form by its letters: asked first.
  if (derivedName(a, b) || nisbaName(a, b)) return DERIVED_FORM_SIMILARITY;
  if (inflectedForm(a, b)) return INFLECTION_SIMILARITY;
  const stems = withoutSharedElement(a, b);
  if (stems !== undefined) return spellingSimilarity(stems[0], stems[1]);
  const whole = spellingSimilarity(a, b);
  if (sharedArticle(a, b)) {
    // Only a verdict of 'different names' is taken from the rest: spellings of one name (alubaydi,
    // alubaidi) keep the whole token's figure, which retrieval and the scorer were tuned on.
    const afterArticle = spellingSimilarity(a.slice(2), b.slice(2));
    if (afterArticle < FUZZY_FLOOR) return Math.min(whole, afterArticle);
  }
  return whole;
}

/**
 * Family names written with the Arabic article fused (al-Harbi as alharbi, el-Sayed as elsayed) share
 * their first two letters by the article alone: two names that differ after it are different names,
 * however alike the shared opening makes their spellings look (alharbi, alghamdi).
 */
function sharedArticle(a: string, b: string): boolean {
  if (a.length < 6 || b.length < 6) return false;
  const first = a.charCodeAt(0);
  return (first === 97 || first === 101) && a.charCodeAt(1) === 108 && b.charCodeAt(0) === first && b.charCodeAt(1) === 108;
}

/**
 * Compound names built on one element (Hamid-ullah and Wali-ullah, Shams-uddin and Shahab-uddin,
 * Abd-ullah and Abd-ul-Rahman) agree on that element by construction: only the rest of each tells
 * whether they are spellings of one name. The elements are the names module's (splitCompound).
 */
function withoutSharedElement(a: string, b: string): [string, string] | undefined {
  // Cheap test first: a shared element shows as a shared beginning or ending.
  if (a.length < 6 || b.length < 6) return undefined;
  if (!sameLetters(a, b, 0, 0) && !sameLetters(a, b, a.length - 3, b.length - 3)) return undefined;
  const partsA = splitCompound(a);
  const partsB = splitCompound(b);
  if (partsA === undefined || partsB === undefined) return undefined;
  const [headA, tailA] = partsA as [string, string];
  const [headB, tailB] = partsB as [string, string];
  if (headA === headB && (headA === 'abd' || headA === 'abu')) return [tailA, tailB];
  if (tailA === tailB && (tailA === 'din' || tailA === 'allah')) return [headA, headB];
  return undefined;
}

/** Whether the three letters of `a` from `atA` are those of `b` from `atB`: startsWith/endsWith without slicing. */
function sameLetters(a: string, b: string, atA: number, atB: number): boolean {
  return a.charCodeAt(atA) === b.charCodeAt(atB) && a.charCodeAt(atA + 1) === b.charCodeAt(atB + 1) && a.charCodeAt(atA + 2) === b.charCodeAt(atB + 2);
}

function spellingSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0 || la > FLAG_BITS || !markPositions(b)) return spellingSimilarityOf(jaroWinkler(a, b), a, b);
  // b's letter positions serve both measures: Jaro's matching and the edit distance with b as the pattern.
  const jaro = jaroByPositions(a, b);
  const jw = jaro === 0 ? 0 : withWinklerBonus(jaro, a, b);
  if (jw < SPELLING_JARO_FLOOR) {
    clearPositions(b, lb);
    return jw / 2;
  }
  const distance = distanceByLetterMasks(positions, lb, a);
  clearPositions(b, lb);
  return (jw + similarityOfDistance(a, b, distance)) / 2;
}

/** Far apart by Jaro-Winkler means far apart by edits too: the quadratic measure is skipped. */
const SPELLING_JARO_FLOOR = 0.6;

function spellingSimilarityOf(jw: number, a: string, b: string): number {
  if (jw < SPELLING_JARO_FLOOR) return jw / 2;
  return (jw + editSimilarity(a, b)) / 2;
}

/** A number or an ordinal written in digits (110, 110th, 2nd); its digits. */
const NUMBER_WORD = /^(\d+)(?:st|nd|rd|th)?$/u;

/**
 * Whether two tokens are different numbers (110th, 10th; 419, 121): a number names one unit of a
 * series (a research institute, a plant), so two numbers are no typo of each other. Codes that mix
 * letters and digits (2007-AHL1, a tranche) are left to spelling.
 */
export function numbersDiffer(a: string, b: string): boolean {
  // Most tokens are words: two of them are settled by their first characters.
  if (!startsWithDigit(a) && !startsWithDigit(b)) return false;
  const first = NUMBER_WORD.exec(a);
  const second = NUMBER_WORD.exec(b);
  if (first === null && second === null) return false;
  return first?.[1] !== second?.[1];
}

function startsWithDigit(token: string): boolean {
  const code = token.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** A word's consonants in order, a doubled one once (Hikvison, hikvision: hkvsn). */
export function consonantsOf(word: string): string {
  return word.replace(/[aeiouy]+/gu, '').replace(/([^aeiouy])\1+/gu, '$1');
}
