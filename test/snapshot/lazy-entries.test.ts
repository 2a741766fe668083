/**
 * The lazy snapshot layout (a one-shot command decodes the entries it looks at): what comes back is
 * the snapshot stored, entry for entry and key for key, as immutable, and screens the same.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadSnapshotFromPaths } from '../../src/ingest/load.js';
import type { ListEntry } from '../../src/model/list-entry.js';
import type { ListSnapshot } from '../../src/model/snapshot.js';
import { buildCandidateIndex } from '../../src/screening/index.js';
import { indexFromImage, indexImage } from '../../src/screening/index-image.js';
import { screenerOver } from '../../src/screening/screen.js';
import { packSnapshot, unpackSnapshot } from '../../src/snapshot/lazy-entries.js';
import { dataPath } from '../helpers/data.js';

// Small real files with every kind of field: CSL rows (addresses, identifiers, vessels, remarks) and the DPL.
const snapshot = await loadSnapshotFromPaths([dataPath('lists/csl/2019-12-03-partial/consolidated.csv'), dataPath('lists/bis-dpl/2019-06-29/dpl.txt')]);
const packed = packSnapshot(snapshot);

function unpacked(bytes = packed): ListSnapshot {
  const lazy = unpackSnapshot(bytes);
  assert.ok(lazy, 'the bytes are a packed snapshot');
  return lazy;
}

test('entries come back equal, with their keys in the same order, and as JSON byte for byte', () => {
  const lazy = unpacked();
  assert.equal(lazy.hash, snapshot.hash);
  assert.deepEqual(lazy.sources, snapshot.sources);
  assert.deepEqual(lazy.counts, snapshot.counts);
  assert.equal(lazy.entries.length, snapshot.entries.length);
  lazy.entries.forEach((entry, i) => {
    const original = snapshot.entries[i]!;
    assert.deepEqual(Object.keys(entry), Object.keys(original));
    assert.equal(JSON.stringify(entry), JSON.stringify(original));
    assert.deepStrictEqual(entry, original);
  });
  assert.ok(snapshot.entries.some((e) => e.addresses.length > 0 && e.identifiers.length > 0), 'the files exercise the lazy fields');
});

test('entries are immutable, decoded or not, and decode to the same objects every time', () => {
  const lazy = unpacked();
  const entry = lazy.entries.find((e) => e.addresses.length > 0)! as ListEntry & Record<string, unknown>;
  assert.throws(() => {
    (entry as { remarks?: string }).remarks = 'changed';
  }, TypeError);
  assert.throws(() => entry.names.push({ value: 'x', type: 'aka', script: 'latin' }), TypeError);
  assert.throws(() => entry.addresses.push({}), TypeError);
  assert.throws(() => {
    entry.addresses[0]!.city = 'changed';
  }, TypeError);
  assert.equal(entry.addresses, entry.addresses);
  assert.ok(Object.isFrozen(lazy.entries) && Object.isFrozen(entry));
});

test('an entry whose keys do not start with id, list, kind, names is kept whole', () => {
  const odd = { ...snapshot, entries: [{ kind: 'person', id: 'x1', list: { code: 'DPL', name: 'Denied Persons List' }, names: [], addresses: [{ city: 'Riga' }] } as unknown as ListEntry] };
  const lazy = unpacked(packSnapshot(odd));
  assert.deepEqual(Object.keys(lazy.entries[0]!), Object.keys(odd.entries[0]!));
  assert.deepStrictEqual(lazy.entries[0], odd.entries[0]);
});

test('bytes that are not a whole packed snapshot read as none', () => {
  assert.equal(unpackSnapshot(Buffer.alloc(2)), undefined);
  assert.equal(unpackSnapshot(packed.subarray(0, packed.length - 1)), undefined);
  assert.equal(unpackSnapshot(Buffer.concat([packed, Buffer.from([0])])), undefined);
});

test('screening over the lazy entries finds what screening over the parsed ones does (real names and fast-check names)', () => {
  const index = buildCandidateIndex(snapshot.entries);
  const eager = screenerOver(index);
  const lazy = screenerOver(indexFromImage(unpacked().entries, indexImage(index, { shared: false })));
  const listed = snapshot.entries.flatMap((e) => e.names.map((n) => n.value));
  const names = fc.oneof(
    fc.constantFrom(...listed),
    fc.tuple(fc.constantFrom(...listed), fc.nat(), fc.constantFrom('a', 'e', ' ', '-', 'x')).map(([name, at, c]) => name.slice(0, at % (name.length + 1)) + c + name.slice(at % (name.length + 1))),
    fc.string({ minLength: 1, maxLength: 40 }),
  );
  fc.assert(
    fc.property(names, fc.constantFrom(undefined, 'person' as const, 'organization' as const), (name, type) => {
      const query = { name, ...(type ? { type } : {}) };
      assert.deepStrictEqual(lazy.screen(query), eager.screen(query));
    }),
    { numRuns: 40 },
  );
});
