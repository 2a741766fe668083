import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { deletionKeys, forEachDeletionHash } from '../../src/screening/deletions.js';
import { GroupedIds, hashKey } from '../../src/screening/postings.js';
import { forEachTrigramHash, tokenTrigrams } from '../../src/screening/trigrams.js';
import { buildCandidateIndex } from '../../src/screening/index.js';
import { entry } from './fixtures.js';

/** Tokens with runs of one letter (deletions that spell the same key) and letters outside ASCII. */
const tokens = fc.oneof(fc.string({ maxLength: 16 }), fc.stringMatching(/^[abé]{0,14}$/u));

function hashesOf(token: string, forEach: (token: string, add: (hash: number) => void) => void): number[] {
  const out: number[] = [];
  forEach(token, (hash) => out.push(hash));
  return out;
}

test('trigram and deletion keys hashed in place are the hashes of the keys as strings, in order, each key once', () => {
  fc.assert(
    fc.property(tokens, (token) => {
      assert.deepEqual(hashesOf(token, forEachTrigramHash), tokenTrigrams(token).map(hashKey));
      assert.deepEqual(hashesOf(token, forEachDeletionHash), deletionKeys(token).map(hashKey));
    }),
    { numRuns: 300 },
  );
  assert.deepEqual(hashesOf('anna', forEachDeletionHash), ['anna', 'nna', 'ana', 'ann'].map(hashKey));
});

test('grouped ids hold, for each non-empty key, the ids carrying it in increasing order', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom('', 'a', 'b', 'ab', 'c'), { maxLength: 30 }), (keys) => {
      const groups = GroupedIds.of(keys);
      const expected = new Map<string, number[]>();
      keys.forEach((key, id) => {
        if (key) expected.set(key, [...(expected.get(key) ?? []), id]);
      });
      assert.equal(groups.groupCount, expected.size);
      for (const [key, ids] of expected) assert.deepEqual([...groups.get(key)!], ids);
      assert.equal(groups.get(''), undefined);
      assert.equal(groups.get('zz'), undefined);
    }),
    { numRuns: 200 },
  );
});

test('the vocabulary, copied afresh when the index is assembled, keeps every token under its id, whatever its letters', () => {
  const names = ['Ivan Petrov', 'Иван Петров', 'Müller GmbH', 'Zhang Wei 张伟', 'Proizvodstvennoe Obedinenie Kirovskiy'];
  const index = buildCandidateIndex(names.map((name, i) => entry({ id: `v${i}`, names: [name] })));
  const { tokens, ids } = index.vocabulary;
  assert.equal(ids.size, tokens.length);
  tokens.forEach((token, id) => assert.equal(ids.get(token), id, token));
  assert.ok(tokens.includes('proizvodstvennoe'));
});
