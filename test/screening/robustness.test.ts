import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createScreener, DEFAULT_THRESHOLD } from '../../src/screening/screen.js';
import { scoreNamePair } from '../../src/screening/pair.js';
import { SAMPLE_ENTRIES } from './fixtures.js';

const screener = createScreener({ entries: SAMPLE_ENTRIES });
const BOUND_MS = 250;

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

test('hostile inputs give a sane result quickly', () => {
  const inputs = [
    '',
    ' ',
    '\u0000\u0001\u0007',
    '\u202Eniyul\u202C',
    '\u200F\u200E\u2066Putin\u2069',
    '😀😀😀',
    '!!!???...',
    'x'.repeat(10_000),
    'Vladimir '.repeat(1_200),
    'Путин Vladimir 김정은 محمد 中兴',
    '\uD800',
    'A'.repeat(3) + '\u0301'.repeat(5_000),
  ];
  for (const name of inputs) {
    const { value, ms } = timed(() => screener.screen({ name }));
    assert.ok(Array.isArray(value));
    assert.ok(ms < BOUND_MS * 4, `${JSON.stringify(name.slice(0, 20))} took ${ms} ms`);
    for (const hit of value) assert.ok(hit.score >= 0 && hit.score <= 1);
  }
});

test('malformed queries are not a crash', () => {
  const bad = [{ name: undefined }, { name: 42 }, { name: 'Putin', dob: 'not a date', country: '??', identifiers: [null] }, null];
  for (const query of bad) {
    assert.doesNotThrow(() => screener.screen(query as never));
  }
});

test('property: any string screens in bounded time, scores in [0, 1], best first', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 30 }), (name, dob) => {
      const { value, ms } = timed(() => screener.screen({ name, dob }, { threshold: 0 }));
      assert.ok(ms < BOUND_MS, `took ${ms} ms`);
      for (let i = 0; i < value.length; i++) {
        assert.ok(value[i]!.score >= 0 && value[i]!.score <= 1);
        if (i > 0) assert.ok(value[i - 1]!.score >= value[i]!.score);
      }
    }),
    { numRuns: 300 },
  );
});

test('property: pair scores stay in [0, 1]', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), fc.string({ maxLength: 60 }), (a, b) => {
      const score = scoreNamePair(a, b);
      assert.ok(score >= 0 && score <= 1, `${score}`);
    }),
    { numRuns: 200 },
  );
});

const word = fc.stringMatching(/^[A-Z][a-z]{2,9}$/);

test('property: a listed name always matches itself at or above the threshold', () => {
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 4 }), fc.constantFrom('person', 'organization', 'unknown'), (words, kind) => {
      const name = words.join(' ');
      const score = scoreNamePair(name, name, { kind: kind as 'person' });
      assert.ok(score >= DEFAULT_THRESHOLD, `${name}: ${score}`);
    }),
    { numRuns: 200 },
  );
});
