import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalToken } from '../../src/names/canonical.js';

describe('place spellings', () => {
  it('reads the Chinese Postal Map spellings of provinces and cities as their pinyin', () => {
    const cases: Array<[string, string]> = [
      ['kweichow', 'guizhou'], ['kwangtung', 'guangdong'], ['fukien', 'fujian'], ['chekiang', 'zhejiang'],
      ['kiangsu', 'jiangsu'], ['hupeh', 'hubei'], ['shensi', 'shaanxi'], ['shansi', 'shanxi'], ['kansu', 'gansu'],
      ['anhwei', 'anhui'], ['kiangsi', 'jiangxi'], ['honan', 'henan'], ['hopeh', 'hebei'], ['shantung', 'shandong'],
      ['kwangsi', 'guangxi'], ['sinkiang', 'xinjiang'], ['chengtu', 'chengdu'], ['tsinan', 'jinan'],
      ['soochow', 'suzhou'], ['foochow', 'fuzhou'], ['peking', 'beijing'], ['tsingtao', 'qingdao'],
    ];
    for (const [old, pinyin] of cases) assert.equal(canonicalToken(old), canonicalToken(pinyin), old);
  });

  it("reads the pinyin of China's Mongolian, Uyghur and Tibetan places as their customary names", () => {
    const cases: Array<[string, string]> = [
      ['wulanchabu', 'ulanqab'], ['bayinguoleng', 'bayingolin'], ['huhehaote', 'hohhot'], ['eerduosi', 'ordos'],
      ['xilinguole', 'xilingol'], ['hulunbeier', 'hulunbuir'], ['wulumuqi', 'urumqi'], ['kashi', 'kashgar'],
      ['hetian', 'hotan'], ['akesu', 'aksu'], ['boertala', 'bortala'], ['kelamayi', 'karamay'], ['tulufan', 'turpan'],
      ['hami', 'kumul'], ['yili', 'ili'], ['lasa', 'lhasa'], ['rikaze', 'shigatse'],
    ];
    for (const [pinyin, customary] of cases) assert.equal(canonicalToken(pinyin), canonicalToken(customary), pinyin);
  });
});
