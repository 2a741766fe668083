/**
 * Words written in parentheses in an organisation's name: an annotation of which part of a group it
 * is (Deutsche Bank (Schweiz) AG, Bank of China (Hong Kong) Limited), not a name of its own.
 */
import { normalizeText } from './normalize.js';

const PARENTHESISED = /\(([^()]*)\)/gu;

/** The normalised words found only inside parentheses in `name`; undefined when there are none. */
export function parenthesisedWords(name: string): ReadonlySet<string> | undefined {
  if (!name.includes('(')) return undefined;
  const inside = new Set<string>();
  for (const match of name.matchAll(PARENTHESISED)) {
    for (const word of normalizeText(match[1]!).text.split(' ')) if (word.length > 0) inside.add(word);
  }
  if (inside.size === 0) return undefined;
  // A word also written outside them is part of the name as well (China Bank (China)).
  for (const word of normalizeText(name.replace(PARENTHESISED, ' ')).text.split(' ')) inside.delete(word);
  return inside.size > 0 ? inside : undefined;
}

/** A note naming a person's nationality or status: (PRC national), (Iranian individual), (citizen of Syria). */
const PERSON_NOTE = /^(?:[\p{L} ]+ )?(?:national|individual|citizen)(?: of [\p{L} ]+)?$/iu;
/** The marker of another name written in parentheses: (a.k.a. Nei-chien Chu), (f.k.a. ...). */
const OTHER_NAME = /^(?:a\.?\s?k\.?\s?a\.?|f\.?\s?k\.?\s?a\.?|also known as|formerly known as)[:\s]+/iu;

/** What a listed name's parentheses hold besides its words (see personalNotes). */
export interface ParenthesisedNames {
  /** The name without its parentheses, when they only annotate it. */
  without: string | undefined;
  /** Other names written in parentheses: each names the party by itself. */
  others: string[];
}

/**
 * The names a listed name written with parentheses gives: a person's name carries notes (Luo
 * Dongmei (PRC national), EL PARA (COMBAT NAME)), which are no part of the name, and a note of
 * nationality marks a party of unknown kind as a person, whose other parenthesised words are a name
 * of their own (Ri Su'ung-ch'o'l (Ri Sung Chol) (DPRK national)). An a.k.a. in parentheses names the
 * party, whatever its kind. An organisation's other parentheses are left as they are (see
 * parenthesisedWords): they tell a group's parts apart.
 */
export function parenthesisedNames(value: string, person: boolean): ParenthesisedNames {
  const inline = inlineOtherNames(value);
  const none: ParenthesisedNames = { without: undefined, others: inline };
  if (!value.includes('(')) return none;
  const groups = [...value.matchAll(PARENTHESISED)].map((match) => match[1]!.trim());
  if (groups.length === 0) return none;
  const noted = person || groups.some((group) => PERSON_NOTE.test(group));
  const others: string[] = [];
  for (const group of groups) {
    const marker = OTHER_NAME.exec(group);
    if (marker !== null) others.push(group.slice(marker[0].length));
    // A person's own parentheses hold a spelling of one word or a note (Ahmad (Ahmed), (birth name)).
    else if (!person && noted && !PERSON_NOTE.test(group) && group.split(/\s+/u).length >= 2) others.push(group);
  }
  // A parenthesis left unclosed or unopened once the groups are out is a stray mark, not a name's letter.
  const bare = value.replace(PARENTHESISED, ' ').replace(/[()]/gu, ' ').replace(/\s+/gu, ' ').trim();
  const without = noted && bare.length > 0 ? bare : undefined;
  return { without, others: [...inline, ...others.filter((name) => name.length > 0)] };
}

/**
 * A marker of another name written inside a listed name, between spaces, without parentheses (FUYI SUN
 * A/K/A FRANK SUN; ... Research Institute a.k.a. ... Institute of ...). Bare 'aka' is left out: it is
 * also a word of names (Aka, red in Japanese).
 */
const INLINE_OTHER_NAME = /\s+(?:[af]\/k\/a|[af]\.\s?k\.\s?a\.?|also known as|formerly known as)\s+/iu;

/** The names a listed name gives either side of an inline a.k.a. (see INLINE_OTHER_NAME); none for most names, which hold no marker. */
function inlineOtherNames(value: string): string[] {
  if (!INLINE_OTHER_NAME.test(value)) return [];
  return value.split(new RegExp(INLINE_OTHER_NAME.source, 'giu')).map((part) => part.trim()).filter((part) => part.length > 0);
}
