import anyAscii from 'any-ascii';
import type { Script } from '../model/list-entry.js';
import { romanizeArabic } from './arabic.js';
import { romanizeCyrillic } from './cyrillic.js';
import { hanSyllables, romanizeHanOrganization, romanizeHanPerson, TRANSCRIBED, TRANSLATED } from './han.js';
import { romanizeHanjaPerson } from './hanja.js';
import { romanizeGreek } from './greek.js';
import { romanizeHangul } from './hangul.js';
import { translatedHangulOrganization } from './hangul-terms.js';
import { KOREAN_LOANWORD, loanwordReading, loanwordReadings } from './hangul-loanwords.js';
import { KOREAN_SURNAMES } from './korean-surnames.js';
import { JAPANESE_GIVEN_NAMES, JAPANESE_SURNAMES } from './japanese-names.js';
import { lookup } from './lookup.js';
import { romanizeHebrew } from './hebrew.js';
import type { Rendering } from './rendering.js';

/** How a run should be read: as a person's name, an organisation's, or either (unknown kind). */
export type Reading = 'person' | 'organization' | 'either';

/** Lowercase ASCII tokens of any text, for renderings that may carry capitals, spaces or symbols. */
export function asciiTokens(text: string): string[] {
  return text.toLowerCase().split(/[^a-z0-9]+/u).filter((t) => t !== '');
}

/** any-ascii's spelling of one word; a character it cannot spell still has to match itself, so its code point is its token. */
function anyAsciiWord(word: string): string[] {
  const latin = asciiTokens(anyAscii(word)).join('');
  if (latin !== '') return [latin];
  return Array.from(word)
    .filter((ch) => /[\p{L}\p{N}]/u.test(ch))
    .map((ch) => `u${(ch.codePointAt(0) ?? 0).toString(16)}`);
}

function fallback(text: string): Rendering[] {
  const tokens = text.split(' ').flatMap(anyAsciiWord);
  return tokens.length > 0 ? [{ tokens, via: 'any-ascii' }] : [];
}

/** /^[a-z0-9]+$/ without a regular expression: it runs for every word of every name. */
function isLowerAsciiWord(word: string): boolean {
  if (word.length === 0) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39))) return false;
  }
  return true;
}

function latin(words: readonly string[]): Rendering[] {
  // Normalised Latin words are ASCII except for rare letters (IPA, African alphabets) that any-ascii spells.
  // A loop rather than flatMap: flatMap costs a call and an array per word, and every Latin name comes here.
  const tokens: string[] = [];
  for (const w of words) {
    if (isLowerAsciiWord(w)) tokens.push(w);
    else for (const token of anyAsciiWord(w)) tokens.push(token);
  }
  return tokens.length > 0 ? [{ tokens, via: 'latin' }] : [];
}

/**
 * A personal name in Han or Hangul written as separate words in Western order, given name first and
 * a one-syllable surname last ('志偉 陳', '수빈 이'), is put back in native order, surname first:
 * the romanisers read the first syllable as the surname. With two one-syllable words the order
 * cannot be told and is kept. Undefined when the words are not shaped like such a name.
 */
function surnameFirst(words: readonly string[]): string[] | undefined {
  if (words.length !== 2) return undefined;
  const [given, surname] = words.map((w) => Array.from(w).length) as [number, number];
  return surname === 1 && given >= 2 && given <= 3 ? [words[1]!, words[0]!] : undefined;
}

/** Separate words of one to three characters, four at most in all: the shape of a personal name, not of an organisation's. */
function spacedPersonShape(words: readonly string[]): boolean {
  if (words.length < 2) return false;
  let total = 0;
  for (const w of words) {
    const n = Array.from(w).length;
    if (n > 3) return false;
    total += n;
  }
  return total <= 4;
}

/**
 * The Japanese reading of a name in kanji whose surname and given name are both in the tables of
 * common Japanese names (山田太郎 → yamada taro); none otherwise.
 */
function japanesePerson(joined: string): Rendering[] {
  const chars = Array.from(joined);
  for (let surnameLength = Math.min(3, chars.length - 1); surnameLength >= 1; surnameLength--) {
    const surname = lookup(JAPANESE_SURNAMES, chars.slice(0, surnameLength).join(''));
    const given = lookup(JAPANESE_GIVEN_NAMES, chars.slice(surnameLength).join(''));
    if (surname !== undefined && given !== undefined) return [{ tokens: [surname, given], via: JAPANESE }];
  }
  return [];
}

/** The `via` of a Japanese reading of kanji. */
const JAPANESE = 'japanese';

/** Most words a transcribed foreign name is read in (Uyghur, Tibetan and Western names have two or three). */
const MAX_TRANSCRIBED_WORDS = 4;

/**
 * A foreign name transcribed in characters, its parts apart (艾尔肯·吐尼亚孜, the Uyghur Erkin Tuniyaz;
 * the middle dot normalises to a space): each part's pinyin joined into one word (aierken tuniyazi),
 * as lists print such names. Only for more than four characters in all, two words or more of two
 * characters or more: a Chinese personal name is four at most.
 */
function transcribedName(words: readonly string[]): Rendering[] {
  if (words.length < 2 || words.length > MAX_TRANSCRIBED_WORDS) return [];
  let total = 0;
  for (const w of words) {
    const n = Array.from(w).length;
    if (n < 2) return [];
    total += n;
  }
  if (total <= 4) return [];
  const tokens: string[] = [];
  for (const w of words) {
    const syllables = hanSyllables(w);
    if (syllables.length !== Array.from(w).length) return [];
    tokens.push(syllables.join(''));
  }
  return [{ tokens, via: TRANSCRIBED }];
}

/** A Japanese reading when the tables know the name, a Chinese reading, then the Korean one of the same characters (see hanja.ts). */
function hanPerson(joined: string, words: readonly string[]): Rendering[] {
  const length = Array.from(joined).length;
  const korean = length >= 2 && length <= 4 ? romanizeHanjaPerson(joined) : [];
  return [...japanesePerson(joined), ...transcribedName(words), ...romanizeHanPerson(joined), ...korean];
}

function han(words: readonly string[], reading: Reading): Rendering[] {
  const joined = (surnameFirst(words) ?? words).join('');
  if (reading === 'person') return hanPerson(joined, words);
  if (reading === 'organization') return romanizeHanOrganization(joined);
  // Two to four characters is the shape of a Chinese personal name; longer runs are organisations or
  // places, or foreign names in their parts (read second).
  const length = Array.from(joined).length;
  if (length > 4) {
    const organization = romanizeHanOrganization(joined);
    const foreign = transcribedName(words);
    return foreign.length === 0 ? organization : [...organization.slice(0, 1), ...foreign, ...organization.slice(1)];
  }
  if (length < 2) return romanizeHanOrganization(joined);
  // Written as separate short words, it is a person's name: reading it as one organisation word
  // would join syllables across the spaces ('莉 谢' → 'lixie') and match unrelated names.
  if (spacedPersonShape(words)) return hanPerson(joined, words);
  const person = [...japanesePerson(joined), ...romanizeHanPerson(joined)];
  const organization = romanizeHanOrganization(joined);
  // A run that holds an organisation word (华大基因, BGI Genomics) has that reading second, beside the
  // person's: after all the person's readings and their keys, a query's cap on variants cut it off.
  const translated = organization.find((r) => r.via === TRANSLATED);
  const promoted = translated === undefined ? [] : [translated];
  return [...person.slice(0, 1), ...promoted, ...person.slice(1), ...organization, ...romanizeHanjaPerson(joined)];
}

function hangul(words: readonly string[], reading: Reading): Rendering[] {
  const joined = (reading !== 'organization' ? (surnameFirst(words) ?? words) : words).join('');
  const syllables = Array.from(joined);
  // Korean personal names are two to four syllables ('김 정은' too); longer runs are foreign names or organisations.
  const personShape = reading !== 'organization' && syllables.length >= 2 && syllables.length <= 4;
  // Organisation words translated, as English listings of Korean organisations do (정찰총국,
  // Reconnaissance General Bureau); a name of unknown kind may be either, even in a person's shape.
  const translated: Rendering[] = reading === 'person' ? [] : translatedHangulOrganization(words).map((tokens) => ({ tokens, via: TRANSLATED }));
  if (personShape && lookup(KOREAN_SURNAMES, syllables[0]!) !== undefined) return [...romanizeHangul(joined, true), ...translated, ...asOneWord(words, reading)];
  const out: Rendering[] = personShape ? romanizeHangul(joined, true) : perWordReadings(words);
  out.push(...translated);
  // Without a Korean surname in front, or longer than a Korean name: maybe a foreign name written in Hangul.
  const loanword = words.map(loanwordReadings);
  if (loanword.every((readings) => readings.length > 0)) {
    out.push({ tokens: loanword.map((readings) => readings[0]!), via: KOREAN_LOANWORD });
    // One reading with an l for every opening ㄹ: a name has one or two such words.
    if (loanword.some((readings) => readings.length > 1)) out.push({ tokens: loanword.map((readings) => readings.at(-1)!), via: KOREAN_LOANWORD });
  }
  if (reading !== 'organization') out.push(...foreignGivenBeforeKoreanName(words));
  return out;
}

/**
 * A foreign given name in Hangul before a Korean name (로버트 김채곤, Robert Kim Chaegon): neither
 * reading of the whole fits, the given name sounding Korean in Korean's readings and the Korean name
 * garbled in the loanword one; so the first words are read as loanwords, the last as a Korean name.
 */
function foreignGivenBeforeKoreanName(words: readonly string[]): Rendering[] {
  if (words.length < 2) return [];
  const name = words.at(-1)!;
  const syllables = Array.from(name);
  if (syllables.length < 2 || syllables.length > 4 || lookup(KOREAN_SURNAMES, syllables[0]!) === undefined) return [];
  const given: string[] = [];
  for (const word of words.slice(0, -1)) {
    const reading = loanwordReading(word);
    if (reading === undefined) return [];
    given.push(reading);
  }
  return romanizeHangul(name, true).map((r) => ({ tokens: [...given, ...r.tokens], via: KOREAN_LOANWORD }));
}

/**
 * A name of unknown kind in a person's shape read also as one word, as an organisation's or a
 * group's name written in Hangul is (김수키, Kimsuky): a surname in front does not make it a person's.
 */
function asOneWord(words: readonly string[], reading: Reading): Rendering[] {
  if (reading !== 'either' || words.length !== 1) return [];
  return loanwordReadings(words[0]!).map((reading) => ({ tokens: [reading], via: KOREAN_LOANWORD }));
}

/** Organisation names keep their word breaks (each word one token), or are read one syllable per token. */
function perWordReadings(words: readonly string[]): Rendering[] {
  const perWord = words.map((w) => romanizeHangul(w, false));
  const out: Rendering[] = [];
  for (const split of [false, true]) {
    for (const via of ['mr', 'rr']) {
      const tokens = perWord.flatMap((r) => {
        const own = r.filter((x) => x.via === via);
        return (split ? own.at(-1) : own[0])?.tokens ?? [];
      });
      if (tokens.length > 0) out.push({ tokens, via });
    }
  }
  return out;
}

/** Alternative Latin renderings of one run of one script, most likely first. */
export function romanizeSegment(script: Script, words: readonly string[], reading: Reading): Rendering[] {
  let out: Rendering[];
  switch (script) {
    case 'latin':
    case 'unknown':
      return latin(words);
    case 'han':
      out = han(words, reading);
      break;
    case 'hangul':
      out = hangul(words, reading);
      break;
    case 'greek':
      out = romanizeGreek(words);
      break;
    case 'hebrew':
      out = romanizeHebrew(words);
      break;
    case 'cyrillic':
      out = romanizeCyrillic(words.join(' '));
      break;
    case 'arabic':
      out = [...romanizeArabic(words.join(' '), reading === 'organization'), ...fallback(words.join(' '))];
      break;
    default:
      out = [];
  }
  const cleaned = out
    .map((r) => ({ tokens: r.tokens.flatMap(asciiTokens), via: r.via }))
    .filter((r) => r.tokens.length > 0);
  return cleaned.length > 0 ? cleaned : fallback(words.join(' '));
}
