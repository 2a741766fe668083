import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feminineOf } from '../../src/names/index.js';
import { scoreNamePair } from '../../src/screening/pair.js';
import { DEFAULT_THRESHOLD } from '../../src/screening/screen.js';

test('a given name and its feminine are two names, either way round, in the usual endings', () => {
  for (const [a, b] of [['amin', 'amina'], ['karimah', 'karim'], ['jamil', 'jamileh'], ['aleksandr', 'aleksandra'], ['ivan', 'ivana']]) {
    assert.ok(feminineOf(a!, b!), `${a} / ${b}`);
  }
  // Not the same name, two spellings of one name, a surname's feminine form, or a name not in the table.
  for (const [a, b] of [['amin', 'amin'], ['jamila', 'jamileh'], ['ivanov', 'ivanova'], ['maria', 'mariaa'], ['amin', 'aminov']]) {
    assert.ok(!feminineOf(a!, b!), `${a} / ${b}`);
  }
});

test('a screened woman does not hit a listed man named with the masculine of her name, on any path of the scorer', () => {
  for (const [query, listed] of [
    ['Amina Mohammed', 'AMIN, Muhammad'],
    ['Amina Mohammed Bello', 'AMIN, Muhammad'],
    ['Karima Hassan', 'KARIM, Hassan'],
    ['Aleksandra Ivanova', 'IVANOV, Aleksandr'],
  ]) {
    const score = scoreNamePair(query!, listed!, { kind: 'person' });
    assert.ok(score < DEFAULT_THRESHOLD, `${query} | ${listed}: ${score}`);
  }
  assert.ok(scoreNamePair('Amin Mohammed', 'AMIN, Muhammad', { kind: 'person' }) >= DEFAULT_THRESHOLD);
  assert.ok(scoreNamePair('Fatemeh Jamileh', 'JAMILA, Fatima', { kind: 'person' }) >= DEFAULT_THRESHOLD);
});
