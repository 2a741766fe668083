import { canonicalToken } from './canonical.js';
import { NAME_GROUPS } from './name-equivalents.js';
import { ARABIC_NAMES } from './arabic-names.js';

/**
 * Names inflected by grammar. Languages add short endings to a name for its case (Lithuanian
 * Putinas, Polish Putinem, Latvian Vladimirs, German Wladimirowitscha): a stem of four letters or
 * more followed by one or two letters is the same name in another case, not another spelling.
 */

/** Shorter stems are syllables (yong + ja is another given name than yong), not inflected names. */
export const INFLECTION_STEM_MIN_LENGTH = 4;

/**
 * Endings that make a name of their own from a name (derivation, not grammar): the Slavic family
 * names in -ov and -ev (Ivanov from Ivan, Sokolov from Sokol), after a stem ending in a consonant.
 * Not -i: it derives the Arabic nisba (Ahmadi from Ahmad) but is also grammar (Georgian Putini) and
 * spelling (Somali Cabdullaahi, Abdullahi); the nisba is told apart after a name the name table
 * knows (see nisbaName), and in Arabic script, where it is written, by the scorer (see
 * variant-match.ts, finalVowelDisagrees).
 */
const DERIVING_ENDINGS: ReadonlySet<string> = new Set(['ov', 'ev']);
const VOWEL_END = /[aeiouy]$/u;

/** A given name's final vowel that a patronymic ending replaces (see iberianPatronymic). */
const GIVEN_NAME_VOWEL_END = /[ao]$/u;

/**
 * Whether one token is a family name made from the other: another name, however close the letters
 * (Ivanov is not Ivan, Pedro Sánchez is not Pedro Sancho). Such a pair differs by one or two letters
 * at the end, so most pairs are told apart by their lengths alone.
 */
export function derivedName(a: string, b: string): boolean {
  // No [shorter, longer] pair: this runs for every compared pair of tokens.
  const aShorter = a.length <= b.length;
  const shorter = aShorter ? a : b;
  const longer = aShorter ? b : a;
  const extra = longer.length - shorter.length;
  if (extra < 1 || extra > 2 || shorter.length < INFLECTION_STEM_MIN_LENGTH) return false;
  return slavicDerivation(shorter, longer) || iberianPatronymic(shorter, longer);
}

/** A deriving ending (see DERIVING_ENDINGS) after a stem ending in a consonant: Sokol, Sokolov. */
function slavicDerivation(shorter: string, longer: string): boolean {
  return longer.length - shorter.length === 2 && longer.startsWith(shorter) && DERIVING_ENDINGS.has(longer.slice(shorter.length)) && !VOWEL_END.test(shorter);
}

/**
 * The Spanish or Portuguese patronymic family name made from a given name: -ez or -es on its stem
 * (Martín, Martínez; Sancho, Sánchez; Rodrigo, Rodríguez; Nuno, Nunes). A given name without a final
 * vowel takes -ez only (Martinez), as a name's own -es may be a case ending (see CASE_ENDINGS).
 */
function iberianPatronymic(shorter: string, longer: string): boolean {
  const last = longer.charCodeAt(longer.length - 1);
  // -ez or -es: the cheap test first.
  if ((last !== 122 && last !== 115) || longer.charCodeAt(longer.length - 2) !== 101) return false;
  const stem = longer.slice(0, -2);
  if (shorter === stem) return last === 122;
  // The given name's final -o or -a gives way to the ending (Sancho, Sánchez), its -go to -guez
  // (Rodrigo, Rodríguez). Not a final -e: a name cut short by a field's length ends so (Juare, Gonzale).
  if (!GIVEN_NAME_VOWEL_END.test(shorter)) return false;
  if (shorter.length === stem.length + 1 && shorter.startsWith(stem)) return true;
  return stem.endsWith('u') && shorter.length === stem.length && shorter.startsWith(stem.slice(0, -1));
}

/** Whether one token is the other with one or two letters added at the end. */
export function inflectedForm(a: string, b: string): boolean {
  // No [shorter, longer] pair: this runs for every compared pair of tokens.
  const aShorter = a.length <= b.length;
  const shorter = aShorter ? a : b;
  const longer = aShorter ? b : a;
  const extra = longer.length - shorter.length;
  return shorter.length >= INFLECTION_STEM_MIN_LENGTH && extra >= 1 && extra <= 2 && longer.startsWith(shorter);
}

/**
 * Endings that Baltic and Slavic languages add to a foreign name for its grammatical case: known by
 * grammar, so certainly the same name. Not -a (Putina is another person, the feminine form), -i
 * (Ahmadi, Hassani) nor a lone -s (Williams, Roberts): those make surnames of their own.
 */
const CASE_ENDINGS: ReadonlySet<string> = new Set(['as', 'is', 'us', 'ys', 'es', 'om', 'em', 'ym']);

export function isCaseEnding(ending: string): boolean {
  return CASE_ENDINGS.has(ending);
}

/**
 * Whether one token is the Arabic or Persian nisba of the other, a known name (the name tables'):
 * its usual spelling with -i added (Ahmadi from Ahmed, Ahmad; Karimi from Karim, Mohammadi from
 * Mohammed, Sultani from Sultan; Rezaei from Reza), a family name of its own. Spellings that the name table holds as
 * one name (Abdullahi, Abdullah) are not. Most pairs are told apart by their last letters and
 * lengths alone.
 */
export function nisbaName(a: string, b: string): boolean {
  const aLonger = a.length > b.length;
  const longer = aLonger ? a : b;
  const shorter = aLonger ? b : a;
  if (!longer.endsWith('i') || shorter.endsWith('i') || shorter.length < 4 || longer.length - shorter.length > 2 || longer[0] !== shorter[0]) return false;
  const base = canonicalToken(shorter);
  if (!knownName(base) || canonicalToken(longer) === base) return false;
  // After a name ending in a vowel the nisba is -ei, -yi or -vi (Rezaei from Reza, Mousavi from Mousa).
  return canonicalToken(longer.slice(0, -1)) === base || (/[aeiou]$/u.test(shorter) && /[eyv]i$/u.test(longer) && canonicalToken(longer.slice(0, -2)) === base);
}

let arabicNames: ReadonlySet<string> | undefined;

/** A name the name tables know, by its canonical form: a group of spellings, or a name of the Arabic-script table. */
export function knownName(canonical: string): boolean {
  arabicNames ??= new Set(Object.values(ARABIC_NAMES).map(canonicalToken));
  return Object.hasOwn(NAME_GROUPS, canonical) || arabicNames.has(canonical);
}
