/**
 * Chinese numerals as organisation names write them in an ordinal, 第 and the number (第五十五研究所,
 * 55th Research Institute; 第十四研究所, 14th), which English names write in digits. The digits and
 * the place units 十 (ten), 百 (hundred), 千 (thousand), in simplified and traditional forms (两/兩
 * for two before a unit, 〇/零 for a zero between digits): the standard Chinese numeral system.
 */
const DIGITS: Readonly<Record<string, number>> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** The ordinal sign written before a number. */
export const ORDINAL_SIGN = '第';

/**
 * The number written by the longest run of numeral characters at `start` and the run's length;
 * undefined when none opens there or the run is not a well-formed number (十 alone is 10, 十五 15,
 * 五十五 55, 一百零八 108).
 */
export function chineseNumeralAt(chars: readonly string[], start: number): [number, number] | undefined {
  let total = 0;
  let digit: number | undefined;
  let lastUnit = Infinity;
  let i = start;
  for (; i < chars.length; i++) {
    const ch = chars[i]!;
    const d = Object.hasOwn(DIGITS, ch) ? DIGITS[ch] : undefined;
    if (d !== undefined) {
      if (digit !== undefined && digit !== 0) break;
      digit = d;
      continue;
    }
    const unit = Object.hasOwn(UNITS, ch) ? UNITS[ch]! : undefined;
    if (unit === undefined || unit >= lastUnit) break;
    // 十 with no digit before it is one ten (十五, 15).
    total += (digit ?? (unit === 10 ? 1 : 0)) * unit;
    if (digit === 0 || (digit === undefined && unit !== 10)) return undefined;
    digit = undefined;
    lastUnit = unit;
  }
  if (i === start) return undefined;
  total += digit ?? 0;
  return total > 0 ? [total, i - start] : undefined;
}

/** 1st, 2nd, 3rd, 4th; 11th to 13th. */
export function englishOrdinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
