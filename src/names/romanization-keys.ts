/**
 * Key tokens (see korean-key.ts, chinese-key.ts) stand for a syllable in every spelling of it: they
 * match other key tokens exactly or not at all, never an ordinary token by spelling or sound.
 */
import { CHINESE_KEY, CHINESE_KEY_BESIDE, CHINESE_KEY_FROM_HAN, CHINESE_KEY_MARK, CHINESE_KEY_READINGS } from './chinese-key.js';
import { KOREAN_KEY, KOREAN_KEY_MARK, KOREAN_KEY_PINYIN } from './korean-key.js';

/** The `via` of the variants made of key tokens. */
export const ROMANIZATION_KEYS: ReadonlySet<string> = new Set([KOREAN_KEY, KOREAN_KEY_PINYIN, CHINESE_KEY, CHINESE_KEY_FROM_HAN, CHINESE_KEY_READINGS, CHINESE_KEY_BESIDE]);

/** Whether a query variant of this `via` may be scored against a listed variant of that one (see KOREAN_KEY_PINYIN, CHINESE_KEY_READINGS). */
export function keysMayMeet(queryVia: string, listedVia: string): boolean {
  if (listedVia === CHINESE_KEY_READINGS) return queryVia === CHINESE_KEY_FROM_HAN;
  return queryVia !== KOREAN_KEY_PINYIN || listedVia !== KOREAN_KEY_PINYIN;
}

export function isRomanizationKey(token: string): boolean {
  const mark = token.charAt(0);
  return mark === KOREAN_KEY_MARK || mark === CHINESE_KEY_MARK;
}
