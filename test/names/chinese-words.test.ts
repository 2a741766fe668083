import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { canonicalToken } from '../../src/names/canonical.js';
import { analyzeName } from '../../src/names/index.js';

describe('pinyin words of company names', () => {
  it('read as the English word the companies English names use', () => {
    const cases: [string, string][] = [
      ['qizhong', 'hoisting'], ['qizhongji', 'crane'], ['shebei', 'equipment'],
      ['kaifa', 'development'], ['weibo', 'microwave'], ['shimoxi', 'graphene'], ['shimo', 'graphite'],
    ];
    for (const [word, english] of cases) assert.equal(canonicalToken(word), canonicalToken(english), word);
  });
});

describe('Cantonese given-name syllables', () => {
  const keys = (value: string) => analyzeName(value, 'person').variants.filter((v) => v.via === 'chinese-key').map((v) => v.tokens.join(' '));
  it('give a Hong Kong name the key of its pinyin spelling', () => {
    const cases: [string, string][] = [
      ['Wong Suet-ching', 'Wang Xueqing'],
      ['Chan Shuk-yee', 'Chen Shuyi'],
      ['Lee Oi-ling', 'Li Ailing'],
      ['Ho Kwun-wah', 'He Guanhua'],
    ];
    for (const [cantonese, pinyin] of cases) {
      const pinyinKeys = keys(pinyin);
      assert.ok(keys(cantonese).some((k) => pinyinKeys.includes(k)), `${cantonese}: ${keys(cantonese).join(' / ')} vs ${pinyinKeys.join(' / ')}`);
    }
  });
});

describe('dialect surnames beside a given name in Hanyu Pinyin', () => {
  const keys = (value: string) => analyzeName(value, 'person').variants.filter((v) => v.via === 'chinese-key').map((v) => v.tokens.join(' '));
  it('keep the given name as written among its readings (Singapore and Malaysian registration)', () => {
    const cases: [string, string][] = [
      ['Teo Yan Bing', 'Zhang Yanbing'],
      ['Tan Yan Ling', 'Chen Yanling'],
    ];
    for (const [dialect, pinyin] of cases) {
      const pinyinKeys = keys(pinyin);
      assert.ok(keys(dialect).some((k) => pinyinKeys.includes(k)), `${dialect}: ${keys(dialect).join(' / ')} vs ${pinyinKeys.join(' / ')}`);
    }
  });
});

describe('hyphened given names read as Wade-Giles too', () => {
  const keys = (value: string) => analyzeName(value, 'person', { query: true }).variants.filter((v) => v.via === 'chinese-key').map((v) => v.tokens.join(' '));
  const listed = (value: string) => analyzeName(value, 'person').variants.filter((v) => v.via === 'chinese-key').map((v) => v.tokens.join(' '));
  it('reads a syllable both systems spell (Chi: pinyin chi, Wade-Giles ji) both ways when the given name is hyphened', () => {
    const cases: [string, string][] = [
      ['Chang Chi-cheng', 'ZHANG Jicheng'],
      ['Li Chi-ming', 'LI Jiming'],
    ];
    for (const [wadeGiles, pinyin] of cases) {
      const wanted = listed(pinyin);
      const met = keys(wadeGiles).some((k) => wanted.some((w) => w.split(' ').every((t, i) => k.split(' ')[i]?.split('|').includes(t))));
      assert.ok(met, `${wadeGiles}: ${keys(wadeGiles).join(' / ')} vs ${wanted.join(' / ')}`);
    }
  });
  it('reads a name in pinyin as written, unhyphened, as pinyin only', () => {
    assert.ok(keys('Zhang Chi').every((k) => !k.split(' ').some((t) => t.split('|').includes('^chi'))), keys('Zhang Chi').join(' / '));
  });
});
