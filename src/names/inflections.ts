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
 * spelling (Somali Cabdullaahi, Abdullahi); in Arabic script, where it is written, the scorer tells
 * the nisba apart (see variant-match.ts, dropsWrittenFinalVowel).
 */
const DERIVING_ENDINGS: ReadonlySet<string> = new Set(['ov', 'ev']);
const VOWEL_END = /[aeiouy]$/u;

/**
 * Whether one token is the other with a deriving ending added (see DERIVING_ENDINGS): another name.
 * Every such pair is also an inflectedForm by its letters: ask this only of those.
 */
export function derivedForm(a: string, b: string): boolean {
  if (!inflectedForm(a, b) || Math.abs(a.length - b.length) !== 2) return false;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  return DERIVING_ENDINGS.has(longer.slice(shorter.length)) && !VOWEL_END.test(shorter);
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
