import { test } from 'node:test';
import assert from 'node:assert/strict';
import { twoNamesAlike } from '../../src/screening/known-names.js';
import type { TokenMatchKind } from '../../src/screening/types.js';

test('two names alike in letters are two names: one row per check, by the match kinds each applies to', () => {
  const rows: readonly (readonly [check: string, query: string, listed: string, how: TokenMatchKind, twoNames: boolean])[] = [
    // A given name and its feminine: any match but the exact one.
    ['feminine', 'amina', 'amin', 'fuzzy', true],
    ['feminine', 'amina', 'amin', 'canonical', true],
    ['feminine', 'amina', 'amin', 'exact', false],
    // A surname and a patronymic on one father's name: any match but the exact one.
    ['patronymic', 'vasilyeva', 'vasilyevna', 'phonetic', true],
    ['patronymic', 'vasilyeva', 'vasilyevna', 'canonical', true],
    // Two given names a vowel apart: by spelling or sound only.
    ['another given name', 'josue', 'jose', 'fuzzy', true],
    ['another given name', 'josue', 'jose', 'phonetic', true],
    ['another given name', 'josue', 'jose', 'canonical', false],
    // Two pinyin surnames: by spelling or sound only.
    ['another pinyin surname', 'huang', 'zhang', 'fuzzy', true],
    ['another pinyin surname', 'huang', 'zhang', 'canonical', false],
    // None applies: two spellings of one name.
    ['none', 'teresa', 'theresa', 'fuzzy', false],
  ];
  for (const [check, query, listed, how, twoNames] of rows) {
    assert.equal(twoNamesAlike(query, listed, how), twoNames, `${check}: ${query} / ${listed} by ${how}`);
  }
});
