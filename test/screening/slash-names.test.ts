import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { joinedInitials } from '../../src/screening/acronyms.js';
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

// Initials written with stops or slashes ('A.B.C.', 'A/S') come apart into single letters: joinedInitials writes such a run as one token.
test('a run of single letters is written as one token', () => {
  assert.deepEqual(joinedInitials(['a', 'b', 'c', 'company']), ['abc', 'company']);
  assert.deepEqual(joinedInitials(['john', 'f', 'k', 'smith', 'x']), ['john', 'fk', 'smith', 'x']);
  assert.equal(joinedInitials(['a', 'company', 'b']), undefined);
});

test('joined initials keep every letter in order, and come exactly when two single letters stand together', () => {
  const token = fc.oneof(fc.stringMatching(/^[a-z]$/u), fc.stringMatching(/^[a-z]{2,6}$/u));
  fc.assert(
    fc.property(fc.array(token, { maxLength: 6 }), (tokens) => {
      const joined = joinedInitials(tokens);
      const adjacent = tokens.some((t, i) => i > 0 && t.length === 1 && tokens[i - 1]!.length === 1);
      assert.equal(joined !== undefined, adjacent);
      if (joined) assert.equal(joined.join(''), tokens.join(''));
    }),
    { numRuns: 500 },
  );
});
