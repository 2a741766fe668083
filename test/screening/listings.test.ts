import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parsePaths } from '../../src/ingest/load.js';
import { groupByListing, listingId, listingKey } from '../../src/screening/listings.js';
import { createScreener } from '../../src/screening/screen.js';
import { dataPath } from '../helpers/data.js';
import { entry } from './fixtures.js';

test('listingId of a plain id (lowercase letters and digits), against the trim, fold and cuts it skips', () => {
  const reference = (id: string): string => {
    const trimmed = id.trim().toLowerCase();
    const prefixed = /^[a-z]+[-_:.\s]+(\d+)$/u.exec(trimmed);
    return prefixed ? prefixed[1]!.replace(/^0+(?=\d)/u, '') : trimmed.replace(/^0+(?=\d)/u, '');
  };
  const id = fc.array(fc.constantFrom('0', '1', '9', 'a', 'z', 'S', '-', ':', ' '), { maxLength: 8 }).map((chars) => chars.join(''));
  fc.assert(fc.property(id, (value) => assert.equal(listingId(value), reference(value), JSON.stringify(value))), { numRuns: 2000 });
});

test('listingId: an ent_num with a list prefix is the bare number; other ids stay whole', () => {
  assert.equal(listingId('20157'), '20157');
  assert.equal(listingId(' SDN-20157 '), '20157');
  assert.equal(listingId('sdn:020157'), '20157');
  assert.equal(listingId('6f5f1df81e0475846d658cb266b5512edfa186f4e469a33ef1b16a27'), '6f5f1df81e0475846d658cb266b5512edfa186f4e469a33ef1b16a27');
  assert.equal(listingId('csl:ab12'), 'csl:ab12');
  assert.notEqual(listingKey({ id: '1', list: { code: 'SDN', name: '' } }), listingKey({ id: '1', list: { code: 'EL', name: '' } }));
});

test('listingId is idempotent and never empty for a non-blank id', () => {
  fc.assert(
    fc.property(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ''), (id) => {
      const once = listingId(id);
      assert.equal(listingId(once), once);
      assert.ok(once.length > 0);
    }),
  );
  fc.assert(
    fc.property(fc.constantFrom('sdn', 'SDN', 'ofac'), fc.constantFrom('-', ':', '_'), fc.integer({ min: 1, max: 99_999_999 }), (prefix, separator, n) => {
      assert.equal(listingId(`${prefix}${separator}${n}`), listingId(String(n)));
    }),
  );
});

test('one listing from two sources takes one hit slot, and names what matched in the other copy', () => {
  // Twelve listings, each loaded twice (as from the CSL and from OFAC's files): ten slots hold ten listings.
  const entries = Array.from({ length: 12 }, (_, i) => [
    entry({ id: String(100 + i), kind: 'organization', names: [`Northwind Shipping ${String.fromCharCode(65 + i)}`] }),
    { ...entry({ id: `SDN-${100 + i}`, kind: 'organization', names: [`NORTHWIND SHIPPING ${String.fromCharCode(65 + i)} LLC`] }), list: { code: 'SDN', name: 'OFAC SDN file' } },
  ]).flat();
  const hits = createScreener({ entries }).screen({ name: 'Northwind Shipping', type: 'organization' }, { threshold: 0, limit: 10 });
  assert.equal(hits.length, 10);
  assert.equal(new Set(hits.map((h) => listingKey(h.entry))).size, 10);
  for (const hit of hits) {
    assert.equal(hit.explanation.alsoListedAs?.length, 1, hit.entityId);
    const copy = hit.explanation.alsoListedAs![0]!;
    assert.equal(listingId(copy.entityId), listingId(hit.entityId));
    assert.notEqual(copy.listName, hit.listName);
  }
});

test('real lists: an SDN entry loaded from the CSL and from the OFAC files is one hit', async () => {
  const parsed = await parsePaths([dataPath('lists', 'csl', '2026-07-31', 'consolidated.csv'), dataPath('lists', 'ofac-sdn', '2021-07-07')]);
  const screener = createScreener({ entries: parsed.flatMap((p) => p.result.entries) });
  for (const name of ['Kim Jong Un', 'Bank Melli Iran']) {
    const hits = screener.screen({ name }, { limit: 10 });
    const keys = hits.map((h) => listingKey(h.entry));
    assert.equal(new Set(keys).size, keys.length, `${name}: ${hits.map((h) => `${h.list} ${h.entityId}`).join('; ')}`);
    assert.ok(hits[0]?.explanation.alsoListedAs?.length, `${name}: the merged copy is named`);
  }
});

test('groupByListing: no item or no room gives no group, one item its own, copies join the best of their listing', () => {
  const key = (item: string) => item.slice(0, 1);
  assert.deepEqual(groupByListing([], key, 5), []);
  assert.deepEqual(groupByListing(['a1'], key, 0), []);
  assert.deepEqual(groupByListing(['a1', 'a2'], key, 0), []);
  assert.deepEqual(groupByListing(['a1'], key, 5), [{ best: 'a1', others: [] }]);
  assert.deepEqual(groupByListing(['a1', 'b1', 'a2', 'c1'], key, 2), [
    { best: 'a1', others: ['a2'] },
    { best: 'b1', others: [] },
  ]);
});
