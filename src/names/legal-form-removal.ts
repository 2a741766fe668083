import { OneEditIndex, withinEdits } from './fuzzy.js';
import { CJK_FORMS, CYRILLIC_FORMS, EDGE_ONLY_FORMS, SHORT_FORMS, UNAMBIGUOUS_FORMS } from './legal-forms.js';

export interface LegalFormResult {
  tokens: string[];
  removed: string[];
}

function toSequences(forms: readonly string[]): string[][] {
  // Longest first, so 'co ltd' is taken whole rather than as 'co' and 'ltd'.
  return [...new Set(forms)].map((f) => f.split(' ')).sort((a, b) => b.length - a.length);
}

const ANYWHERE = toSequences([...UNAMBIGUOUS_FORMS, ...CYRILLIC_FORMS]);
const EDGES = toSequences([...UNAMBIGUOUS_FORMS, ...CYRILLIC_FORMS, ...EDGE_ONLY_FORMS]);
const SHORT_EDGES = toSequences([...UNAMBIGUOUS_FORMS, ...CYRILLIC_FORMS, ...EDGE_ONLY_FORMS, ...SHORT_FORMS]);

/** Forms indexed by one of their tokens, so that a name is only compared with forms that can match it. */
function indexBy(forms: string[][], pick: (form: string[]) => string): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const form of forms) {
    const key = pick(form);
    const list = index.get(key) ?? [];
    list.push(form);
    index.set(key, list);
  }
  return index;
}
const EDGES_BY_FIRST = indexBy(EDGES, (f) => f[0] ?? '');
const EDGES_BY_LAST = indexBy(EDGES, (f) => f.at(-1) ?? '');
const SHORT_EDGES_BY_FIRST = indexBy(SHORT_EDGES, (f) => f[0] ?? '');
const SHORT_EDGES_BY_LAST = indexBy(SHORT_EDGES, (f) => f.at(-1) ?? '');
const ANYWHERE_BY_FIRST = indexBy(ANYWHERE, (f) => f[0] ?? '');
const NO_FORMS: string[][] = [];

const SINGLE_TOKEN_FORMS: ReadonlySet<string> = new Set(SHORT_EDGES.filter((f) => f.length === 1).map((f) => f[0] as string));

const FORM_WORDS: ReadonlySet<string> = new Set(SHORT_EDGES.flat());

/** Shortest form word a typo may be read into, and shortest token read so (a word of a form whose other words are exact). */
const MIN_FUZZY_WORD = 5;
const MIN_FUZZY_TOKEN_INSIDE_FORM = 4;
/** A form that is one word stands alone: only a long word is safe to read through a typo, and a very long one through two. */
const MIN_FUZZY_SINGLE = 8;
const MIN_TWO_TYPOS_SINGLE = 14;
/** Shortest cut-off last word that completes a form ('joint stock compan'). */
const MIN_TRUNCATED = 5;

const FUZZY_WORDS = new OneEditIndex([...FORM_WORDS].filter((w) => w.length >= MIN_FUZZY_WORD));

/** Whether a word is a word of a legal form ('stock', 'company'), or one typo from a long one ('comaany'). */
export function isLegalFormWord(word: string): boolean {
  return FORM_WORDS.has(word) || (word.length >= MIN_FUZZY_WORD && FUZZY_WORDS.near(word).length > 0);
}
const LONG_SINGLE_FORMS = [...SINGLE_TOKEN_FORMS].filter((w) => w.length >= MIN_FUZZY_SINGLE);

/** Shortest word that stands as written for a multi-word form to be read through a typo ('de' is in too many names). */
const MIN_ANCHOR = 3;

/** Words of the multi-word forms that have a word a typo or a cut can be read into: only a name holding one needs a closer look. */
const ANCHORS: ReadonlySet<string> = new Set(
  SHORT_EDGES.filter((form) => form.length > 1 && form.some((w) => w.length >= MIN_FUZZY_WORD))
    .flat()
    .filter((w) => w.length >= MIN_ANCHOR),
);

/** Last words of multi-word forms by each of their prefixes long enough to stand for them. */
const LAST_WORDS_BY_PREFIX = new Map<string, string[]>();
for (const form of SHORT_EDGES) {
  const last = form.at(-1) ?? '';
  if (form.length < 2) continue;
  for (let n = MIN_TRUNCATED; n < last.length; n += 1) {
    const list = LAST_WORDS_BY_PREFIX.get(last.slice(0, n)) ?? [];
    if (!list.includes(last)) list.push(last);
    LAST_WORDS_BY_PREFIX.set(last.slice(0, n), list);
  }
}

/** A token of the name, with the form words it may stand for through a typo or a cut, looked up when first asked. */
class Token {
  private nearWords: readonly string[] | undefined;

  constructor(
    readonly text: string,
    /** Whether the name holds a word of a form that typos are read in. */
    private readonly anchored: boolean,
    /** Form words the token begins, when it ends the name ('compan' for 'company'). */
    readonly cut: readonly string[],
  ) {}

  /** Form words one edit away (two for very long single-word forms), when the token is not itself a form word. */
  get near(): readonly string[] {
    if (this.nearWords === undefined) this.nearWords = cachedNearFormWords(this.text, this.anchored);
    return this.nearWords;
  }
}

const NONE: readonly string[] = [];

/**
 * Form words near a token of a name that holds a form word (see ANCHORS), by token: every such
 * organisation name asks it for each of its words, and names share their words (trading,
 * international). Cleared, not evicted, when full: the next names refill it with what is current.
 */
const NEAR_CACHE_LIMIT = 20_000;
const nearCache = new Map<string, readonly string[]>();

function cachedNearFormWords(text: string, anchored: boolean): readonly string[] {
  // Most tokens: too short to be read as a single-word form, and no multi-word form to read them into.
  if (!anchored) return text.length < MIN_FUZZY_SINGLE ? NONE : nearLongSingleForms(text);
  let near = nearCache.get(text);
  if (near === undefined) {
    near = FORM_WORDS.has(text) ? NONE : withFarForms(text, FUZZY_WORDS.near(text));
    if (nearCache.size >= NEAR_CACHE_LIMIT) nearCache.clear();
    nearCache.set(text, near);
  }
  return near;
}

/**
 * Without a form word written as it should be, only the long single-word forms can be read. They
 * are few, and most tokens are too far from each in length or at both ends to be one edit away:
 * asking them directly costs less than a cache would (a fresh token's hash and a map to refill).
 */
function nearLongSingleForms(text: string): readonly string[] {
  if (FORM_WORDS.has(text)) return NONE;
  let near: string[] | undefined;
  for (const form of LONG_SINGLE_FORMS) if (mayBeOneEditApart(text, form) && withinEdits(text, form, 1)) (near ??= []).push(form);
  return text.length < MIN_TWO_TYPOS_SINGLE ? (near ?? NONE) : withFarForms(text, near ?? NONE);
}

/**
 * A cheap necessary condition of one edit (a change, an insertion, a deletion or a swap of
 * neighbours) between words of two letters or more: the lengths differ by one at most, and the
 * words begin or end alike, as one edit cannot touch both ends.
 */
function mayBeOneEditApart(a: string, b: string): boolean {
  const difference = a.length - b.length;
  if (difference > 1 || difference < -1) return false;
  return a.charCodeAt(0) === b.charCodeAt(0) || a.charCodeAt(a.length - 1) === b.charCodeAt(b.length - 1);
}

/** Adds the very long single-word forms two edits away ('aktiengeselschat'). */
function withFarForms(text: string, near: readonly string[]): readonly string[] {
  if (text.length < MIN_TWO_TYPOS_SINGLE) return near;
  const far = LONG_SINGLE_FORMS.filter((w) => w.length >= MIN_TWO_TYPOS_SINGLE && !near.includes(w) && withinEdits(text, w, 2));
  return far.length > 0 ? [...near, ...far] : near;
}

function readTokens(input: readonly string[]): Token[] {
  const anchored = input.some((t) => ANCHORS.has(t));
  const last = input.length - 1;
  return input.map((text, i) => new Token(text, anchored, anchored && i === last && !FORM_WORDS.has(text) ? (LAST_WORDS_BY_PREFIX.get(text) ?? NONE) : NONE));
}

/** Whether a form word is matched by a token that is not the word itself. */
function readAs(token: Token, word: string, single: boolean, othersExact: boolean, last: boolean): boolean {
  if (single) return token.text.length >= MIN_FUZZY_SINGLE && word.length >= MIN_FUZZY_SINGLE && token.near.includes(word);
  if (token.near.includes(word) && word.length >= MIN_FUZZY_WORD) {
    if (token.text.length >= MIN_FUZZY_WORD || (othersExact && token.text.length >= MIN_FUZZY_TOKEN_INSIDE_FORM)) return true;
  }
  return last && token.cut.includes(word);
}

function matchesAt(tokens: readonly Token[], at: number, form: readonly string[]): boolean {
  if (at < 0 || at + form.length > tokens.length) return false;
  let exact = 0;
  let anchor = false;
  for (let k = 0; k < form.length; k += 1) {
    if (tokens[at + k]!.text !== form[k]) continue;
    exact += 1;
    if (form[k]!.length >= MIN_ANCHOR) anchor = true;
  }
  if (exact === form.length) return true;
  // A multi-word form is read through typos only when one of its words stands as written.
  if (form.length > 1 && !anchor) return false;
  const othersExact = exact === form.length - 1;
  for (let k = 0; k < form.length; k += 1) {
    const token = tokens[at + k]!;
    const word = form[k]!;
    if (token.text !== word && !readAs(token, word, form.length === 1, othersExact, k === form.length - 1)) return false;
  }
  return true;
}

/** Forms filed under a token or under the form words it may stand for, longest first. */
function formsFor(index: Map<string, string[][]>, token: Token): readonly string[][] {
  const own = index.get(token.text) ?? NO_FORMS;
  if (token.near.length === 0 && token.cut.length === 0) return own;
  const all = new Set(own);
  for (const word of [...token.near, ...token.cut]) for (const form of index.get(word) ?? NO_FORMS) all.add(form);
  return [...all].sort((a, b) => b.length - a.length);
}

/**
 * Whether removal could find a form in the tokens: two of them at least, and one a form word or
 * near a long single-word form (without a form word written as it should be, no token is read
 * through a typo or a cut into any other). Most names hold none, and need no closer reading.
 */
function mayHoldForm(input: readonly string[]): boolean {
  if (input.length < 2) return false;
  for (const text of input) if (FORM_WORDS.has(text) || (text.length >= MIN_FUZZY_SINGLE && nearLongSingleForms(text).length > 0)) return true;
  return false;
}

/** The first words of the forms removed anywhere that a typo may be read into, by length. */
const ANYWHERE_FUZZY_FIRST_BY_LENGTH = new Map<number, string[]>();
for (const word of ANYWHERE_BY_FIRST.keys()) {
  if (word.length < MIN_FUZZY_WORD) continue;
  const list = ANYWHERE_FUZZY_FIRST_BY_LENGTH.get(word.length);
  if (list === undefined) ANYWHERE_FUZZY_FIRST_BY_LENGTH.set(word.length, [word]);
  else list.push(word);
}

/**
 * formsFor(ANYWHERE_BY_FIRST, token) without reading the token's near words when none of them can
 * be such a first word: no cut to complete, too short for two typos, and no first word of a length
 * one edit allows that begins or ends as the token does. Every token of a name holding a form word
 * comes here, and reading near words costs a lookup per letter.
 */
function anywhereFormsFor(token: Token): readonly string[][] {
  if (token.cut.length > 0 || token.text.length >= MIN_TWO_TYPOS_SINGLE) return formsFor(ANYWHERE_BY_FIRST, token);
  for (let length = token.text.length - 1; length <= token.text.length + 1; length++) {
    for (const word of ANYWHERE_FUZZY_FIRST_BY_LENGTH.get(length) ?? NONE) {
      if (mayBeOneEditApart(token.text, word)) return formsFor(ANYWHERE_BY_FIRST, token);
    }
  }
  return ANYWHERE_BY_FIRST.get(token.text) ?? NO_FORMS;
}

/**
 * Removes legal forms from an organisation's tokens: any known form at the start or end (repeatedly:
 * 'co ltd', 'sa de cv'), and unambiguous multi-letter forms anywhere ('ZTE Corp (Shenzhen)').
 * `short` also removes short forms that can be parts of personal names (sa, ag, pt): only for names
 * known to be organisations. A name made only of legal forms is left as it is, so that something
 * remains to match. Forms are read through a typo ('limited liability cimpany', 'jint stock
 * company', 'aktiengeselschaft') and through a cut last word ('joint stock compan'); `removed`
 * names them as the table writes them.
 */
export function removeLegalForms(input: readonly string[], short = false): LegalFormResult {
  if (!mayHoldForm(input)) return { tokens: [...input], removed: [] };
  const byFirst = short ? SHORT_EDGES_BY_FIRST : EDGES_BY_FIRST;
  const byLast = short ? SHORT_EDGES_BY_LAST : EDGES_BY_LAST;
  let tokens = readTokens(input);
  const removed: string[] = [];
  let changed = true;
  while (changed && tokens.length > 1) {
    changed = false;
    for (const form of formsFor(byLast, tokens.at(-1)!)) {
      if (form.length >= tokens.length) continue;
      if (matchesAt(tokens, tokens.length - form.length, form)) {
        removed.unshift(form.join(' '));
        tokens = tokens.slice(0, tokens.length - form.length);
        changed = true;
        break;
      }
    }
    if (changed) continue;
    for (const form of formsFor(byFirst, tokens[0]!)) {
      if (form.length >= tokens.length) continue;
      if (matchesAt(tokens, 0, form)) {
        removed.push(form.join(' '));
        tokens = tokens.slice(form.length);
        changed = true;
        break;
      }
    }
  }
  for (let i = 0; i < tokens.length && tokens.length > 1; i += 1) {
    for (const form of anywhereFormsFor(tokens[i]!)) {
      if (form.length >= tokens.length || !matchesAt(tokens, i, form)) continue;
      // Single letters are initials as often as they are parts of a form: only whole words count mid-name.
      if (form.every((t) => t.length === 1)) continue;
      removed.push(form.join(' '));
      tokens = [...tokens.slice(0, i), ...tokens.slice(i + form.length)];
      i -= 1;
      break;
    }
  }
  // 'Company Limited' or 'Trust Company' alone is all legal form: nothing would be left to match.
  if (tokens.every((t) => SINGLE_TOKEN_FORMS.has(t.text))) return { tokens: [...input], removed: [] };
  return { tokens: tokens.map((t) => t.text), removed };
}

const CJK_SORTED = [...CJK_FORMS].sort((a, b) => b.length - a.length);

// Long forms cannot be part of a name, so they go wherever they stand (中兴通讯股份有限公司深圳分公司).
const CJK_ANYWHERE = CJK_SORTED.filter((form) => form.length >= 4);

/** Removes legal forms written without spaces from a Chinese, Japanese or Korean run: at its start or end, or anywhere when long. */
export function removeCjkLegalForms(run: string): LegalFormResult {
  let text = run;
  const removed: string[] = [];
  for (const form of CJK_ANYWHERE) {
    const at = text.indexOf(form);
    if (at > 0 && at + form.length < text.length) {
      text = text.slice(0, at) + text.slice(at + form.length);
      removed.push(form);
    }
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (const form of CJK_SORTED) {
      if (text.length <= form.length) continue;
      // Only a remainder with a letter or digit is a name; a stray mark is not.
      const rest = text.endsWith(form) ? text.slice(0, -form.length) : text.startsWith(form) ? text.slice(form.length) : '';
      if (!/[\p{L}\p{N}]/u.test(rest)) continue;
      if (text.endsWith(form)) {
        text = text.slice(0, -form.length);
        removed.unshift(form);
        changed = true;
        break;
      }
      if (text.startsWith(form)) {
        text = text.slice(form.length);
        removed.push(form);
        changed = true;
        break;
      }
    }
  }
  return { tokens: [text], removed };
}
