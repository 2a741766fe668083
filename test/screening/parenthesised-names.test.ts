import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parenthesisedNames } from '../../src/names/index.js';
import { scoreNamePair } from '../../src/screening/pair.js';
import { DEFAULT_THRESHOLD } from '../../src/screening/screen.js';

test('a listed name reads its parentheses as notes, as other names, or as part of an organisation name', () => {
  for (const [value, person, without, others] of [
    ['Luo Dongmei (PRC national)', false, 'Luo Dongmei', []],
    ["Ri Su'ung-ch'o'l (Ri Sung Chol) (DPRK national)", false, "Ri Su'ung-ch'o'l", ['Ri Sung Chol']],
    ['EL PARA (COMBAT NAME)', true, 'EL PARA', []],
    ['SANTOS, Ahmad (Ahmed)', true, 'SANTOS, Ahmad', []],
    ['CHU, Tung (a.k.a. Nei-chien Chu)', false, undefined, ['Nei-chien Chu']],
    ['Deutsche Bank (Schweiz) AG', false, undefined, []],
    ['China Unicom (Hong Kong) Limited', false, undefined, []],
    ['Plain Name', false, undefined, []],
    // An a.k.a. written inside the name without parentheses: both sides are names.
    ['FUYI SUN A/K/A FRANK SUN', true, undefined, ['FUYI SUN', 'FRANK SUN']],
    ['Yichang Testing Technology Research Institute a.k.a. Yichang Institute of Testing Technology', false, undefined, ['Yichang Testing Technology Research Institute', 'Yichang Institute of Testing Technology']],
    ['AKA INTEGRAL SERVICES', false, undefined, []],
    ['Kaka Akande', true, undefined, []],
  ] as const) {
    assert.deepEqual(parenthesisedNames(value, person), { without, others: [...others] }, value);
  }
});

test('a listed person is found by the name without its note, and by a name given in parentheses', () => {
  for (const [query, listed] of [
    ['Luo Dongmei', 'Luo Dongmei (PRC national)'],
    ['Lo Tung-mei', 'Luo Dongmei (PRC national)'],
    ['Ri Sung Chol', "Ri Su'ung-ch'o'l (Ri Sung Chol) (DPRK national)"],
    ['Nei-chien Chu', 'CHU, Tung (a.k.a. Nei-chien Chu)'],
    ['Suen Foo Yee', 'FUYI SUN A/K/A FRANK SUN'],
  ] as const) {
    const score = scoreNamePair(query, listed, { kind: 'unknown' });
    assert.ok(score >= DEFAULT_THRESHOLD, `${query} / ${listed}: ${score}`);
  }
  // The parentheses of an organisation still tell a group's parts apart.
  assert.ok(scoreNamePair('Deutsche Bank AG', 'Deutsche Bank (Schweiz) AG', { kind: 'unknown' }) < 1);
});

test('parenthesisedNames never throws and gives only names found in the value', () => {
  // Found by the property below on a rare run: a parenthesis left over once the groups are out.
  assert.equal(parenthesisedNames('()(', true).without, undefined);
  assert.equal(parenthesisedNames('Ali (Ahmed) (born', true).without, 'Ali born');
  fc.assert(
    fc.property(fc.string({ maxLength: 60 }), fc.boolean(), (value, person) => {
      const { without, others } = parenthesisedNames(value, person);
      if (without !== undefined) assert.ok(without.length > 0 && !without.includes('('));
      for (const other of others) assert.ok(other.length > 0 && value.includes(other));
    }),
    { numRuns: 500 },
  );
  fc.assert(
    fc.property(fc.stringMatching(/^[A-Za-z ]{1,20}$/u), fc.stringMatching(/^[A-Za-z ]{0,20}$/u), (name, note) => {
      const { without } = parenthesisedNames(`${name} (${note} national)`, false);
      assert.equal(without, name.replace(/\s+/gu, ' ').trim() || undefined);
    }),
    { numRuns: 300 },
  );
});
