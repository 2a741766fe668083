import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isClearanceError } from '../../src/model/errors.js';
import { entryKey, removedEntries, withoutRemoved } from '../../src/scenarios/list-removals.js';
import type { Scenario } from '../../src/scenarios/schema.js';
import { sampleSnapshot } from '../../src/sample/sample-list.js';
import { createScreener } from '../../src/screening/screen.js';

/**
 * List removals over the built-in sample lists: entries are found by list and id or refused naming the
 * field; removing entries no hit refers to changes no hit; removing a hit's entry takes exactly that hit away.
 */

const snapshot = sampleSnapshot();
const screener = createScreener(snapshot);
const entries = snapshot.entries;
const scenario = (remove: { list: string; id: string }[]): Scenario => ({ name: 'delist', description: 'd', lists: { remove } });
const NAMES = ['Huawei Technologies Co Ltd', 'Kim Jong-un', 'ZTE Parsian', 'Banco Nacional de Cuba', 'Vladimir Putin', 'Acme Widgets', 'Guangzhou Haige Communications'];

test('a removal finds its entry by list (a scenario name or the code) and id; an unknown id or the wrong list is refused naming the field', () => {
  const e = entries[0]!;
  assert.equal(removedEntries(scenario([{ list: e.list.code.toLowerCase(), id: e.id }]), entries, 'v')[0], e);
  const el = entries.find((x) => x.list.code === 'EL')!;
  assert.equal(removedEntries(scenario([{ list: 'entity_list', id: el.id }]), entries, 'v')[0], el);
  const refused = (remove: { list: string; id: string }[], field: string, value: string) =>
    assert.throws(() => removedEntries(scenario(remove), entries, 'v'), (err: unknown) => isClearanceError(err) && err.field === field && err.value === value && err.kind === 'invalid');
  refused([{ list: 'EL', id: el.id }, { list: 'EL', id: 'no-such-entry' }], 'lists.remove[1].id', 'no-such-entry');
  refused([{ list: 'SDN', id: el.id }], 'lists.remove[0].list', 'SDN');
});

test('property: removing entries no hit refers to changes no hit; removing a hit takes exactly it away', () => {
  fc.assert(
    fc.property(fc.constantFrom(...NAMES), fc.array(fc.nat({ max: entries.length - 1 }), { maxLength: 6 }), fc.double({ min: 0.5, max: 0.95, noNaN: true }), (name, picks, threshold) => {
      const hits = screener.screen({ name }, { threshold });
      const hitKeys = new Set(hits.map((h) => entryKey(h.list, h.entityId)));
      const unrelated = new Set(picks.map((i) => entryKey(entries[i]!.list.code, entries[i]!.id)).filter((k) => !hitKeys.has(k)));
      assert.deepEqual(withoutRemoved(hits, unrelated), hits);
      if (hits.length === 0) return;
      const gone = hits[picks.length % hits.length]!;
      const left = withoutRemoved(hits, new Set([...unrelated, entryKey(gone.list, gone.entityId)]));
      assert.deepEqual(left, hits.filter((h) => h !== gone));
    }),
    { numRuns: 80 },
  );
});
