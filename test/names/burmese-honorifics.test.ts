import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { withoutBurmeseHonorific } from '../../src/names/burmese-honorifics.js';

test('a Burmese honorific before a name of Burmese shape is a title, read without it', () => {
  const cases: [string, string][] = [
    ['daw pwint san', 'pwint san'],
    ['daw aung san suu kyi', 'aung san suu kyi'],
    ['saw tun myint', 'tun myint'],
    ['nang hseng noung', 'hseng noung'],
    ['daw ohnmar myint', 'ohnmar myint'],
    ['maung maung kyaw', 'maung kyaw'],
    ['ko htet aung', 'htet aung'],
    ['ma hla hla', 'hla hla'],
  ];
  for (const [name, reading] of cases) assert.deepEqual(withoutBurmeseHonorific(name.split(' '))?.join(' '), reading, name);
});

test('the same words before other names, or before one word, are names', () => {
  // Ko and Ma are Korean and Chinese surnames, Daw and Saw English words.
  for (const name of ['ko min su', 'ma li na', 'ma ying jeou', 'ko jae hyun', 'daw smith jones', 'saw john smith', 'daw pwint', 'pwint daw san']) {
    assert.equal(withoutBurmeseHonorific(name.split(' ')), undefined, name);
  }
});

test('any name: either left alone or read as its words after the first, which was an honorific', () => {
  const word = fc.stringMatching(/^[a-z]{1,8}$/);
  const honorific = fc.constantFrom('u', 'daw', 'ko', 'maung', 'ma', 'saw', 'nang');
  fc.assert(
    fc.property(fc.oneof(honorific, word), fc.array(word, { minLength: 0, maxLength: 4 }), (first, rest) => {
      const tokens = [first, ...rest];
      const reading = withoutBurmeseHonorific(tokens);
      if (reading !== undefined) {
        assert.deepEqual(reading, rest);
        assert.ok(rest.length >= 2);
      }
    }),
  );
});
