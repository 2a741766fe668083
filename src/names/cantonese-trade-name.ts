import { isGenericOrganisationWord } from './business-words.js';
import { pinyinSyllables } from './chinese-key.js';
import { CHINESE_SYLLABLE_SPELLINGS } from './chinese-spellings.js';
import { lookup } from './lookup.js';

/** Readings of one trade name, at most: the commonest reading of every syllable, then each syllable's next alone. */
const MAX_READINGS = 4;

/** A word's pinyin readings as a Cantonese or Hokkien syllable (see CHINESE_SYLLABLE_SPELLINGS); undefined for other words. */
function readings(token: string): string[] | undefined {
  return lookup(CHINESE_SYLLABLE_SPELLINGS, token)?.split('|');
}

/**
 * A company's trade name in the Cantonese or Hokkien spellings of Hong Kong, Macau and Southeast
 * Asia, read in pinyin for a listing in pinyin (Wah Sun Shipping, 華新 Huaxin Shipping; Kwong Fat
 * Trading, Guangfa Trading): the given-name syllable table of chinese-spellings.ts, which spells the
 * same characters, serves for the words of a trade name. A trade name is a run of two such words or
 * more, one of them no pinyin (Wah, Kwong): one alone, or a run all pinyin, is as often English or
 * pinyin as written (Sun, Man, Ping). Only beside an organisation word (Shipping, Trading, Group):
 * 'Wing On Kwok' alone may be a person. Empty for any other name.
 */
export function tradeNameFromCantonese(tokens: readonly string[]): string[][] {
  if (tokens.length < 3) return [];
  // Most names hold no word only these spellings write: told before anything is read.
  if (!tokens.some((t) => readings(t) !== undefined && pinyinSyllables(t) === undefined)) return [];
  let from = -1;
  let to = -1;
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    while (j < tokens.length && readings(tokens[j]!) !== undefined) j++;
    if (j - i >= 2 && tokens.slice(i, j).some((t) => pinyinSyllables(t) === undefined)) {
      // One trade name to a name: a second run is another kind of name.
      if (from >= 0) return [];
      from = i;
      to = j;
    }
    i = j === i ? i + 1 : j;
  }
  if (from < 0) return [];
  let organisationWords = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (i >= from && i < to) continue;
    if (isGenericOrganisationWord(tokens[i]!)) organisationWords++;
  }
  if (organisationWords === 0) return [];
  const options = tokens.map((t, i) => (i >= from && i < to ? readings(t)! : [t]));
  const first = options.map((o) => o[0]!);
  const out = [first];
  for (let i = from; i < to && out.length < MAX_READINGS; i++) {
    for (const other of options[i]!.slice(1)) if (out.length < MAX_READINGS) out.push(first.map((s, j) => (j === i ? other : s)));
  }
  return out;
}
