import { CHINESE_SURNAME_SPELLINGS } from './chinese-spellings.js';
import { lookup } from './lookup.js';

/**
 * Wade-Giles spelling of one toneless pinyin syllable, without apostrophes or umlauts, as lists
 * and Taiwanese passports write it (zhang → chang, xu → hsu, qian → chien, cai → tsai).
 */

const WHOLE: Readonly<Record<string, string>> = {
  zhi: 'chih', chi: 'chih', shi: 'shih', ri: 'jih', zi: 'tzu', ci: 'tzu', si: 'ssu', er: 'erh',
  you: 'yu', yan: 'yen', ye: 'yeh', yue: 'yueh', yong: 'yung', ge: 'ko', ke: 'ko', he: 'ho', e: 'o',
};

const INITIALS: ReadonlyArray<readonly [string, string]> = [
  ['zh', 'ch'], ['ch', 'ch'], ['sh', 'sh'], ['b', 'p'], ['p', 'p'], ['d', 't'], ['t', 't'], ['g', 'k'], ['k', 'k'],
  ['j', 'ch'], ['q', 'ch'], ['x', 'hs'], ['r', 'j'], ['z', 'ts'], ['c', 'ts'], ['s', 's'], ['h', 'h'], ['m', 'm'],
  ['n', 'n'], ['l', 'l'], ['f', 'f'], ['y', 'y'], ['w', 'w'],
];

// 'uo' is written 'o' after these initials (duo → to, zhuo → cho) but kept after g, k, h, sh (guo → kuo).
const UO_TO_O = new Set(['d', 't', 'n', 'l', 'z', 'c', 's', 'zh', 'ch', 'r']);

function convertFinal(initial: string, final: string): string {
  if (final === 'uo' && UO_TO_O.has(initial)) return 'o';
  if (final === 'ui' && (initial === 'g' || initial === 'k')) return 'uei';
  if (final === 'ian') return 'ien';
  if (final === 'ie') return 'ieh';
  if (final === 'ue') return 'ueh';
  if (final === 'ong') return 'ung';
  if (final === 'iong') return 'iung';
  return final;
}

export function toWadeGiles(syllable: string): string {
  const whole = lookup(WHOLE, syllable);
  if (whole !== undefined) return whole;
  for (const [initial, wg] of INITIALS) {
    if (syllable.startsWith(initial)) {
      const final = syllable.slice(initial.length);
      if (final === '') return syllable;
      return wg + convertFinal(initial, final);
    }
  }
  return convertFinal('', syllable);
}

/**
 * The other direction, for names written in Wade-Giles in Latin letters ('Mao Tse-tung',
 * 'Hsi Chin-ping'): pinyin readings of the whole name, for matching listed pinyin (Mao Zedong, Xi
 * Jinping). Lists drop Wade-Giles's apostrophes, so p, t, k, ch and ts stand for both the plain
 * (b, d, g, j/zh, z) and the aspirated (p, t, k, q/ch, c) pinyin initial: each such syllable has
 * two readings. Returns the readings with the fewest aspirated syllables first, at most `limit`;
 * empty unless every token is a Wade-Giles syllable and one of them is spelled as only Wade-Giles
 * spells (hs-, ts-, tz-, -ih, -ieh, -ueh, erh, ssu).
 */
export function wadeGilesReadings(tokens: readonly string[], limit = 4, aspirated: ReadonlySet<string> = NONE): string[][] {
  if (tokens.length < 2 || !tokens.some((t) => isWadeGilesOnly(t) || aspirated.has(t))) return [];
  const options: string[][] = [];
  for (const token of tokens) {
    const readings = wadeGilesSyllable(token);
    if (readings.length === 0) return [];
    // Written with its apostrophe, the syllable's initial is the aspirated one only (ch'i is qi, not ji).
    options.push(aspirated.has(token) ? [readings.at(-1)!] : readings);
  }
  // Readings in order of how many aspirated choices they make (index 1 of a two-way option).
  const ambiguous = options.map((o, i) => (o.length > 1 ? i : -1)).filter((i) => i >= 0);
  const combos: number[] = [];
  for (let mask = 0; mask < 1 << ambiguous.length && mask < 64; mask++) combos.push(mask);
  combos.sort((a, b) => bitCount(a) - bitCount(b) || a - b);
  return combos.slice(0, limit).map((mask) =>
    options.map((o, i) => {
      const k = ambiguous.indexOf(i);
      return k >= 0 && (mask >> k) & 1 ? o[1]! : o[0]!;
    }),
  );
}

const NONE: ReadonlySet<string> = new Set();

/**
 * A name whose first or last word is a surname spelled as only Wade-Giles spells and whose other
 * words are not Wade-Giles (Kevin Hsu, Hsieh Anna): the surname in pinyin (Kevin Xu), as Taiwanese
 * and overseas Chinese often write a Western given name beside it. Undefined for any other name,
 * and for a name wadeGilesReadings reads whole.
 */
export function wadeGilesSurnameBeside(tokens: readonly string[]): string[] | undefined {
  if (tokens.length < 2 || tokens.length > 3) return undefined;
  for (const at of [0, tokens.length - 1]) {
    const token = tokens[at]!;
    if (!isWadeGilesOnly(token) || tokens.every((t) => wadeGilesSyllable(t).length > 0)) continue;
    const surname = wadeGilesSyllable(token).find((reading) => lookup(CHINESE_SURNAME_SPELLINGS, reading) !== undefined);
    if (surname !== undefined) return tokens.map((t, i) => (i === at ? surname : t));
  }
  return undefined;
}

// An apostrophe after p, t, k, ch, ts or tz at a word's start marks Wade-Giles's aspirated initial
// (Ch'i, T'ien, Ts'ai): the one spelling that tells the two readings apart, and Wade-Giles's own.
const ASPIRATED = /(?<![\p{L}\p{M}])(ch|ts|tz|p|t|k)['\u2019\u2018\u02bc`]([a-z\u00fc]+)/giu;
/** The marks ASPIRATED takes for the apostrophe. */
const APOSTROPHE = /['\u2019\u2018\u02bc`]/u;

/**
 * The syllables a name writes with Wade-Giles's aspiration apostrophe, as its normalised tokens
 * spell them (the apostrophe dropped): normalisation loses the mark, so it is read from the text.
 */
export function aspiratedSyllables(text: string): Set<string> {
  const out = new Set<string>();
  // Every personal name comes here, and few hold an apostrophe: those are searched.
  if (!APOSTROPHE.test(text)) return out;
  for (const m of text.matchAll(ASPIRATED)) out.add(`${m[1]}${m[2]}`.toLowerCase().replace(/\u00fc/gu, 'u'));
  return out;
}

function bitCount(n: number): number {
  let c = 0;
  for (let m = n; m > 0; m >>= 1) c += m & 1;
  return c;
}

const WADE_GILES_ONLY = /^(?:hs|ts|tz)|(?:^[cs]hih$|^jih$|ieh$|ueh$|^erh$|^ss[uz]$|^szu$)/u;

function isWadeGilesOnly(token: string): boolean {
  return WADE_GILES_ONLY.test(token);
}

const PINYIN_SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:a|o|e|i|u|ai|ei|ao|ou|an|en|ang|eng|ong|er|ia|ie|iao|iu|ian|in|iang|ing|iong|ua|uo|uai|ui|uan|un|uang|ue)$/u;

const WHOLE_READINGS: Readonly<Record<string, readonly string[]>> = {
  chih: ['zhi', 'chi'], shih: ['shi'], jih: ['ri'], tzu: ['zi', 'ci'], tsu: ['zu', 'cu'], ssu: ['si'], szu: ['si'], erh: ['er'],
  yen: ['yan'], yeh: ['ye'], yung: ['yong'], yu: ['yu', 'you'],
};

// Wade-Giles initial → plain and aspirated pinyin initial; 'ch' depends on the vowel after it.
const WG_INITIALS: ReadonlyArray<readonly [string, string, string]> = [
  ['hs', 'x', 'x'], ['ts', 'z', 'c'], ['tz', 'z', 'c'], ['ch', 'zh', 'ch'], ['sh', 'sh', 'sh'], ['p', 'b', 'p'], ['t', 'd', 't'],
  ['k', 'g', 'k'], ['j', 'r', 'r'], ['m', 'm', 'm'], ['f', 'f', 'f'], ['n', 'n', 'n'], ['l', 'l', 'l'], ['h', 'h', 'h'],
  ['s', 's', 's'], ['y', 'y', 'y'], ['w', 'w', 'w'],
];

const LABIALS: ReadonlySet<string> = new Set(['', 'p', 'm', 'f', 'w']);

function wgFinal(initial: string, final: string): string {
  if (final === 'ien') return 'ian';
  if (final === 'ieh') return 'ie';
  if (final === 'ueh') return 'ue';
  if (final === 'ung') return 'ong';
  if (final === 'iung') return 'iong';
  if (final === 'uei') return 'ui';
  if (final === 'ih') return 'i';
  // 'o' is 'e' after k and h (ko → ge, ho → he), 'o' after the labials as in pinyin (po → bo, mo → mo,
  // fo → fo) and 'uo' after the others (to → duo, lo → luo).
  if (final === 'o') return initial === 'k' || initial === 'h' ? 'e' : LABIALS.has(initial) ? 'o' : 'uo';
  return final;
}

/** Pinyin readings of one Wade-Giles syllable, plain first; empty when it is not one. */
export function wadeGilesSyllable(syllable: string): string[] {
  const whole = lookup(WHOLE_READINGS, syllable);
  if (whole !== undefined) return [...whole];
  let initial = '';
  let plain = '';
  let aspirated = '';
  for (const [wg, p, a] of WG_INITIALS) {
    if (syllable.startsWith(wg)) {
      [initial, plain, aspirated] = [wg, p, a];
      break;
    }
  }
  const final = wgFinal(initial, syllable.slice(initial.length));
  if (final === '') return [];
  // Before i and u-umlaut (written u after ch in lists), ch is pinyin's j and q.
  if (initial === 'ch' && final.startsWith('i')) [plain, aspirated] = ['j', 'q'];
  const readings = [...new Set([plain + final, aspirated + final])].filter((r) => PINYIN_SYLLABLE.test(r));
  return readings;
}
