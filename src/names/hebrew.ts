import type { Rendering } from './rendering.js';

/**
 * Hebrew consonants in the spellings Israeli passports and English-language lists use. Unpointed
 * Hebrew does not say whether bet, kaf and pe are hard or soft, nor whether vav is 'v' or a vowel,
 * so the word start takes the hard reading and vav gets both readings as two renderings.
 */
const LETTERS: Readonly<Record<string, string>> = {
  ב: 'v', ג: 'g', ד: 'd', ה: 'h', ז: 'z', ח: 'ch', ט: 't', כ: 'kh', ך: 'kh', ל: 'l', מ: 'm', ם: 'm', נ: 'n', ן: 'n',
  ס: 's', פ: 'f', ף: 'f', צ: 'ts', ץ: 'ts', ק: 'k', ר: 'r', ש: 'sh', ת: 't',
};
const HARD_AT_START: Readonly<Record<string, string>> = { ב: 'b', כ: 'k', פ: 'p' };

function romanizeWord(word: string, vavAsVowel: boolean): string {
  const chars = Array.from(word.normalize('NFD').replace(/\p{M}/gu, ''));
  let out = '';
  for (let i = 0; i < chars.length; i += 1) {
    const ch = chars[i] as string;
    const first = i === 0;
    if (ch === 'א' || ch === 'ע') out += first ? 'a' : '';
    else if (ch === 'ו') {
      if (chars[i + 1] === 'ו') {
        out += 'v';
        i += 1;
      } else out += first || !vavAsVowel ? 'v' : 'o';
    } else if (ch === 'י') {
      if (chars[i + 1] === 'י') {
        out += 'y';
        i += 1;
      } else out += first ? 'y' : 'i';
    } else if (ch === 'ה' && i === chars.length - 1 && i > 0) {
      // A final he only marks a vowel (Moshe, Sarah).
      out += 'e';
    } else out += (first ? HARD_AT_START[ch] : undefined) ?? LETTERS[ch] ?? '';
  }
  return out;
}

/** Latin renderings of Hebrew words: vav read as a vowel (Moshe, Putin), then as 'v' (David). */
export function romanizeHebrew(words: readonly string[]): Rendering[] {
  return [
    { tokens: words.map((w) => romanizeWord(w, true)), via: 'hebrew' },
    { tokens: words.map((w) => romanizeWord(w, false)), via: 'hebrew' },
  ];
}
