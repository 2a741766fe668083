/**
 * Two names written in the same non-Latin script are compared in that script as well as through
 * their Latin renderings: romanisation can make different names look alike. McCune-Reischauer
 * without breves writes 정 and 종 both 'jong' (김종은 is not 김정은); an Arabic romaniser reads
 * عارف and آصف into similar Latin; 高石 and 高市 are different surnames read alike. The agreement of
 * the native spellings, 0..1, scales the name score.
 */
import type { Script } from '../model/list-entry.js';
import { detectScript, normalizeText } from '../names/index.js';
import { editSimilarity } from './token-similarity.js';
import { SCREENING_CONFIG } from './config.js';

/** Scripts whose characters are syllables or morphemes: compared character by character. */
const CHARACTER_SCRIPTS: ReadonlySet<Script> = new Set(['hangul', 'han', 'kana']);
/** Scripts where both sides have no native spelling to compare. */
const NOT_NATIVE: ReadonlySet<Script> = new Set(['latin', 'unknown', 'mixed']);

const { sameWord: SAME_WORD, otherWordCredit: OTHER_WORD_CREDIT } = SCREENING_CONFIG.native;

export interface NativeName {
  script: Script;
  /** Characters (CJK scripts) or words (alphabets), normalised. */
  units: string[];
}

function unitsOf(text: string, script: Script): string[] {
  const normalized = normalizeText(text).text;
  if (CHARACTER_SCRIPTS.has(script)) return Array.from(normalized).filter((ch) => /\p{L}/u.test(ch));
  return normalized.split(' ').filter((w) => /\p{L}/u.test(w));
}

/** The native spelling of a query, or undefined when it is in Latin letters or mixes scripts. */
export function nativeName(text: string): NativeName | undefined {
  const script = detectScript(text);
  if (NOT_NATIVE.has(script)) return undefined;
  const units = unitsOf(text, script);
  const enough = CHARACTER_SCRIPTS.has(script) ? 2 : 1;
  return units.length >= enough ? { script, units } : undefined;
}

/** Share of characters in common, as multisets: order and spacing do not matter. */
function characterAgreement(query: readonly string[], listed: readonly string[]): number {
  const remaining = new Map<string, number>();
  for (const s of listed) remaining.set(s, (remaining.get(s) ?? 0) + 1);
  let common = 0;
  for (const s of query) {
    const n = remaining.get(s) ?? 0;
    if (n > 0) {
      common++;
      remaining.set(s, n - 1);
    }
  }
  return common / Math.max(query.length, listed.length);
}

/** Per query word: 1 when a listed word is spelled alike, OTHER_WORD_CREDIT otherwise; the mean. */
function wordAgreement(query: readonly string[], listed: readonly string[]): number {
  let total = 0;
  for (const word of query) {
    let best = 0;
    for (const other of listed) best = Math.max(best, word === other ? 1 : editSimilarity(word, other));
    total += best >= SAME_WORD ? 1 : OTHER_WORD_CREDIT;
  }
  return total / query.length;
}

/**
 * A listed name's native units in its own script, for nativeAgreementWithUnits: a screener works
 * them out once per listed name instead of normalising the name again for every query.
 */
export function listedNativeUnits(listed: string, script: Script): readonly string[] {
  return unitsOf(listed, script);
}

/**
 * Agreement of a query's native spelling with a listed name written in the same script, 0..1; 1
 * when there is nothing to compare (another script, too short, no letter in common at all: two
 * different scripts that share the label 'other').
 */
export function nativeAgreement(query: NativeName, listed: string): number {
  return nativeAgreementWithUnits(query, unitsOf(listed, query.script));
}

/** nativeAgreement with the listed name's units already worked out (see listedNativeUnits). */
export function nativeAgreementWithUnits(query: NativeName, units: readonly string[]): number {
  if (units.length === 0) return 1;
  if (CHARACTER_SCRIPTS.has(query.script)) return units.length < 2 ? 1 : characterAgreement(query.units, units);
  const letters = new Set(query.units.join(''));
  if (![...units.join('')].some((ch) => letters.has(ch))) return 1;
  return wordAgreement(query.units, units);
}
