/**
 * Character-level similarity of two Latin tokens. Jaro-Winkler rewards a shared beginning, which is
 * how transliteration variants usually differ (Mohamad/Mohammed); a normalised edit distance catches
 * the typos Jaro-Winkler scores too low (a changed first letter: Sukarno/Sukamto is fine, Kassem/Qassem
 * is not).
 */
import { splitCompound } from '../names/compounds.js';
import { editDistance } from '../names/fuzzy.js';
import { inflectedForm } from '../names/inflections.js';
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
  const jaro = Math.max(la, lb) <= FLAG_BITS ? jaroByBits(a, b) : jaroByArrays(a, b);
  if (jaro === 0) return 0;
  let prefix = 0;
  const maxPrefix = Math.min(4, la, lb);
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

/** Jaro's measure (0 without matches) with the matched letters as bits: names are short. */
function jaroByBits(a: string, b: string): number {
  const la = a.length;
  const lb = b.length;
  const window = jaroWindow(la, lb);
  let matchedA = 0;
  let matchedB = 0;
  let matches = 0;
  for (let i = 0; i < la; i++) {
    const from = Math.max(0, i - window);
    const to = Math.min(lb - 1, i + window);
    const ch = a.charCodeAt(i);
    for (let j = from; j <= to; j++) {
      if ((matchedB & (1 << j)) === 0 && b.charCodeAt(j) === ch) {
        matchedA |= 1 << i;
        matchedB |= 1 << j;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if ((matchedA & (1 << i)) === 0) continue;
    while ((matchedB & (1 << k)) === 0) k++;
    if (a.charCodeAt(i) !== b.charCodeAt(k)) transpositions++;
    k++;
  }
  return jaroOf(matches, transpositions, la, lb);
}

/** jaroByBits for strings of any length, the flags in reused arrays. */
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

const { lookalikeEdit: LOOKALIKE_EDIT, inflectionSimilarity: INFLECTION_SIMILARITY } = SCREENING_CONFIG.tokens;

/** 1 for equal tokens, 0 for nothing in common. */
export function editSimilarity(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 0;
  const distance = editDistance(a, b);
  return 1 - (distance === 1 && differByOneLookalike(a, b) ? LOOKALIKE_EDIT : distance) / longest;
}

/**
 * The mean of the two measures. Jaro-Winkler alone forgives a truncated ending too much
 * (Abdul/Abdulhai); the edit measure alone is blind to how transliterations drift. Their mean keeps
 * a one-letter typo high and a different name low.
 */
export function stringSimilarity(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  if (inflectedForm(a, b)) return INFLECTION_SIMILARITY;
  const stems = withoutSharedElement(a, b);
  if (stems !== undefined) return spellingSimilarity(stems[0], stems[1]);
  return spellingSimilarity(a, b);
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
  const jw = jaroWinkler(a, b);
  // Far apart by Jaro-Winkler means far apart by edits too; skip the quadratic measure.
  if (jw < 0.6) return jw / 2;
  return (jw + editSimilarity(a, b)) / 2;
}

