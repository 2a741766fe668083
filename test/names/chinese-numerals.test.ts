import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { chineseNumeralAt, englishOrdinal } from '../../src/names/chinese-numerals.js';
import { romanizeHanOrganization } from '../../src/names/han.js';

const DIGIT_CHARS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** n (1 to 9999) in Chinese numerals, as the standard system writes it (十五, not 一十五; 一百零八). */
function toChinese(n: number): string {
  const parts: string[] = [];
  const places: Array<[number, string]> = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let zero = false;
  for (const [value, unit] of places) {
    const d = Math.floor(n / value) % 10;
    if (d === 0) {
      if (parts.length > 0) zero = true;
      continue;
    }
    if (zero) parts.push('零');
    zero = false;
    parts.push(d === 1 && value === 10 && parts.length === 0 ? unit : DIGIT_CHARS[d]! + unit);
  }
  return parts.join('');
}

describe('chineseNumeralAt', () => {
  it('reads the numbers ordinals are written with', () => {
    const cases: Array<[string, number, number]> = [
      ['五十五研究所', 55, 3],
      ['十四研究所', 14, 2],
      ['十', 10, 1],
      ['一百零八', 108, 4],
      ['兩千', 2000, 2],
      ['二十三所', 23, 3],
    ];
    for (const [text, value, length] of cases) assert.deepEqual(chineseNumeralAt(Array.from(text), 0), [value, length], text);
    assert.equal(chineseNumeralAt(Array.from('研究所'), 0), undefined);
    assert.equal(chineseNumeralAt(Array.from('零'), 0), undefined);
    assert.equal(chineseNumeralAt(Array.from('百'), 0), undefined);
  });

  it('reads back every number from 1 to 9999 as written, whatever follows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom('', '研究所', '厂', 'A'), (n, rest) => {
        const text = toChinese(n);
        assert.deepEqual(chineseNumeralAt(Array.from(text + rest), 0), [n, Array.from(text).length]);
      }),
    );
  });

  it('never reads past the text nor a length of nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('一', '十', '百', '千', '零', '五', '两', '所'), { maxLength: 8 }), (chars) => {
        const read = chineseNumeralAt(chars, 0);
        if (read !== undefined) assert.ok(read[1] >= 1 && read[1] <= chars.length && read[0] > 0);
      }),
    );
  });

  it('writes English ordinals', () => {
    const cases: Array<[number, string]> = [[1, '1st'], [2, '2nd'], [3, '3rd'], [11, '11th'], [14, '14th'], [22, '22nd'], [55, '55th'], [113, '113th']];
    for (const [n, text] of cases) assert.equal(englishOrdinal(n), text);
  });
});

describe('Chinese organisation names with an ordinal and field words', () => {
  const translated = (name: string) => romanizeHanOrganization(name).filter((r) => r.via === 'translated').map((r) => r.tokens.join(' '));
  it('reads 第 and a number as the English ordinal in digits, simplified and traditional', () => {
    const cases: Array<[string, string]> = [
      ['中國電子科技集團公司第五十五研究所', '55th research institute'],
      ['中国电子科技集团公司第十四研究所', '14th research institute'],
      ['第一机械厂', 'first machinery'],
      ['上海微系统与信息技术研究所', 'microsystem and information technology research institute'],
    ];
    for (const [name, english] of cases) assert.ok(translated(name).some((r) => r.includes(english)), `${name}: ${translated(name).join(' / ')}`);
  });
});
