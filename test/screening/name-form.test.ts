import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchNamePair, scoreNamePair } from '../../src/screening/pair.js';
import { createScreener, DEFAULT_THRESHOLD } from '../../src/screening/screen.js';
import type { ScoreWeights } from '../../src/screening/config.js';
import type { EntryKind } from '../../src/model/list-entry.js';
import { entry } from './fixtures.js';

type Pair = readonly [query: string, listed: string, kind: EntryKind];

function term(pair: Pair, name: string): number {
  const hit = matchNamePair(pair[0], pair[1], { kind: pair[2] });
  return hit?.explanation.parts.penalties[name] ?? 0;
}

/** The score with the rule's weight set to nothing: what the pair would score without the rule. */
function without(pair: Pair, weights: Partial<ScoreWeights>): number {
  return scoreNamePair(pair[0], pair[1], { kind: pair[2], weights });
}

function score(pair: Pair): number {
  return scoreNamePair(pair[0], pair[1], { kind: pair[2] });
}

/** The rule applies: its term is named, and the pair is under the threshold. */
function assertCharged(pairs: readonly Pair[], name: string): void {
  for (const pair of pairs) {
    assert.ok(term(pair, name) > 0, `${pair[0]} | ${pair[1]}: the term is named`);
    assert.ok(score(pair) < DEFAULT_THRESHOLD, `${pair[0]} | ${pair[1]}: ${score(pair)}`);
  }
}

/** The rule does not apply: no term, and the score is what it would be without the rule. */
function assertUntouched(pairs: readonly Pair[], name: string, off: Partial<ScoreWeights>): void {
  for (const pair of pairs) {
    assert.equal(term(pair, name), 0, `${pair[0]} | ${pair[1]}`);
    assert.equal(score(pair), without(pair, off), `${pair[0]} | ${pair[1]}: never lowered`);
  }
}

test('legal forms of different classes tell two organisations apart, as a named term', () => {
  const conflicting: Pair[] = [
    ['Deutsche Bank AG', 'Deutsche Bank GmbH', 'organization'],
    ['ANO Iskusstvo Krasoty', 'LIMITED LIABILITY COMPANY ISKUSSTVO KRASOTY', 'organization'],
    ['Vektor LLC', 'Vektor Inc.', 'organization'],
    ['Hartmann KG', 'Hartmann AG', 'organization'],
  ];
  assertCharged(conflicting, 'legalFormConflict');
});

test('the same class in another language or script, Ltd beside either class, and a name without a form are not charged', () => {
  const meeting: Pair[] = [
    ['OOO Vektor', 'Vektor LLC', 'organization'],
    ['ZAO Vektor', 'Vektor CJSC', 'organization'],
    ['OAO Vektor', 'Vektor OJSC', 'organization'],
    ['Vektor GmbH', 'ООО Вектор', 'organization'],
    ['Siemens SA', 'Siemens AG', 'organization'],
    ['Vektor Ltd', 'Vektor PLC', 'organization'],
    ['Vektor Ltd', 'Vektor LLC', 'organization'],
    ['Deutsche Bank', 'Deutsche Bank GmbH', 'organization'],
    ['Deutsche Bank AG', 'Deutsche Bank', 'unknown'],
  ];
  assertUntouched(meeting, 'legalFormConflict', { legalFormConflict: 0 });
  for (const pair of meeting) assert.ok(score(pair) >= DEFAULT_THRESHOLD, `${pair[0]} | ${pair[1]}: ${score(pair)}`);
  // A branch is the company it belongs to, whatever that company's form.
  const branch: Pair = ['Vektor LLC Branch', 'Vektor Inc', 'organization'];
  assert.equal(term(branch, 'legalFormConflict'), 0);
  // Persons carry no legal forms: Iyad Ag Ghali is no stock corporation.
  assertUntouched([['Iyad Ag Ghali', 'Iyad Ag Ghali', 'person']], 'legalFormConflict', { legalFormConflict: 0 });
});

test('a parenthesised part on one side only is an annotation of the group; different on both sides, two branches', () => {
  const oneSide: Pair[] = [
    ['Deutsche Bank (Schweiz) AG', 'Deutsche Bank AG', 'organization'],
    ['Deutsche Bank AG', 'Deutsche Bank (Schweiz) AG', 'organization'],
    ['Vektor Trading (Hong Kong) Ltd', 'Vektor Trading Ltd', 'organization'],
  ];
  for (const pair of oneSide) {
    assert.ok(term(pair, 'parenthesised') > 0, `${pair[0]} | ${pair[1]}: the term is named`);
    assert.ok(score(pair) >= DEFAULT_THRESHOLD, `${pair[0]} | ${pair[1]}: ${score(pair)}`);
    assert.ok(score(pair) < 1, 'still not an exact match');
  }
  const different: Pair = ['Bank of China (Hong Kong) Limited', 'Bank of China (Singapore) Limited', 'organization'];
  assert.ok(term(different, 'parenthesised') > 0);
  assert.ok(score(different) < DEFAULT_THRESHOLD);
  // Beside other words left over, a parenthesised part is part of another name: no relief.
  const other: Pair = ['Yamahdi (UK) Limited', 'YA MAHDI INDUSTRIES GROUP', 'organization'];
  assert.equal(term(other, 'parenthesised'), 0);
  assert.ok(score(other) < DEFAULT_THRESHOLD);
  // Without parentheses the rule does not apply.
  assertUntouched(
    [
      ['Banco Santander Mexico', 'Banco Santander', 'organization'],
      ['Rosneft Oil', 'Rosneft Oil', 'organization'],
    ],
    'parenthesised',
    { parenthesisedOneSide: 0, parenthesisedConflict: 0 },
  );
});

test('a whole name substituted in a long name costs at least the floor; initials, numbers and romanised queries do not', () => {
  const substituted: Pair[] = [
    ['NOUREDDINE BEN MOHAMED BEN BELKASSEM AL-DRISSI', 'NOUREDDINE BEN ALI BEN BELKASSEM AL-DRISSI', 'person'],
    ['MOHAMMED QASIM MIR ABDUL KHUDAI RAHIM', 'MOHAMMED QASIM MIR WALI KHUDAI RAHIM', 'person'],
    ['SHER MOHAMMAD ABBAS STANEKZAI ABDUL KHAN', 'SHER MOHAMMAD ABBAS STANEKZAI PADSHAH KHAN', 'person'],
  ];
  for (const pair of substituted) {
    const hit = matchNamePair(pair[0], pair[1], { kind: pair[2] })!;
    const terms = hit.explanation.parts.penalties;
    assert.ok(terms.substitutedName! > 0, `${pair[0]}: the term is named`);
    assert.ok(Math.abs(terms.substitution! + terms.substitutedName! - 0.15) < 1e-3, 'raised to the floor, not beyond');
    assert.ok(hit.score < DEFAULT_THRESHOLD, `${pair[0]}: ${hit.score}`);
  }
  const exempt: Pair[] = [
    ['Snow Storm 1', 'Snow Storm 2', 'vessel'],
    ['Frost, William G.', 'William W Frost', 'person'],
    ['Vladimir Putin', 'PUTIN, Vladimir Vladimirovich', 'person'],
    ['مسعود پزشکیان', 'Masoud Pezeshkian', 'person'],
  ];
  assertUntouched(exempt, 'substitutedName', { substitutedNameFloor: 0 });
});

test('a listed one-word organisation name that the query says more than needs more evidence', () => {
  assertCharged([['CRYSTALORD VOLKOVA LIMITED', 'CRYSTALORD LTD', 'organization']], 'oneWordNameExtended');
  assertUntouched(
    [
      ['Crystalord Limited', 'CRYSTALORD LTD', 'organization'],
      // A generic word of organisation names says what the listed one does, not another name.
      ['CRYSTALORD SYSTEMS LIMITED', 'CRYSTALORD LTD', 'organization'],
      ['Ebano Shipping', 'EBANO', 'organization'],
      ['Crystalord Systems', 'CRYSTALORD SYSTEMS LTD', 'organization'],
      ['Crystalord (Cyprus) Ltd', 'CRYSTALORD LTD', 'organization'],
      ['stock comaany eniks', 'JOINT STOCK COMPANY ENIKS', 'organization'],
      ['Al Green', 'GREEN', 'person'],
    ],
    'oneWordNameExtended',
    { oneWordNameExtended: 0 },
  );
});

test('against a listed acronym every letter is the name: a letter more makes another organisation', () => {
  for (const pair of [
    ['N.A.B.C. Company', 'A.B.C. Company', 'organization'],
    ['N.A.B.C. Company', 'ABC Company', 'organization'],
  ] as Pair[]) {
    assert.ok(score(pair) < DEFAULT_THRESHOLD, `${pair[0]} | ${pair[1]}: ${score(pair)}`);
  }
  // The same letters, and initials standing for the words of a name, are left as they were.
  assert.ok(score(['A.B.C. Company', 'ABC Company', 'organization']) >= 0.95);
  const words: Pair = ['U.S. Department of State', 'United States Department of State', 'organization'];
  assert.ok(score(words) >= DEFAULT_THRESHOLD, `${score(words)}`);
});

test('retrieval counts a parenthesised part as possibly set aside, so a listed company is found at the threshold', () => {
  const screener = createScreener({
    entries: [entry({ id: 'vektor', names: ['Vektor Trading Ltd'], kind: 'organization' }), entry({ id: 'db', names: ['Deutsche Bank AG'], kind: 'organization' })],
  });
  for (const [query, id] of [
    ['Vektor Trading (Hong Kong Special Administrative Region) Ltd', 'vektor'],
    ['Deutsche Bank (Schweiz) AG', 'db'],
  ] as const) {
    assert.deepEqual(screener.screen({ name: query }).map((hit) => hit.entityId), [id], query);
  }
});
