import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { analyzeName, canonicalToken, CHINESE_KEY_BESIDE, normalizeText, phoneticKey, ROMANIZATION_KEYS, tokenPrior } from '../../src/names/index.js';

const TOKEN = /^[a-z0-9]+$/u;
/** Romanisation key tokens: a mark, the key, and the mark again for a surname. */
const KEY_TOKEN = /^([~^])[a-z]+\1?$/u;
const BESIDE_TOKEN = /^(?:\^[a-z|^]+|[a-z0-9]+)$/u;
const KINDS = ['person', 'organization', 'vessel', 'aircraft', 'unknown'] as const;

// Strings drawn from the characters names actually bring: every script the module handles, marks,
// bidi and zero-width controls, emoji, punctuation, legal-form fragments.
const nameChars = fc.constantFrom(
  ...'aZé-,.&\' ()/'.split(''), '习', '近', '興', '有限公司', '김', '정', '은', '주식회사', 'П', 'у', 'т', 'і', 'ь', 'م', 'ح', 'ّ', 'ال',
  'ی', 'ש', 'ו', 'Ω', 'ά', 'カ', 'ー', 'ក', '៉', '\u200f', '\u202e', '\u200d', '\u0301', '😀', '\u0000', '\uD800', ' Co., Ltd.', 'LLC', 'ООО',
);
const nameLike = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.string({ unit: nameChars, maxLength: 40 }));

describe('name analysis properties', () => {
  it('analyzeName never throws and yields ASCII tokens (or marked romanisation keys), bounded variants', () => {
    fc.assert(
      fc.property(nameLike, fc.constantFrom(...KINDS), (value, kind) => {
        const a = analyzeName(value, kind);
        assert.ok(a.variants.length <= 16);
        for (const v of a.variants) {
          assert.ok(v.tokens.length > 0);
          // A Chinese part read beside Western given names keeps those as written (see chineseKeysBesideWestern).
          for (const t of v.tokens) assert.match(t, v.via === CHINESE_KEY_BESIDE ? BESIDE_TOKEN : ROMANIZATION_KEYS.has(v.via) ? KEY_TOKEN : TOKEN);
        }
        // Anything with a letter or digit left after normalisation gets at least one rendering.
        if (/[\p{L}\p{N}]/u.test(a.normalized)) assert.ok(a.variants.length > 0, `no variant for ${JSON.stringify(value)}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('normalisation is idempotent', () => {
    fc.assert(
      fc.property(nameLike, (value) => {
        const once = normalizeText(value).text;
        assert.equal(normalizeText(once).text, once);
      }),
      { numRuns: 2000 },
    );
  });

  it('normalised text has no controls, no double spaces, no edge spaces', () => {
    fc.assert(
      fc.property(nameLike, (value) => {
        const text = normalizeText(value).text;
        assert.doesNotMatch(text, /[\p{Cc}\p{Cf}]|\s\s|^\s|\s$/u);
      }),
      { numRuns: 1000 },
    );
  });

  it('phoneticKey and canonicalToken are total and stable', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (token) => {
        const key = phoneticKey(token);
        assert.match(key, /^[a-z0-9]*$/u);
        assert.equal(phoneticKey(token), key);
        const canonical = canonicalToken(token);
        assert.equal(typeof canonical, 'string');
        const prior = tokenPrior(token);
        assert.ok(prior >= 0 && prior <= 1);
      }),
      { numRuns: 2000 },
    );
  });

  it('canonicalToken maps name tokens to fixed points', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,12}$/u), (token) => {
        const canonical = canonicalToken(token);
        assert.match(canonical, TOKEN);
        assert.equal(canonicalToken(canonical), canonical);
      }),
      // A run of i before -ia once rewrote to a form the rule rewrote again (aaaiiia, aaaiia).
      { numRuns: 3000, examples: [['aaaiiia'], ['mariiya']] },
    );
  });

  it('stays fast on pathological inputs', () => {
    const inputs = [
      'a'.repeat(10_000),
      'Co Ltd '.repeat(2_000),
      '习近平'.repeat(3_000),
      '\u0301'.repeat(10_000),
      '😀'.repeat(5_000),
      'ab-'.repeat(4_000),
      ', '.repeat(5_000),
      'محمد '.repeat(2_000),
      'Ян '.repeat(3_000),
    ];
    for (const value of inputs) {
      const start = performance.now();
      for (const kind of KINDS) analyzeName(value, kind);
      const elapsed = performance.now() - start;
      // A guard against blow-ups (quadratic or worse runs over 10,000 characters take many seconds),
      // not a speed measure: loose enough for a loaded CI machine. Speed is measured by the benchmarks.
      assert.ok(elapsed < 2_000, `${JSON.stringify(value.slice(0, 12))}… took ${elapsed.toFixed(0)} ms`);
    }
  });
});
