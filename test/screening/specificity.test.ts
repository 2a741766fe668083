import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchNamePair, scoreNamePair } from '../../src/screening/pair.js';
import { createScreener, DEFAULT_THRESHOLD } from '../../src/screening/screen.js';
import { entry } from './fixtures.js';

test('a match supported by common names only, against a listed name that says more, needs more evidence', () => {
  for (const [query, listed] of [
    ['John Smith', 'JOHN B. PRIDMORE-SMITH'],
    ['Stephen Smith', 'STEPHEN EDWARD SMITH'],
    ['Mike Johnson', 'WILLIAM MICHAEL JOHNSON'],
    ['Al Green', 'GREEN'],
    // The commonest South Asian and Vietnamese names are as common among the same customers.
    ['Rajesh Kumar', 'GUPTA, Rajesh Kumar'],
    ['Sunil Sharma', 'SUNIL KUMAR SHARMA'],
    ['Nguyen Van An', 'HOANG, Van Nguyen'],
  ]) {
    const hit = matchNamePair(query!, listed!, { kind: 'person' });
    assert.ok((hit?.score ?? 0) < DEFAULT_THRESHOLD, `${query} | ${listed}: ${hit?.score}`);
    assert.ok(!hit || hit.explanation.parts.penalties.commonNameSupport! > 0, `${query}: the rule is named`);
  }
});

test('the rule leaves alone a rare name, a full common name, and a one-word query', () => {
  assert.ok(scoreNamePair('John Smith', 'SMITH, John', { kind: 'person' }) >= 0.95);
  assert.ok(scoreNamePair('Vladimir Putin', 'PUTIN, Vladimir Vladimirovich', { kind: 'person' }) >= DEFAULT_THRESHOLD);
  assert.ok(scoreNamePair('Green', 'GREEN', { kind: 'organization' }) >= 0.95);
});

test('attribute evidence then decides: a birth date that agrees lifts the partial common-name match over the threshold', () => {
  const listed = entry({ id: 'smith', names: ['STEPHEN EDWARD SMITH'], birthDates: [{ year: 1961, month: 3, day: 2, text: '02 Mar 1961' }], countries: ['GB'] });
  const screener = createScreener({ entries: [listed] });
  assert.equal(screener.screen({ name: 'Stephen Smith' }).length, 0);
  const [hit] = screener.screen({ name: 'Stephen Smith', dob: '1961-03-02', country: 'GB' });
  assert.ok(hit, 'found with a matching date and country');
  // The name match is partial, so the evidence weighs more than the table's values, and says so.
  assert.ok(hit.explanation.parts.attributeWeight! > 1);
  const full = createScreener({ entries: [listed] }).screen({ name: 'Stephen Edward Smith', dob: '1961-03-02', country: 'GB' })[0]!;
  assert.ok(hit.explanation.parts.attributeAdjustment > full.explanation.parts.attributeAdjustment);
});
