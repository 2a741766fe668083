/**
 * Korean names are also written in Chinese characters (hanja): 金正恩 is Kim Jong Un, 崔龍海 Choe
 * Ryong Hae, in Chinese and Japanese press and in older records. Read in pinyin they become Jin
 * Zhengen, which no list spells; read character by character in Korean (the hanja package's table
 * of Sino-Korean readings) they become Hangul, which the Hangul romanisers spell as the lists do.
 */
import { romanizeHangul } from './hangul.js';
import { lazyPackage } from './lazy-package.js';
import type { Rendering } from './rendering.js';

interface HanjaApi {
  translate(text: string, mode: 'SUBSTITUTION'): string;
}

// The package is CommonJS with an `exports.default`.
const hanja = lazyPackage('hanja', (exports) => (exports as { default?: HanjaApi }).default ?? (exports as HanjaApi));

/**
 * Surnames whose reading differs from the character's everyday one: 金 is 'geum' (gold) as a word
 * and Kim as a family name.
 */
const SURNAME_READINGS: Readonly<Record<string, string>> = { 金: '김' };

const HAN = /^\p{Script=Han}+$/u;

/** Prefix of the `via` of every Sino-Korean rendering; the rest is the Hangul romaniser's label. */
export const SINO_KOREAN = 'sino-korean';

/** The Hangul of a personal name written in hanja, or undefined when a character has no reading. */
export function hanjaToHangul(name: string): string | undefined {
  if (!HAN.test(name)) return undefined;
  const chars = Array.from(name);
  const surname = SURNAME_READINGS[chars[0]!];
  const hangul = hanja().translate(name, 'SUBSTITUTION');
  const syllables = Array.from(hangul);
  // A character missing from the table comes back as itself: no reading, no rendering.
  if (syllables.length !== chars.length || syllables.some((s) => HAN.test(s))) return undefined;
  if (surname !== undefined) syllables[0] = surname;
  return syllables.join('');
}

/** Korean readings of a two- to four-character personal name in hanja, romanised as Hangul names are. */
export function romanizeHanjaPerson(name: string): Rendering[] {
  const hangul = hanjaToHangul(name);
  if (hangul === undefined) return [];
  return romanizeHangul(hangul, true).map((r) => ({ tokens: r.tokens, via: `${SINO_KOREAN}-${r.via}` }));
}
