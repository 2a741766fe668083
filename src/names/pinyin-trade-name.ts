import { isGenericOrganisationWord } from './business-words.js';
import { isPinyinSyllable } from './chinese-key.js';

/** A trade name of fewer syllables written apart is met by the scorer's own joins (see alignJoined in score.ts). */
const MIN_SYLLABLES = 3;
/** Chinese trade names run to four or five syllables; a longer run is no one word. */
const MAX_SYLLABLES = 6;
/** The longest pinyin syllable (zhuang, shuang). */
const MAX_SYLLABLE_LENGTH = 6;

/**
 * A Chinese company's trade name written one syllable to a word (Shenzhen Bo Zhi Tong Da Technology),
 * joined as Chinese companies register it in English (Shenzhen Bozhitongda Technologic): the scorer
 * joins two or three written-apart words, not four. A trade name is a run of three to six words that
 * are each one pinyin syllable, beside a word that is not (the place, the trade): a name all of
 * syllables is a person's or as written. Undefined for any other name.
 */
export function pinyinTradeNameJoined(tokens: readonly string[]): string[] | undefined {
  if (tokens.length <= MIN_SYLLABLES) return undefined;
  const out: string[] = [];
  let joined = false;
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && isSyllableWord(tokens[j]!)) j++;
    if (j - i >= MIN_SYLLABLES && j - i <= MAX_SYLLABLES) {
      out.push(tokens.slice(i, j).join(''));
      joined = true;
    } else out.push(...tokens.slice(i, Math.max(j, i + 1)));
    i = Math.max(j, i + 1);
  }
  return joined && out.length > 1 ? out : undefined;
}

function isSyllableWord(token: string): boolean {
  return token.length <= MAX_SYLLABLE_LENGTH && isPinyinSyllable(token) && !isGenericOrganisationWord(token);
}
