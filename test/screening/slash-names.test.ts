import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { slashAlternatives } from '../../src/screening/index.js';
import { scoreNamePair } from '../../src/screening/pair.js';
import { DEFAULT_THRESHOLD } from '../../src/screening/screen.js';

test('a listed name of two names split by a slash is indexed by each; an abbreviation with a slash is not split', () => {
  for (const [value, parts] of [
    ['MAKHTAB AL-KHIDAMAT/AL KIFAH', ['MAKHTAB AL-KHIDAMAT', 'AL KIFAH']],
    ["Al-Qa'ida/Islamic Army", ["Al-Qa'ida", 'Islamic Army']],
    ['NORDIC SHIPPING A/S', []],
    ['BANCO NACIONAL S/A', []],
    ['ACME TRADING C/O SMITH', []],
    ['PLAIN NAME', []],
  ] as const) {
    assert.deepEqual(slashAlternatives(value), parts, value);
  }
  assert.ok(scoreNamePair('Makhtab al-Khidamat', 'MAKHTAB AL-KHIDAMAT/AL KIFAH', { kind: 'organization' }) >= 0.95);
  assert.ok(scoreNamePair('Al Kifah', 'MAKHTAB AL-KHIDAMAT/AL KIFAH', { kind: 'organization' }) >= DEFAULT_THRESHOLD);
});

test('slashAlternatives never throws, and gives two parts or more, none empty, or none', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 40 }), (value) => {
      const parts = slashAlternatives(value);
      assert.ok(parts.length === 0 || parts.length >= 2);
      for (const part of parts) assert.ok(part.length > 0);
    }),
  );
});
