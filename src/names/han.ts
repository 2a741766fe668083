import type { pinyin as pinyinFunction } from 'pinyin-pro';
import { toWadeGiles } from './wade-giles.js';
import { CANTONESE_SURNAMES, COMPOUND_SURNAMES } from './han-surnames.js';
import { HAN_TERMS } from './han-terms.js';
import { ORDINAL_SIGN, chineseNumeralAt, englishOrdinal } from './chinese-numerals.js';
import type { Rendering } from './rendering.js';
import { lazyPackage } from './lazy-package.js';
import { lookup } from './lookup.js';

/**
 * The `via` of a Han name's pinyin rendering: read from the characters, so its syllables are certain
 * (chinese-key.ts keys them exactly, where a Latin spelling of a Chinese name is keyed by its class).
 */
export const PINYIN = 'pinyin';

/**
 * The `via` of a foreign name transcribed in characters, read in pinyin part by part (艾尔肯·吐尼亚孜,
 * aierken tuniyazi): a transcription, whose spelling lists vary (Zhakeer, Zhaker), not syllables of
 * Chinese names, so not keyed or matched as PINYIN is.
 */
export const TRANSCRIBED = 'transcribed';

/** The `via` of an organisation's reading with its organisation words in English (通信 → communication), Chinese or Korean. */
export const TRANSLATED = 'translated';

const pinyin = lazyPackage('pinyin-pro', (exports) => (exports as { pinyin: typeof pinyinFunction }).pinyin);

// Surname readings apply to the first characters only: 单 is Shan as a surname, dan inside a given name.
function syllables(text: string, surnameMode: boolean): string[] {
  const out = pinyin()(text, { toneType: 'none', type: 'array', v: true, ...(surnameMode ? { mode: 'surname', surname: 'head' } : {}) });
  // pinyin-pro writes ü as 'v' with v:true; passports write it 'yu' (Lü → Lyu) and lists 'u'.
  return out.map((s) => s.toLowerCase().replace(/v/gu, 'u')).filter((s) => /^[a-z]+$/u.test(s));
}

/** The pinyin syllables of a word in Chinese characters, as organisation names read them (浪潮: lang, chao). */
export function hanSyllables(text: string): string[] {
  return syllables(text, false);
}

function surnameLength(text: string): number {
  const first2 = Array.from(text).slice(0, 2).join('');
  return COMPOUND_SURNAMES.has(first2) && Array.from(text).length > 2 ? 2 : 1;
}

/**
 * Latin renderings of a person's name in Chinese characters: pinyin per syllable, pinyin with the
 * given name joined (习近平 → xi jinping), Wade-Giles (Taiwan, older lists) and the Cantonese
 * spelling of the surname (Hong Kong, Macau).
 */
export function romanizeHanPerson(text: string): Rendering[] {
  const chars = Array.from(text);
  const surnameLen = surnameLength(text);
  const all = syllables(text, true);
  if (all.length !== chars.length) return all.length > 0 ? [{ tokens: all, via: PINYIN }] : [];
  const surname = all.slice(0, surnameLen).join('');
  const given = all.slice(surnameLen);
  const out: Rendering[] = [];
  if (given.length === 0) return [{ tokens: [surname], via: PINYIN }];
  out.push({ tokens: [surname, ...given], via: PINYIN });
  if (given.length > 1) out.push({ tokens: [surname, given.join('')], via: PINYIN });
  const wgSurname = all.slice(0, surnameLen).map(toWadeGiles).join('');
  const wgGiven = given.map(toWadeGiles);
  out.push({ tokens: [wgSurname, ...wgGiven], via: 'wade-giles' });
  if (wgGiven.length > 1) out.push({ tokens: [wgSurname, wgGiven.join('')], via: 'wade-giles' });
  const cantonese = lookup(CANTONESE_SURNAMES, chars.slice(0, surnameLen).join(''));
  if (cantonese !== undefined) out.push({ tokens: [cantonese, ...given], via: 'cantonese' });
  return out;
}

const TERM_LENGTHS = [...new Set(Object.keys(HAN_TERMS).map((t) => t.length))].sort((a, b) => b - a);

/**
 * Syllables grouped into words. Most Chinese words have two characters, so a stretch is cut in
 * pairs; a stretch of three is one word (哈尔滨 Harbin, 石家庄 Shijiazhuang), and an odd stretch can
 * instead open with such a word (`leadingTriple`: 哈尔滨工业大学 → haerbin gongye daxue).
 */
function joinWords(syllables: readonly string[], leadingTriple = false): string[] {
  if (syllables.length <= 3) return syllables.length === 0 ? [] : [syllables.join('')];
  const start = leadingTriple && syllables.length % 2 === 1 ? 3 : 0;
  const out = start === 3 ? [syllables.slice(0, 3).join('')] : [];
  for (let i = start; i < syllables.length; i += 2) out.push(syllables.slice(i, i + 2).join(''));
  return out;
}

/** A stretch of a name read as Han terms and pinyin: its words, and the further translations of a term that has them. */
interface Segment {
  first: string[];
  others?: string[][];
}

/**
 * Pinyin in pairs, with known words translated and the stretches between them paired on their own;
 * with a second translation when a word has one (see HAN_TERMS): every such word read its second
 * way, each read so alone (乌鲁木齐市公安局: Urumqi Municipal, the place's first reading beside the
 * city's second), and one that only leaves out the words whose second translation is empty
 * (广西壮族自治区公安厅: Guangxi Public Security Department); none when no word is known.
 */
function translated(chars: readonly string[], all: readonly string[]): string[][] {
  const segments = termSegments(chars, all);
  if (segments.length === 0) return [];
  const read = (pick: (segment: Segment, i: number) => string[]) => segments.flatMap(pick).filter((t) => t !== '');
  const readings = [read((s) => s.first)];
  const twoWay = segments.map((s, i) => (s.others === undefined ? -1 : i)).filter((i) => i >= 0);
  if (twoWay.length > 0) {
    readings.push(read((s) => s.others?.[0] ?? s.first));
    for (const k of twoWay.length > 1 ? twoWay : []) readings.push(read((s, i) => (i === k ? s.others![0]! : s.first)));
    readings.push(read((s) => (s.others?.some((o) => o.length === 0) === true ? [] : s.first)));
    // A word with a third translation (工业大学: University of Technology, Polytechnical University,
    // Institute of Technology) read so alone.
    for (const k of twoWay) for (const other of segments[k]!.others!.slice(1)) readings.push(read((s, i) => (i === k ? other : s.first)));
  }
  const first = readings[0]!;
  // The Chinese names of central state groups' companies leave out the 中国 their English names open
  // with (航天时代电子, China Aerospace Times Electronics): a reading with China, last, for a name of
  // a few words (电子集团 is any electronics group, not China Electronics Corporation).
  if (first.length >= NATIONAL_MIN_WORDS && !NATIONAL.has(first[0]!)) readings.push(['china', ...first]);
  return [...new Map(readings.map((tokens) => [tokens.join(' '), tokens])).values()];
}

const NATIONAL: ReadonlySet<string> = new Set(['china', 'chinese']);
const NATIONAL_MIN_WORDS = 3;

/** The name cut into Han terms and the pinyin between them, paired; empty when no term is known. */
function termSegments(chars: readonly string[], all: readonly string[]): Segment[] {
  const segments: Segment[] = [];
  let pending: string[] = [];
  let found = false;
  let i = 0;
  while (i < chars.length) {
    const [term, length] = termAt(chars, i);
    if (term === undefined) {
      pending.push(all[i] ?? '');
      i += 1;
      continue;
    }
    const [first, ...others] = term.split('|') as [string, ...string[]];
    segments.push({ first: joinWords(pending) });
    segments.push(others.length === 0 ? { first: first.split(' ') } : { first: first.split(' '), others: others.map((o) => (o === '' ? [] : o.split(' '))) });
    pending = [];
    found = true;
    i += length;
  }
  segments.push({ first: joinWords(pending) });
  return found ? segments : [];
}

/** The longest Han term at `i` and its length in characters. */
function termAt(chars: readonly string[], i: number): [string | undefined, number] {
  // 第 and a number of two characters or more (第五十五, 55th) is read as English writes it, in
  // digits; 第一 to 第十 are words of the table (First Machinery).
  if (chars[i] === ORDINAL_SIGN) {
    const numeral = chineseNumeralAt(chars, i + 1);
    if (numeral !== undefined && numeral[1] >= 2) return [englishOrdinal(numeral[0]), 1 + numeral[1]];
  }
  for (const len of TERM_LENGTHS) {
    const term = lookup(HAN_TERMS, chars.slice(i, i + len).join(''));
    if (term !== undefined) return [term, len];
  }
  return [undefined, 0];
}

/**
 * Latin renderings of an organisation or place in Chinese characters. Most Chinese words are two
 * characters long and official English names join them (中兴通讯 → Zhongxing Tongxun), so pairs
 * are joined; a rendering with generic words translated (通信 → communication), and one token per
 * character, are the alternatives.
 */
export function romanizeHanOrganization(text: string): Rendering[] {
  const all = syllables(text, false);
  if (all.length === 0) return [];
  const chars = Array.from(text);
  const out: Rendering[] = [{ tokens: joinWords(all), via: PINYIN }];
  if (all.length > 3 && all.length % 2 === 1) out.push({ tokens: joinWords(all, true), via: PINYIN });
  if (all.length === chars.length) for (const tokens of translated(chars, all)) if (tokens.length > 0) out.push({ tokens, via: TRANSLATED });
  if (all.length > 1) out.push({ tokens: all, via: PINYIN });
  out.push({ tokens: all.map(toWadeGiles), via: 'wade-giles' });
  return out;
}
