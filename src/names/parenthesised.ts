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
