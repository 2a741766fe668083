import { lookup } from './lookup.js';

/**
 * The names of Latin letters as Persian and Arabic write them, with which an English initialism in a
 * name is spelled out letter by letter (پرس تی وی, Press TV; بی بی سی, BBC; سی ان ان, CNN). Persian
 * spellings, which Arabic shares once ی is folded into ي (بي, سي, تي); ال (L, the article) and او (O,
 * Pashto and) are left out, being ordinary words of names, and so is جی for J beside G. Keyed as
 * ARABIC_ORG_TERMS is, Persian ی and ک folded into Arabic ي and ك. From the letters' names as
 * Persian media write them.
 */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  ای: 'a', بی: 'b', سی: 'c', دی: 'd', اف: 'f', جی: 'g', اچ: 'h', آی: 'i', کی: 'k', ام: 'm',
  ان: 'n', پی: 'p', کیو: 'q', آر: 'r', اس: 's', تی: 't', یو: 'u', وی: 'v', دبلیو: 'w', ایکس: 'x', وای: 'y', زد: 'z',
  // Urdu writes English t and d with its retroflex letters (ٹی وی, TV; ڈی, D), as it spells English loanwords.
  ٹی: 't', ڈی: 'd',
};

export const ARABIC_LETTER_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(LETTER_NAMES).map(([word, letter]) => [word.replace(/ی/gu, 'ي').replace(/ک/gu, 'ك'), letter]),
);

/**
 * The initialism that letter names spell from word i (تی وی, tv) and the number of words they take;
 * undefined unless two letter names or more follow one another, as one alone is a word of names.
 */
export function spelledInitialismAt(words: readonly string[], i: number): [string, number] | undefined {
  let letters = '';
  let k = i;
  for (; k < words.length; k++) {
    const letter = lookup(ARABIC_LETTER_NAMES, words[k]!);
    if (letter === undefined) break;
    letters += letter;
  }
  return k - i >= 2 ? [letters, k - i] : undefined;
}
