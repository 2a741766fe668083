import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { pinyinTradeNameJoined } from '../../src/names/pinyin-trade-name.js';
import { scoreNamePair } from '../../src/screening/pair.js';
import { DEFAULT_THRESHOLD } from '../../src/screening/screen.js';

describe('a pinyin trade name written a syllable to a word', () => {
  it('joins a run of three to six syllables beside other words, and nothing else', () => {
    const cases: Array<[string, string | undefined]> = [
      ['shenzhen bo zhi tong technology', 'shenzhen bozhitong technology'],
      ['guangzhou hai ge tong xin group', 'guangzhou haigetongxin group'],
      // Two syllables are joined by the scorer; a name all of syllables is a person's or as written.
      ['shenzhen hai ge technology', undefined],
      ['li xiao long', undefined],
      ['shenzhen technology', undefined],
    ];
    for (const [name, joined] of cases) assert.equal(pinyinTradeNameJoined(name.split(' '))?.join(' '), joined, name);
  });

  it('meets a listed name that joins the syllables', () => {
    const score = scoreNamePair('Shenzhen Bo Zhi Tong Hai Technology Co Ltd', 'Shenzhen Bozhitonghai Technology Co., Ltd.', { kind: 'organization' });
    assert.ok(score >= DEFAULT_THRESHOLD, `${score}`);
  });

  it('keeps every letter in order, and joins only when another word stays', () => {
    const word = fc.constantFrom('bo', 'zhi', 'tong', 'hai', 'ge', 'xin', 'shenzhen', 'technology', 'trading', 'x1');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 10 }), (tokens) => {
        const out = pinyinTradeNameJoined(tokens);
        if (out === undefined) return;
        assert.equal(out.join(''), tokens.join(''));
        assert.ok(out.length > 1 && out.length < tokens.length);
      }),
    );
  });
});
