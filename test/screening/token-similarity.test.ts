import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { editSimilarity, jaroWinkler, numbersDiffer, stringSimilarity } from '../../src/screening/token-similarity.js';
import { inflectedForm } from '../../src/names/inflections.js';
import { SCREENING_CONFIG } from '../../src/screening/config.js';
import { scoreNamePair } from '../../src/screening/pair.js';
import { DEFAULT_THRESHOLD } from '../../src/screening/screen.js';

const FUZZY_FLOOR = SCREENING_CONFIG.tokens.fuzzyFloor;

test('names built on one shared element are compared by the rest', () => {
  // Hamid-ullah and Wali-ullah share only the element -ullah: different names.
  assert.ok(stringSimilarity('hamidullah', 'waliullah') < FUZZY_FLOOR);
  assert.ok(stringSimilarity('shamsuddin', 'shahabuddin') < FUZZY_FLOOR);
  // Spellings of one name stay close, with or without the element.
  assert.ok(stringSimilarity('nasrullah', 'nasrallah') >= 0.85);
  assert.ok(stringSimilarity('abdulrahman', 'abdurrahman') >= 0.85);
  assert.ok(stringSimilarity('saifuddin', 'saifudin') >= 0.85);
});

test('family names with the article fused are different names when they differ after it', () => {
  // al-Harbi and al-Ghamdi share only the article: the opening 'al' must not carry them over the floor.
  assert.ok(stringSimilarity('alharbi', 'alghamdi') < FUZZY_FLOOR);
  assert.ok(stringSimilarity('elsayed', 'elmasry') < FUZZY_FLOOR);
  // Spellings of one name keep the figure of the whole token.
  assert.ok(stringSimilarity('alubaydi', 'alubaidi') > stringSimilarity('ubaydi', 'ubaidi'));
  assert.ok(stringSimilarity('alqahtani', 'alqahtany') >= 0.85);
});

test('similarity is symmetric, 1 only for equal tokens, within [0, 1]', () => {
  fc.assert(
    fc.property(fc.stringMatching(/^[a-z]{0,14}$/u), fc.stringMatching(/^[a-z]{0,14}$/u), (a, b) => {
      const s = stringSimilarity(a, b);
      assert.ok(s >= 0 && s <= 1);
      assert.equal(s, stringSimilarity(b, a));
      if (a !== b) assert.ok(s < 1);
    }),
    { numRuns: 2000 },
  );
});

test('similarity from one set of letter masks equals the two measures taken apart', () => {
  // Letters that spell no compound element (abd, abu, din, allah): only the spelling measures decide.
  const asciiWord = fc.array(fc.constantFrom('a', 'c', 'e', 'k', 'o'), { maxLength: 36 }).map((chars) => chars.join(''));
  const anyWord = fc.array(fc.constantFrom('a', 'c', 'e', 'k', 'é'), { maxLength: 36 }).map((chars) => chars.join(''));
  const spelled = fc.oneof(asciiWord, anyWord);
  fc.assert(
    fc.property(spelled, spelled, (a, b) => {
      const jw = jaroWinkler(a, b);
      const apart = a === b ? (a.length === 0 ? 0 : 1) : inflectedForm(a, b) ? SCREENING_CONFIG.tokens.inflectionSimilarity : jw < 0.6 ? jw / 2 : (jw + editSimilarity(a, b)) / 2;
      assert.equal(stringSimilarity(a, b), apart, `${a} / ${b}`);
    }),
    { numRuns: 3000 },
  );
});

test('a family name derived from another by -ov or -ev is another name, whatever the shared letters', () => {
  const floor = SCREENING_CONFIG.tokens.fuzzyFloor;
  assert.ok(stringSimilarity('sokolov', 'sokol') < floor);
  assert.ok(stringSimilarity('ivan', 'ivanov') < floor);
  // A case ending is grammar: the same name.
  assert.ok(stringSimilarity('putinas', 'putin') >= floor);
});

test('a Spanish patronymic family name is another name than the given name it comes from (Sancho, Sánchez)', () => {
  const floor = SCREENING_CONFIG.tokens.fuzzyFloor;
  assert.ok(stringSimilarity('sancho', 'sanchez') < floor);
  assert.ok(stringSimilarity('martinez', 'martin') < floor);
  assert.ok(scoreNamePair('Pedro Sancho', 'SANCHEZ, Pedro', { kind: 'person' }) < DEFAULT_THRESHOLD);
  // Two spellings of the family name stay close.
  assert.ok(stringSimilarity('gonzales', 'gonzalez') >= floor);
});

test('two different numbers are no spelling of each other; codes of letters and digits are left to spelling', () => {
  const cases: [string, string, boolean][] = [
    ['110th', '10th', true],
    ['419', '121', true],
    ['2nd', '2', false],
    ['110th', '110', false],
    ['7', 'z', true],
    ['ahl1', 'ahl2', false],
    ['smith', 'smyth', false],
  ];
  for (const [a, b, differ] of cases) {
    assert.equal(numbersDiffer(a, b), differ, `${a} ${b}`);
    assert.equal(numbersDiffer(b, a), differ, `${b} ${a}`);
    if (differ) assert.equal(stringSimilarity(a, b), 0, `${a} ${b}`);
  }
});

test('a listed unit with another number is not the queried one (110th Research Institute, CETC 10th Research Institute)', async () => {
  const { parsePaths } = await import('../../src/ingest/load.js');
  const { createScreener } = await import('../../src/screening/screen.js');
  const { dataPath } = await import('../helpers/data.js');
  const parsed = await parsePaths([dataPath('lists', 'csl', '2026-07-31', 'consolidated.csv')]);
  const s = createScreener({ entries: parsed.flatMap((p) => p.result.entries) });
  const hits = s.screen({ name: '110th Research Institute', type: 'organization' }, { threshold: 0.5 });
  const tenth = hits.find((h) => /10th Research Institute/i.test(h.matchedName) && !/110/.test(h.matchedName));
  assert.ok(tenth === undefined || tenth.score < DEFAULT_THRESHOLD, `${tenth?.matchedName} ${tenth?.score}`);
});
