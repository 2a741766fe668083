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
