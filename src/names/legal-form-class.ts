/**
 * The classes of the legal forms an organisation's name carries (see legal-form-classes.ts), read
 * through the same removal as matching uses (forms anywhere, through typos and cuts, written in
 * Cyrillic or CJK), plus the forms that only the class table knows (ANO, e.V., Branch), at the
 * name's edges.
 */
import { LEGAL_FORM_CLASSES, LONGEST_FORM_WORDS } from './legal-form-classes.js';
import { removeCjkLegalForms, removeLegalForms } from './legal-form-removal.js';
import { normalizeText } from './normalize.js';

/** Characters of the CJK blocks, where forms are written onto the name without a space. */
const CJK = /[\u3000-\u9fff\uac00-\ud7af]/u;

/** The class flags of every legal form in `name`; 0 when it carries none the table knows. */
export function legalFormClassesOf(name: string): number {
  const text = normalizeText(name).text;
  const words = text.split(' ').filter((w) => w.length > 0);
  if (words.length < 2 && !CJK.test(name)) return 0;
  let classes = 0;
  const result = removeLegalForms(words, true);
  for (const form of result.removed) classes |= LEGAL_FORM_CLASSES.get(form) ?? 0;
  // The words are the normalised text's: without a CJK character there, none of them has one.
  const cjk = CJK.test(text);
  for (const word of result.tokens) {
    if (!cjk || !CJK.test(word)) continue;
    for (const form of removeCjkLegalForms(word).removed) classes |= LEGAL_FORM_CLASSES.get(form) ?? 0;
  }
  return classes | edgeClasses(result.tokens);
}

/**
 * The same from a name already analysed (see analyzeName): the forms its analysis removed, and the
 * forms at the edges of its normalised words that analysis keeps (short forms in a name of unknown
 * kind, and those only the class table knows). Spares a query a second reading of its name.
 */
export function legalFormClassesFrom(removed: readonly string[], normalized: string): number {
  let classes = 0;
  for (const form of removed) classes |= LEGAL_FORM_CLASSES.get(form) ?? 0;
  // Every query comes here: its words are split only when an edge word may begin or end a form.
  const firstSpace = normalized.indexOf(' ');
  if (firstSpace < 0) return classes;
  if (!FIRST_WORDS.has(normalized.slice(0, firstSpace)) && !LAST_WORDS.has(normalized.slice(normalized.lastIndexOf(' ') + 1))) return classes;
  return classes | edgeClasses(normalized.split(' '));
}

/**
 * The first and the last words of the forms the table knows: a name whose edge word is neither
 * (most names) carries no form there, and needs no joined candidates built to say so.
 */
const FIRST_WORDS: ReadonlySet<string> = new Set([...LEGAL_FORM_CLASSES.keys()].map((form) => form.split(' ')[0]!));
const LAST_WORDS: ReadonlySet<string> = new Set([...LEGAL_FORM_CLASSES.keys()].map((form) => form.split(' ').at(-1)!));

/** The longest form the table knows at each edge of what removal left (two words at least must stay a name). */
function edgeClasses(tokens: readonly string[]): number {
  let classes = 0;
  const longest = Math.min(LONGEST_FORM_WORDS, tokens.length - 1);
  if (longest < 1) return 0;
  const atStart = FIRST_WORDS.has(tokens[0]!);
  const atEnd = LAST_WORDS.has(tokens[tokens.length - 1]!);
  if (!atStart && !atEnd) return 0;
  for (let n = atStart ? longest : 0; n >= 1; n--) {
    const found = LEGAL_FORM_CLASSES.get(tokens.slice(0, n).join(' '));
    if (found !== undefined) {
      classes |= found;
      break;
    }
  }
  for (let n = atEnd ? longest : 0; n >= 1; n--) {
    const found = LEGAL_FORM_CLASSES.get(tokens.slice(tokens.length - n).join(' '));
    if (found !== undefined) {
      classes |= found;
      break;
    }
  }
  return classes;
}
