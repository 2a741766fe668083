import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScreener } from '../../src/screening/screen.js';
import { entry, SAMPLE_ENTRIES } from './fixtures.js';

const screener = createScreener({ entries: SAMPLE_ENTRIES });

test('a hit explains which listed name matched, through which variants, token by token', () => {
  const [hit] = screener.screen({ name: 'Vladimir Putin' });
  assert.ok(hit);
  const e = hit.explanation;
  assert.equal(hit.entityId, 'putin');
  assert.equal(e.matchedName.value, hit.matchedName);
  assert.ok(hit.entry.names.some((n) => n.value === e.matchedName.value && n.type === e.matchedName.type));
  assert.ok(e.queryVariant.tokens.length > 0 && e.queryVariant.via.length > 0);
  assert.ok(e.candidateVariant.tokens.length > 0 && e.candidateVariant.via.length > 0);
  for (const pair of e.alignment) {
    for (const t of pair.query.split(' ')) assert.ok(e.queryVariant.tokens.includes(t), `${t} is a query token`);
    for (const t of pair.candidate.split(' ')) assert.ok(e.candidateVariant.tokens.includes(t), `${t} is a listed token`);
    assert.ok(pair.similarity > 0 && pair.similarity <= 1);
    assert.ok(['exact', 'canonical', 'phonetic', 'fuzzy', 'initial', 'joined'].includes(pair.how));
  }
  assert.deepEqual(e.unmatchedCandidate, ['vladimirovich']);
  assert.equal(e.scoreMode, 'clearance');
});

test('score parts add up to the score', () => {
  for (const hit of screener.screen({ name: 'Vladimir Putin', dob: '1952', country: 'RU' }, { threshold: 0.3 })) {
    const p = hit.explanation.parts;
    assert.equal(p.final, hit.score);
    const nameScore = p.alignedQuality * (1 - p.unmatchedPenalty) * p.nameTypeFactor;
    assert.ok(Math.abs(nameScore - p.nameScore) < 0.001, `${nameScore} vs ${p.nameScore}`);
    assert.ok(Math.abs(Math.min(1, Math.max(0, p.nameScore + p.attributeAdjustment)) - p.final) < 0.001);
    const adjustments = hit.explanation.attributes.reduce((sum, a) => sum + a.adjustment, 0);
    assert.ok(Math.abs(adjustments - p.attributeAdjustment) < 0.001);
  }
});

test('every named penalty term is reported, and the terms add up to the penalty', () => {
  const hits = screener.screen({ name: 'Vladimir Ivanov Putin' }, { threshold: 0.3 });
  assert.ok(hits.length > 0);
  for (const hit of hits) {
    const p = hit.explanation.parts;
    for (const term of ['unmatchedQuery', 'unmatchedCandidate', 'mostlyUnmatchedCandidate', 'substitution', 'noiseOnly', 'qualifier', 'lineageReversal']) {
      assert.equal(typeof p.penalties[term], 'number', term);
    }
    const sum = Object.values(p.penalties).reduce((a, b) => a + b, 0);
    assert.ok(Math.abs(sum - p.unmatchedPenalty) < 0.001, `${sum} vs ${p.unmatchedPenalty}`);
  }
  // The query's 'ivanov' has no partner in Putin's names: its cost is named as such.
  const putin = hits.find((h) => h.entityId === 'putin')!;
  assert.ok(putin.explanation.parts.penalties.unmatchedQuery! > 0);
});

test('the transliteration used is named for a cross-script match', () => {
  const [hit] = screener.screen({ name: 'Путин Владимир Владимирович' });
  assert.ok(hit);
  assert.equal(hit.entityId, 'putin');
  assert.notEqual(hit.explanation.queryVariant.via, 'latin');
});

test('attribute evidence is listed with its effect', () => {
  const [hit] = screener.screen({ name: 'Vladimir Putin', dob: '1952-10-07', country: 'RU', type: 'person' });
  assert.ok(hit);
  const byAttribute = new Map(hit.explanation.attributes.map((a) => [a.attribute, a]));
  assert.equal(byAttribute.get('dob')?.effect, 'agrees');
  assert.equal(byAttribute.get('country')?.effect, 'agrees');
  assert.equal(byAttribute.get('kind')?.effect, 'agrees');
});

test('an entry of unknown kind named as a company contradicts a person, and only a person', () => {
  const kindOf = (names: string[], name: string, type: 'person' | 'organization') =>
    createScreener({ entries: [entry({ id: 'el', kind: 'unknown', list: 'EL', names })] })
      .screen({ name, type }, { threshold: 0.3 })[0]
      ?.explanation.attributes.find((a) => a.attribute === 'kind');
  const company = ['Yasa Part', 'Hosseini Nejad Trading Co'];
  const against = kindOf(company, 'Reza Hosseini Nejad', 'person');
  assert.equal(against?.effect, 'contradicts');
  assert.deepEqual(against?.listed, ['organization']);
  // Told from names only, the kind never agrees, and a name with no legal form says nothing.
  assert.equal(kindOf(company, 'Hosseini Nejad Trading', 'organization'), undefined);
  assert.equal(kindOf(['Hosseini Nejad, Reza', 'Reza Hosseini and Sons'], 'Reza Hosseini Nejad', 'person'), undefined);
});
