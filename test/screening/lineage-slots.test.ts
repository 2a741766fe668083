import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchNamePair } from '../../src/screening/pair.js';
import { DEFAULT_THRESHOLD } from '../../src/screening/screen.js';
import { SCREENING_CONFIG } from '../../src/screening/config.js';

const lineage = (query: string, listed: string) => {
  const hit = matchNamePair(query, listed, { kind: 'person' });
  return { score: hit?.score ?? 0, slots: hit?.explanation.parts.penalties.lineageSlots ?? 0 };
};

test('a longer record of a listed person (father, grandfather or tribal names after the given name) is charged as lineage slots', () => {
  for (const [query, listed] of [
    ['Abdelhalim Hafed Abdelfattah Remadna', 'REMADNA, Abdelhalim'],
    ['Mokhtar Ben Omar Belmokhtar', 'Mokhtar Belmokhtar'],
    ['Gulbuddin Wahid Khan Hekmatyar', 'HEKMATYAR, Gulbuddin'],
    // Articles (al, es) recur anywhere in the name: they do not decide the order.
    ['عبد القادر محمود محمد السيد', 'ES SAYED, Abdelkader Mahmoud'],
    ['Abd al-Qadir Mahmud Muhammad al-Sayyid', 'AL SAYED, Abdelkader Mahmoud'],
  ]) {
    const { score, slots } = lineage(query!, listed!);
    assert.ok(slots > 0, `${query} | ${listed}: the term is named`);
    assert.ok(score >= DEFAULT_THRESHOLD, `${query} | ${listed}: ${score}`);
    assert.ok(score <= SCREENING_CONFIG.weights.lineageCap, `${query} | ${listed}: capped, ${score}`);
  }
});

test('no lineage relief for a substituted name, a name part before the given name, one shared name, or syllabic names', () => {
  for (const [query, listed] of [
    // The listing keeps a part of its own: another person.
    ['Abdelhalim Hafed Remadna', 'REMADNA, Abdelhalim Mustafa'],
    // The extra part comes before every aligned name: not a lineage slot.
    ['Hafed Abdelhalim Remadna', 'Abdelhalim Remadna'],
    // One name in common is no record of a person.
    ['Gulbuddin Wahid Khan Durrani', 'Gulbuddin'],
    // Common names only.
    ['John Edward Smith', 'SMITH, John'],
    // Initials that disagree.
    ['Frost, William G.', 'William W Frost'],
  ]) {
    const { slots } = lineage(query!, listed!);
    assert.equal(slots, 0, `${query} | ${listed}`);
  }
});

test('the relief only lowers the cost of the query parts left over: the same pair weighs less without it', () => {
  const relieved = matchNamePair('Abdelhalim Hafed Abdelfattah Remadna', 'REMADNA, Abdelhalim', { kind: 'person' })!.score;
  const plain = matchNamePair('Abdelhalim Hafed Abdelfattah Remadna', 'REMADNA, Abdelhalim', { kind: 'person', weights: { lineageSlot: 1 } })!.score;
  assert.ok(relieved > plain, `${relieved} > ${plain}`);
});

test('a second given name in the query and a second surname in the listing are two empty slots, not one name put for another', () => {
  const substitution = (query: string, listed: string) => {
    const hit = matchNamePair(query, listed, { kind: 'person' });
    return { score: hit?.score ?? 0, substitution: hit?.explanation.parts.penalties.substitution ?? 0 };
  };
  for (const [query, listed, another] of [
    ['Miguel Mario Díaz-Canel', 'DIAZ-CANEL BERMUDEZ, Miguel', 'DIAZ-CANEL, Miguel Angel'],
    ['Nicolas Jose Maduro', 'MADURO MOROS, Nicolas', 'MADURO, Nicolas Ernesto'],
  ]) {
    const { score, substitution: charged } = substitution(query!, listed!);
    assert.equal(charged, 0, `${query} | ${listed}: no substitution`);
    // Above the same record with another given name in the listing's second slot.
    assert.ok(score > substitution(query!, another!).score + 0.1, `${query} | ${listed}: ${score}`);
  }
  for (const [query, listed] of [
    // The listed part left over is a given name: another person's.
    ['Miguel Mario Díaz-Canel', 'DIAZ-CANEL, Miguel Angel'],
    // The listed part comes before the surname the query shares.
    ['Miguel Mario Díaz-Canel', 'BERMUDEZ DIAZ-CANEL, Miguel'],
    // The query's part is no given name.
    ['Miguel Zapatero Díaz-Canel', 'DIAZ-CANEL BERMUDEZ, Miguel'],
  ]) {
    assert.ok(substitution(query!, listed!).substitution > 0, `${query} | ${listed}: substitution charged`);
  }
});
