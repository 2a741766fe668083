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
    assert.deepEqual(loanwordReadings('레닌그라드'), ['reningrad', 'leningrad']);
    assert.deepEqual(loanwordReadings('Putin'), []);
    const score = scoreNamePair('라자루스 그룹', 'LAZARUS GROUP', { kind: 'organization' });
    assert.ok(score >= DEFAULT_THRESHOLD, `라자루스 그룹: ${score}`);
  });

  it('reads ㅍ as p and as f, as the loanword rules write both alike', () => {
    const cases: Array<[string, string[]]> = [
      ['푸틴', ['putin', 'futin']],
      ['블루노로프', ['blunorop', 'blunorof']],
      ['레프', ['rep', 'lep', 'ref', 'lef']],
      ['레닌', ['renin', 'lenin']],
    ];
    for (const [word, readings] of cases) assert.deepEqual(loanwordReadings(word), readings, word);
    const score = scoreNamePair('블루노로프', 'BLUENOROFF', { kind: 'organization' });
    assert.ok(score >= DEFAULT_THRESHOLD, `블루노로프: ${score}`);
  });

  it('reads a one-word name of unknown kind with a Korean surname in front also as a loanword, as a group or a brand may be', () => {
    // The query's kind is unknown; the listed group's is known.
    const group = scoreNamePair('김수키', 'KIMSUKY', { kind: 'organization' });
    assert.ok(group >= DEFAULT_THRESHOLD, `김수키: ${group}`);
    assert.ok(!analyzeName('김수키', 'person').variants.some((v) => v.via === KOREAN_LOANWORD), 'a person is read as a Korean name only');
    assert.ok(scoreNamePair('김수키', 'KIM SU KI', { kind: 'person' }) >= 0.95);
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
