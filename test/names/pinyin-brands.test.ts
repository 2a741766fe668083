import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HAN_TERMS } from '../../src/names/han-terms.js';
import { pinyinBrand } from '../../src/names/pinyin-brands.js';

test('a Chinese brand written in pinyin reads as its English name, and a pinyin two table words share as neither', () => {
  const cases: readonly (readonly [string, string | undefined])[] = [
    ['langchao', 'inspur'],
    ['longxin', 'loongson'],
    ['huada', 'bgi'],
    ['zhonghang', 'avic'],
    ['haikangweishi', 'hikvision'],
    ['huoju', 'torch'],
    ['zhongguohangfa', 'aecc'],
    ['hangfa', 'aecc'],
    // 中芯 SMIC and 中心 centre: zhongxin is neither.
    ['zhongxin', undefined],
    // 中化 Sinochem and 中华 (China, as names keep it): zhonghua is neither.
    ['zhonghua', undefined],
    // Company words are no brands.
    ['jituan', undefined],
    ['keji', undefined],
  ];
  for (const [word, brand] of cases) assert.equal(pinyinBrand(word), brand, word);
});

test('a brand read from pinyin is always the English first reading of a Han table entry', () => {
  const firstReadings = new Set(Object.values(HAN_TERMS).map((v) => v.split('|')[0]));
  fc.assert(
    fc.property(fc.oneof(fc.stringMatching(/^[a-z]{2,14}$/u), fc.constantFrom('langchao', 'longxin', 'huada', 'baoli')), (word) => {
      const brand = pinyinBrand(word);
      return brand === undefined || firstReadings.has(brand);
    }),
  );
});
