/**
 * Legal-form words written onto a name or onto each other ('Linaresltda', 'Liabilitycompany',
 * 'OBSHCHESTVOSG-DEVELOPMENT', 'Incorporatedkem') are split off, so that the legal form is known and
 * removed and the name stands on its own. Both sides of a comparison are split the same way.
 */
import { EDGE_ONLY_FORMS, UNAMBIGUOUS_FORMS } from './legal-forms.js';

/** Three-letter form words glued often enough to split on; longer form words all are. */
const SHORT_GLUED = ['ltd', 'llc', 'inc', 'plc', 'llp', 'ooo', 'oao', 'zao', 'pao', 'jsc', 'cjs'];
/** Words of legal forms that are also common words or name parts (Per, the And of 'gmbh and co kg'). */
const NOT_GLUED = new Set(['and', 'per', 'sab', 'mit', 'des', 'der']);
const MIN_REST = 2;
const MIN_LEADING = 6;

let words: string[] | undefined;

/** Form words, longest first: 'incorporated' is tried before 'inc'. */
function gluedWords(): string[] {
  words ??= [
    ...new Set([...UNAMBIGUOUS_FORMS, ...EDGE_ONLY_FORMS].flatMap((form) => form.split(' ')).filter((w) => w.length >= 4 && !NOT_GLUED.has(w))),
    ...SHORT_GLUED,
  ].sort((a, b) => b.length - a.length);
  return words;
}

let wordSet: Set<string> | undefined;
/** The last two letters of every form word (see endingOf): most tokens end otherwise and need no closer look. */
let endings: Set<number> | undefined;
/** The first three letters of every form word long enough to be split off the front (see openingOf). */
let openings: Set<number> | undefined;

/** A word's last two letters as one number: every token of a name asks, and a number needs no string cut. */
function endingOf(word: string): number {
  return word.charCodeAt(word.length - 2) * 0x10000 + word.charCodeAt(word.length - 1);
}

/** A word's first three letters as one number (see endingOf). */
function openingOf(word: string): number {
  return (word.charCodeAt(0) * 0x10000 + word.charCodeAt(1)) * 0x10000 + word.charCodeAt(2);
}

/** One token split at a form word at its start or end, or undefined; a form word itself stays whole. */
function splitOnce(token: string): [string, string] | undefined {
  wordSet ??= new Set(gluedWords());
  endings ??= new Set(gluedWords().map(endingOf));
  openings ??= new Set(gluedWords().filter((w) => w.length >= MIN_LEADING).map(openingOf));
  if (token.length < 5 || wordSet.has(token)) return undefined;
  if (!endings.has(endingOf(token)) && !openings.has(openingOf(token))) return undefined;
  for (const word of gluedWords()) {
    if (token.length < word.length + MIN_REST) continue;
    // A rest of two letters only beside a long form word: 'sg' after obshchestvo, not 'na' before inc.
    const minRest = word.length <= 3 ? MIN_REST + 1 : MIN_REST;
    // Only a long form word is split off the front: a short one opens too many words (inc-omplete, corp-oracion).
    if (word.length >= MIN_LEADING && token.startsWith(word) && token.length - word.length >= minRest) return [word, token.slice(word.length)];
    if (token.endsWith(word) && token.length - word.length >= minRest) return [token.slice(0, -word.length), word];
  }
  return undefined;
}

/** The tokens with glued form words split off (twice at most per token: 'limitedliabilitycompany'); undefined when none was. */
export function splitGluedForms(tokens: readonly string[]): string[] | undefined {
  let changed = false;
  const out: string[] = [];
  const visit = (token: string, depth: number) => {
    const split = depth < 2 ? splitOnce(token) : undefined;
    if (split === undefined) {
      out.push(token);
      return;
    }
    changed = true;
    for (const part of split) visit(part, depth + 1);
  };
  for (const token of tokens) visit(token, 0);
  return changed ? out : undefined;
}
