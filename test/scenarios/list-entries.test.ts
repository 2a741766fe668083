import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { scenarioListEntries } from '../../src/scenarios/list-entries.js';
import type { Scenario } from '../../src/scenarios/schema.js';

/** A scenario's list additions as list entries: names, list, legal effect, and ids stable per scenario and entry. */

const doc = (add: NonNullable<Scenario['lists']>['add'], name = 's'): Scenario => ({ name, description: 'd', lists: { add } });

test('an Entity List addition reads as an EL entry with its license requirement and citation', () => {
  const [e] = scenarioListEntries(doc([{ list: 'entity_list', name: 'Acme Optics Ltd', country: 'CN', aliases: ['阿克米光学'], license_requirement: 'For all items subject to the EAR', federal_register: '91 FR 1 (fictitious)' }]));
  assert.equal(e!.list.code, 'EL');
  assert.deepEqual(e!.names.map((n) => [n.value, n.type, n.script]), [['Acme Optics Ltd', 'primary', 'latin'], ['阿克米光学', 'aka', 'han']]);
  assert.deepEqual(e!.countries, ['CN']);
  assert.equal(e!.legal.licenseRequirement, 'For all items subject to the EAR');
  assert.deepEqual(e!.legal.federalRegister, ['91 FR 1 (fictitious)']);
  assert.match(e!.remarks!, /not a real listing/);
  assert.equal(scenarioListEntries(doc([{ list: 'XYZ', name: 'A' }]))[0]!.list.code, 'XYZ');
});

test('property: ids are stable for the same scenario and entry, distinct across entries and scenarios', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), fc.string({ minLength: 1 }), (scenario, a, b) => {
      const one = scenarioListEntries(doc([{ list: 'el', name: a }], scenario))[0]!.id;
      assert.equal(scenarioListEntries(doc([{ list: 'el', name: a }], scenario))[0]!.id, one);
      assert.match(one, /^scenario:[0-9a-f]{12}$/);
      if (a !== b) assert.notEqual(scenarioListEntries(doc([{ list: 'el', name: b }], scenario))[0]!.id, one);
      assert.notEqual(scenarioListEntries(doc([{ list: 'el', name: a }], `${scenario}x`))[0]!.id, one);
    }),
  );
});
