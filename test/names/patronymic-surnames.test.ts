import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { patronymicOfSurname } from '../../src/names/index.js';
import { scoreNamePair } from '../../src/screening/pair.js';
import { DEFAULT_THRESHOLD } from '../../src/screening/screen.js';

test('a patronymic and the surname on the same father name are two name parts, in any usual transliteration', () => {
  for (const [a, b] of [
    ['vasilyeva', 'vasilyevna'], ['vasilievna', 'vasilyeva'], ['ivanov', 'ivanovich'], ['ivanova', 'ivanovna'],
    ['sergeev', 'sergeyevich'], ['petrovitch', 'petrov'], ['ivanovych', 'ivanov'],
  ]) {
    assert.ok(patronymicOfSurname(a!, b!), `${a} / ${b}`);
  }
  // Two surnames, two patronymics, a given name, or stems that differ.
  for (const [a, b] of [['ivanov', 'ivanova'], ['ivanovich', 'ivanovna'], ['lev', 'levna'], ['petrov', 'ivanovich'], ['abramov', 'abramova']]) {
    assert.ok(!patronymicOfSurname(a!, b!), `${a} / ${b}`);
  }
});

test('the relation is symmetric', () => {
  fc.assert(fc.property(fc.stringMatching(/^[a-z]{0,12}$/u), fc.stringMatching(/^[a-z]{0,12}$/u), (a, b) => patronymicOfSurname(a, b) === patronymicOfSurname(b, a)));
});

test('a screened surname does not meet a listed patronymic on one father name, on any path of the scorer', () => {
  for (const [query, listed] of [
    ['Olga Vasilyeva', 'POLYAKOVA, Olga Vasilyevna'],
    ['Ivan Petrov', 'SMIRNOV, Ivan Petrovich'],
    ['Irina Sergeeva', 'KOZLOVA, Irina Sergeyevna'],
  ]) {
    const score = scoreNamePair(query!, listed!, { kind: 'person' });
    assert.ok(score < DEFAULT_THRESHOLD, `${query} | ${listed}: ${score}`);
  }
  assert.ok(scoreNamePair('Olga Polyakova', 'POLYAKOVA, Olga Vasilyevna', { kind: 'person' }) >= DEFAULT_THRESHOLD);
  assert.ok(scoreNamePair('Olga Vasilevna Poliakova', 'POLYAKOVA, Olga Vasilyevna', { kind: 'person' }) >= DEFAULT_THRESHOLD);
});
