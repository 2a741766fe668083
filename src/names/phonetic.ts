/**
 * A coarse consonant-skeleton key for one Latin token. Transliterations of one name disagree mostly
 * on vowels, voicing and digraphs (Mohammed/Muhamad, Qasem/Kassem, Zhang/Chang, Gim/Kim), so the key
 * keeps a leading vowel as 'a', drops the others, merges voiced with voiceless consonants and
 * digraphs with their nearest single sound, and collapses repeats.
 */

// Longest first: the scanner tries 4-, 3-, 2- then 1-letter spellings at each position.
const SPELLINGS: ReadonlyArray<readonly [string, string]> = [
  ['tsch', 'j'], ['dzh', 'j'], ['tch', 'j'], ['sch', 'j'], ['shch', 'j'],
  ['ch', 'j'], ['dj', 'j'], ['xh', 'j'], ['sh', 'j'], ['ts', 's'], ['tz', 's'], ['ph', 'f'], ['th', 't'], ['dh', 't'],
  ['kh', 'k'], ['gh', 'k'], ['ck', 'k'], ['qu', 'k'], ['ks', 'ks'], ['ng', 'n'],
  ['b', 'p'], ['p', 'p'], ['d', 't'], ['t', 't'], ['g', 'k'], ['k', 'k'], ['q', 'k'], ['c', 'k'], ['j', 'j'], ['z', 's'],
  ['s', 's'], ['f', 'f'], ['v', 'f'], ['l', 'l'], ['r', 'r'], ['m', 'm'], ['n', 'n'], ['h', 'h'], ['x', 'ks'],
];
const SPELLING_MAP = new Map(SPELLINGS);
const VOWEL = /[aeiouy]/u;
const MAX_KEY_INPUT = 64;

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWEL.test(ch);
}

/** Phonetic key of one token; digits are kept as they are, other characters ignored. */
export function phoneticKey(token: string): string {
  const word = token.toLowerCase().replace(/[^a-z0-9]/gu, '').slice(0, MAX_KEY_INPUT);
  if (word === '' || /^\d+$/u.test(word)) return word;
  let key = '';
  let i = 0;
  while (i < word.length) {
    const ch = word[i] as string;
    if (/\d/u.test(ch)) {
      key += ch;
      i += 1;
      continue;
    }
    if (isVowel(ch) || ch === 'w') {
      const start = i === 0;
      // An initial 'w' is a consonant, written 'v' as often (Walid, Wladimir). Inside a word it is a
      // glide that other spellings write as a vowel (Rawi/Raui, Huwaysh/Houeiche, Edward/Edouard, Chow/Chou).
      if (ch === 'w' && start && i + 1 < word.length) {
        key += 'f';
        i += 1;
        continue;
      }
      if (start) key += 'a';
      i += 1;
      continue;
    }
    // An initial 'x' or Wade-Giles 'hs' is the Chinese sound between s and sh (Xi/Hsi/Shi, Xiao/Hsiao/Shiao),
    // Portuguese and Albanian 'sh' (Xavier, Xhaka); inside European names 'x' is 'ks' (Alexander).
    if (i === 0 && (ch === 'x' || word.startsWith('hs'))) {
      key += 'j';
      // Albanian xh is the j of English (Xhaferi, Djaferi, Jaferi), one sound as dj is.
      i += ch === 'x' && word[1] !== 'h' ? 1 : 2;
      continue;
    }
    // 'zh' opens Chinese and Russian names (Zhang, Zhukov); inside Arabic and Persian ones it is z + h (Azhar, Mazhari).
    if (i === 0 && word.startsWith('zh')) {
      key += 'j';
      i += 2;
      continue;
    }
    // 'c' before a front vowel is 's' (Cecilia); elsewhere it is 'k'.
    if (ch === 'c' && /[eiy]/u.test(word[i + 1] ?? '')) {
      key += 's';
      i += 1;
      continue;
    }
    // A final 'h' after a vowel is silent in transliteration (Fatimah/Fatima, Hamzah/Hamza).
    if (ch === 'h' && i === word.length - 1 && isVowel(word[i - 1])) break;
    let matched = false;
    for (let len = 4; len >= 1 && !matched; len -= 1) {
      const code = SPELLING_MAP.get(word.slice(i, i + len));
      if (code !== undefined) {
        key += code;
        i += len;
        matched = true;
      }
    }
    if (!matched) i += 1;
  }
  return key.replace(/(.)\1+/gu, '$1');
}
