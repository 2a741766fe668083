/**
 * Legal-form words written onto a name or onto each other ('Linaresltda', 'Liabilitycompany',
 * 'OBSHCHESTVOSG-DEVELOPMENT', 'Incorporatedkem') are split off, so that the legal form is known and
 * removed and the name stands on its own. Both sides of a comparison are split the same way.
 */
import { EDGE_ONLY_FORMS, UNAMBIGUOUS_FORMS } from './legal-forms.js';
import { lookup } from './lookup.js';
import { ORG_TERMS } from './org-terms.js';

/** Three-letter form words glued often enough to split on; longer form words all are. */
const SHORT_GLUED = ['ltd', 'llc', 'inc', 'plc', 'llp', 'ooo', 'oao', 'zao', 'pao', 'jsc', 'cjs'];
/** Words of legal forms that are also common words or name parts (Per, the And of 'gmbh and co kg'). */
const NOT_GLUED = new Set(['and', 'per', 'sab', 'mit', 'des', 'der']);
const MIN_REST = 2;
/**
 * What stands before a form word split off a token's end: two letters there are mostly a prefix of an
 * English word that ends like a form word (re-public, un-limited), not a name with a form glued on.
 */
const MIN_REST_BEFORE = 3;
const MIN_LEADING = 6;

let words: string[] | undefined;

/** Form words, longest first: 'incorporated' is tried before 'inc'. */
export function gluedWords(): readonly string[] {
  words ??= [
    ...new Set([...UNAMBIGUOUS_FORMS, ...EDGE_ONLY_FORMS].flatMap((form) => form.split(' ')).filter((w) => w.length >= 4 && !NOT_GLUED.has(w))),
    ...SHORT_GLUED,
  ].sort((a, b) => b.length - a.length);
  return words;
}

/**
 * A word's last two letters as one number: every token of a name asks, and a number needs no string
 * cut. Ten bits of each letter, so that the number is a small integer (a map hashes a larger one as
 * a boxed double): letters beyond them may share a number, which costs a comparison (splitAt checks
 * every word it is given), never a split.
 */
function endingOf(word: string): number {
  return ((word.charCodeAt(word.length - 2) & 0x3ff) << 10) | (word.charCodeAt(word.length - 1) & 0x3ff);
}

/** A word's first three letters as one number (see endingOf). */
function openingOf(word: string): number {
  return ((word.charCodeAt(0) & 0x3ff) << 20) | ((word.charCodeAt(1) & 0x3ff) << 10) | (word.charCodeAt(2) & 0x3ff);
}

/**
 * The form words a token may end or begin with, filed under their last two letters and (those long
 * enough to be split off the front) their first three, each list in the order of gluedWords: a
 * token is compared with the few words that share its ends, not with every form word.
 */
interface GluedIndex {
  wordSet: ReadonlySet<string>;
  byEnding: ReadonlyMap<number, readonly string[]>;
  byOpening: ReadonlyMap<number, readonly string[]>;
  /** Each word's position in gluedWords, to merge the two lists in that order. */
  rank: ReadonlyMap<string, number>;
}

let index: GluedIndex | undefined;

function gluedIndex(): GluedIndex {
  if (index !== undefined) return index;
  const all = gluedWords();
  const file = (map: Map<number, string[]>, key: number, word: string) => {
    const list = map.get(key);
    if (list === undefined) map.set(key, [word]);
    else list.push(word);
  };
  const byEnding = new Map<number, string[]>();
  const byOpening = new Map<number, string[]>();
  for (const word of all) {
    file(byEnding, endingOf(word), word);
    if (word.length >= MIN_LEADING) file(byOpening, openingOf(word), word);
  }
  index = { wordSet: new Set(all), byEnding, byOpening, rank: new Map(all.map((w, i) => [w, i])) };
  return index;
}

const NO_WORDS: readonly string[] = [];

/** One token split at a form word at its start or end, or undefined; a form word itself stays whole. */
function splitOnce(token: string): [string, string] | undefined {
  const { wordSet, byEnding, byOpening, rank } = gluedIndex();
  // A known organisation word is a word, not a name with a form glued on: pinyin zhizao
  // (manufacturing) ends in zao, the Russian ZAO.
  if (token.length < 5 || wordSet.has(token) || lookup(ORG_TERMS, token) !== undefined) return undefined;
  const ending = byEnding.get(endingOf(token)) ?? NO_WORDS;
  const opening = byOpening.get(openingOf(token)) ?? NO_WORDS;
  // The two lists merged in the order of gluedWords: the first word that splits wins, as it would in a scan of all.
  let e = 0;
  let o = 0;
  while (e < ending.length || o < opening.length) {
    const rankE = e < ending.length ? rank.get(ending[e]!)! : Infinity;
    const rankO = o < opening.length ? rank.get(opening[o]!)! : Infinity;
    const word = rankE <= rankO ? ending[e]! : opening[o]!;
    if (rankE <= rankO) e++;
    if (rankO <= rankE) o++;
    const split = splitAt(token, word);
    if (split !== undefined) return split;
  }
  return undefined;
}

/** The token split at the form word at its start or its end, when what remains is long enough. */
function splitAt(token: string, word: string): [string, string] | undefined {
  if (token.length < word.length + MIN_REST) return undefined;
  // A rest of two letters only beside a long form word: 'sg' after obshchestvo, not 'na' before inc.
  const minRest = word.length <= 3 ? MIN_REST + 1 : MIN_REST;
  // Only a long form word is split off the front: a short one opens too many words (inc-omplete, corp-oracion).
  if (word.length >= MIN_LEADING && token.startsWith(word) && token.length - word.length >= minRest) return [word, token.slice(word.length)];
  if (token.endsWith(word) && token.length - word.length >= Math.max(minRest, MIN_REST_BEFORE)) return [token.slice(0, -word.length), word];
  return undefined;
}

/** The tokens with glued form words split off (twice at most per token: 'limitedliabilitycompany'); undefined when none was. */
export function splitGluedForms(tokens: readonly string[]): string[] | undefined {
  let changed = false;
  const out: string[] = [];
  for (const token of tokens) if (splitInto(token, 0, out)) changed = true;
  return changed ? out : undefined;
}

/** Pushes the token's parts onto `out` (itself when it does not split); whether it split. */
function splitInto(token: string, depth: number, out: string[]): boolean {
  const split = depth < 2 ? splitOnce(token) : undefined;
  if (split === undefined) {
    out.push(token);
    return false;
  }
  splitInto(split[0], depth + 1, out);
  splitInto(split[1], depth + 1, out);
  return true;
}
