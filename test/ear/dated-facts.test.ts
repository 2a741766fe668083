import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { countriesOn, notYetAdded, type DatedFact } from '../../src/ear/dated-facts.js';
import { PROJECT_DATED_FACTS } from '../../src/ear/knowledge/dated-facts.js';

/** A rule's country list and the Part 742 paragraphs as they stood on a date, from the dated facts. */

const facts = PROJECT_DATED_FACTS.map((f): DatedFact => ({ ...f, verification: 'test' }));
const MEU_NOW = ['MM', 'KH', 'CN', 'NI', 'VE'];

test('§ 744.21(a)(1) reaches Nicaragua from 2024-03-15 only', () => {
  assert.deepEqual(countriesOn(facts, '744.21(a)(1)', MEU_NOW, '2024-03-14').countries.sort(), ['CN', 'KH', 'MM', 'VE']);
  assert.deepEqual(countriesOn(facts, '744.21(a)(1)', MEU_NOW, '2024-03-15').countries.sort(), [...MEU_NOW].sort());
});

test('§ 742.6(a)(12) is not yet added before 2024-11-25, and is from that day', () => {
  assert.equal(notYetAdded(facts, '2024-11-24').has('742.6(a)(12)'), true);
  assert.equal(notYetAdded(facts, '2024-11-25').has('742.6(a)(12)'), false);
});

test('property: on any date, the country list differs from today only by countries a later fact changed', () => {
  const day = fc.date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  fc.assert(
    fc.property(day, (asOf) => {
      const { countries, changes } = countriesOn(facts, '744.21(a)(1)', MEU_NOW, asOf);
      const changed = new Set(changes.map((f) => f.country));
      for (const c of new Set([...countries, ...MEU_NOW])) assert.equal(countries.includes(c) !== MEU_NOW.includes(c), changed.has(c));
      for (const f of notYetAdded(facts, asOf).values()) assert.ok(asOf < f.from);
    }),
  );
});
