import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { koreanKeyTokens, koreanSyllableKeys } from '../../src/names/korean-key.js';
import { KOREAN_FINALS, KOREAN_INITIALS, KOREAN_VOWELS } from '../../src/names/korean-spellings.js';

const key = (name: string) => koreanKeyTokens(name.toLowerCase().split(/[\s-]+/u))?.join(' ');

describe('Korean syllable keys', () => {
  it('one name in RR, McCune-Reischauer, the DPRK system and customary spelling has one key', () => {
    for (const group of [
      ['KIM Yong Chol', 'Gim Yeong-cheol', 'Kim Young Chul', 'Kim Yongchol'],
      ['RI Pyong Chol', 'Yi Byeong-cheol', 'Lee Byung Chul', 'Rhee Byung-chul'],
      ['PAK Jong Chon', 'Bak Jeong-cheon', 'Park Jung Chun'],
      ['CHOE Ryong Hae', 'Choi Yong Hae', 'Chwe Ryong-hae'],
      ['JONG Kyong Thaek', 'Jeong Gyeong-taek', 'Chung Kyung Taek'],
      ['RYU Hyon U', 'Ryoo Hyun Woo', 'Yu Hyeon-u'],
      ['O Su Yong', 'Oh Soo Young'],
      ['HO Chol Man', 'Hur Chul Man', 'Heo Cheol-man'],
      // Customary wh for hw and c ending a syllable for k.
      ['Juhwan Yun', 'Joohwan Yoon', 'Juwhan Yun'],
      ['Jong Sik Pak', 'Jung-sik Park', 'Jung Shic Park'],
      // Customary ue for ㅠ, as English spells the sound after a consonant (cue, hue).
      ['Kyu Sang Chun', 'Kue Sang Chun', 'Gyu-sang Jeon'],
    ]) {
      const keys = new Set(group.map(key));
      assert.equal(keys.size, 1, `${group.join(' / ')}: ${[...keys].join(' | ')}`);
      assert.ok([...keys][0], group[0]);
    }
  });

  it('different syllables keep different keys', () => {
    assert.notEqual(key('Kim Yong Chol'), key('Kim Yong Chun'));
    assert.notEqual(key('Kim Jong Un'), key('Kim Jong Nam'));
    assert.notEqual(key('Pak Pong Ju'), key('Pak Pong Su'));
    // A c inside a word still spells nothing Korean.
    assert.equal(koreanSyllableKeys('sicam'), undefined);
  });

  it('the surname is marked, first or last', () => {
    assert.equal(key('KIM Yong Chol'), '~kim~ ~yong ~col');
    assert.equal(key('Young Chul Kim'), '~yong ~col ~kim~');
  });

  it('names that are not Korean have no key', () => {
    for (const name of ['John Smith', 'Vladimir Putin', 'Zhang Xiaoming', 'Kim', 'Mohammed Ali']) assert.equal(key(name), undefined, name);
  });

  it('any syllable spelled from the tables reads as one syllable, whatever system spells its parts', () => {
    const spelling = (table: Readonly<Record<string, readonly string[]>>) =>
      fc.constantFrom(...Object.entries(table)).chain(([cls, spellings]) => fc.tuple(fc.constant(cls), fc.constantFrom(...spellings), fc.constantFrom(...spellings)));
    fc.assert(
      fc.property(spelling(KOREAN_INITIALS), spelling(KOREAN_VOWELS), spelling(KOREAN_FINALS), fc.boolean(), (initial, vowel, final, withInitial) => {
        const [i1, i2] = withInitial ? [initial[1], initial[2]] : ['', ''];
        const a = koreanSyllableKeys(i1 + vowel[1] + final[1]);
        const b = koreanSyllableKeys(i2 + vowel[2] + final[2]);
        assert.ok(a !== undefined && b !== undefined, `${i1 + vowel[1] + final[1]} / ${i2 + vowel[2] + final[2]}`);
        // Parsing is greedy (a 'g' may open the next syllable rather than close this one), so two
        // spellings of one syllable are compared only when both read as one syllable.
        if (a.length === 1 && b.length === 1) assert.equal(a[0], b[0], `${i1 + vowel[1] + final[1]} / ${i2 + vowel[2] + final[2]}`);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws and bounds its output', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{0,12}$/u), { maxLength: 6 }), (tokens) => {
        const keys = koreanKeyTokens(tokens);
        if (keys !== undefined) assert.ok(keys.length >= 2 && keys.length <= 5);
      }),
      { numRuns: 3000 },
    );
  });
});
