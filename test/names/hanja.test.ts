import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeName } from '../../src/names/index.js';
import { hanjaToHangul, romanizeHanjaPerson } from '../../src/names/hanja.js';

test('a Korean name in hanja is read in Korean, 金 as the surname Kim', () => {
  assert.equal(hanjaToHangul('金正恩'), '김정은');
  assert.equal(hanjaToHangul('崔龍海'), '최룡해');
  assert.ok(romanizeHanjaPerson('金正恩').some((r) => r.tokens.join(' ') === 'kim jong un' && r.via === 'sino-korean-mr'));
});

test('a hanja name gets its Korean reading beside the Chinese ones', () => {
  const variants = analyzeName('金正恩', 'person').variants.map((v) => v.tokens.join(' '));
  assert.ok(variants.includes('jin zheng en'));
  assert.ok(variants.includes('kim jong un'));
});

test('text that is not all hanja has no Korean reading', () => {
  assert.equal(hanjaToHangul('Kim'), undefined);
  assert.equal(hanjaToHangul('金 Kim'), undefined);
  assert.equal(hanjaToHangul(''), undefined);
});

test('any string: a reading of the same length or none, never a throw', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 12 }), (text) => {
      const hangul = hanjaToHangul(text);
      if (hangul !== undefined) assert.equal(Array.from(hangul).length, Array.from(text).length);
    }),
  );
});
