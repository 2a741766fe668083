import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeName } from '../../src/names/index.js';
import { KOREAN_LOANWORD, loanwordReading, loanwordReadings } from '../../src/names/hangul-loanwords.js';
import { scoreNamePair } from '../../src/screening/pair.js';
import { DEFAULT_THRESHOLD } from '../../src/screening/screen.js';

describe('foreign names written in Hangul', () => {
  it('reads them back by the loanword rules', () => {
    assert.equal(loanwordReading('블라디미르'), 'bladimir');
    assert.equal(loanwordReading('푸틴'), 'putin');
    assert.equal(loanwordReading('오바마'), 'obama');
    assert.equal(loanwordReading('Putin'), undefined);
  });

  it('offers the reading only when the name is not Korean in shape', () => {
    const vias = (name: string) => analyzeName(name, 'person').variants.map((v) => v.via);
    assert.ok(vias('블라디미르 푸틴').includes(KOREAN_LOANWORD));
    assert.ok(!vias('김정은').includes(KOREAN_LOANWORD), 'a Korean surname in front');
  });

  it('reads an opening ㄹ as r and as l, as Hangul writes both alike', () => {
    assert.deepEqual(loanwordReadings('라자루스'), ['rajarus', 'lajarus']);
    assert.deepEqual(loanwordReadings('레닌'), ['renin', 'lenin']);
    assert.deepEqual(loanwordReadings('푸틴'), ['putin']);
    assert.deepEqual(loanwordReadings('Putin'), []);
    const score = scoreNamePair('라자루스 그룹', 'LAZARUS GROUP', { kind: 'organization' });
    assert.ok(score >= DEFAULT_THRESHOLD, `라자루스 그룹: ${score}`);
  });

  it('finds the listed Latin spelling', () => {
    const score = scoreNamePair('블라디미르 푸틴', 'Vladimir Putin', { kind: 'person' });
    assert.ok(score >= DEFAULT_THRESHOLD, `블라디미르 푸틴: ${score}`);
  });

  it('gives lowercase Latin letters or nothing, for any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20, unit: 'grapheme' }), (text) => {
        const reading = loanwordReading(text);
        if (reading !== undefined) assert.match(reading, /^[a-z]+$/);
      }),
    );
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0xac00, max: 0xd7a3 }), { minLength: 1, maxLength: 8 }), (codes) => {
        assert.match(loanwordReading(String.fromCodePoint(...codes)) ?? '', /^[a-z]+$/);
      }),
    );
  });
});
