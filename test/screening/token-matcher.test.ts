import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { HashedPostings, KeyHashes } from '../../src/screening/postings.js';
import { countSharedGrams, idsRepeatedInABucket } from '../../src/screening/trigrams.js';
import { FoundMatches, MatchesById, TokenMatcher } from '../../src/screening/token-matcher.js';
import { buildCandidateIndex } from '../../src/screening/index.js';
import { SCREENING_CONFIG } from '../../src/screening/config.js';
import { addName, emptyEntry } from '../../src/ingest/entry.js';
import type { TokenMatchKind } from '../../src/screening/types.js';

// Few buckets (of the 1,024 a small index has), each for up to four hashes: tokens share grams often,
// and a token's own grams fall in one bucket now and then.
const hash = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 3 })).map(([bucket, round]) => bucket + 1024 * round);
const postingsInput = fc.array(fc.uniqueArray(hash, { maxLength: 12 }), { minLength: 1, maxLength: 60 });

test('shared grams counted from the smallest buckets are those of every bucket walked, for each token sharing enough', () => {
  fc.assert(
    fc.property(postingsInput, fc.array(hash, { minLength: 1, maxLength: 20 }), fc.double({ min: 0.05, max: 1, noNaN: true }), (keysById, grams, share) => {
      const keys = new KeyHashes();
      keysById.forEach((hashes, id) => hashes.forEach((h) => keys.add(h, id)));
      const postings = HashedPostings.fromHashes(keys);
      const gramHashes = Uint32Array.from(grams);
      const needed = Math.max(1, Math.ceil(grams.length * share));
      // Every bucket walked: each token's count, with a bucket counted as often as grams fall in it.
      const expected = new Map<number, number>();
      for (const gram of grams) {
        const bucket = postings.bucketOfHash(gram);
        for (let i = postings.bucketStart(bucket); i < postings.bucketEnd(bucket); i++) expected.set(postings.ids[i]!, (expected.get(postings.ids[i]!) ?? 0) + 1);
      }
      const scratch = { counts: new Uint16Array(keysById.length), touched: new Int32Array(keysById.length), order: new Int32Array(2), sizes: new Int32Array(2) };
      const listed = countSharedGrams(postings, gramHashes, grams.length, needed, idsRepeatedInABucket(postings, keysById.length), scratch);
      const counted = new Map<number, number>();
      for (let t = 0; t < listed; t++) {
        const id = scratch.touched[t]!;
        assert.ok(!counted.has(id), `token ${id} listed twice`);
        counted.set(id, scratch.counts[id]!);
        assert.equal(scratch.counts[id], expected.get(id) ?? 0, `token ${id}`);
        scratch.counts[id] = 0;
      }
      for (const [id, count] of expected) if (count >= needed) assert.ok(counted.has(id), `token ${id} shares ${count} of ${needed} needed`);
      assert.ok(scratch.counts.every((c) => c === 0), 'a count outside the listed tokens');
    }),
    { numRuns: 300 },
  );
});

test('found matches keep the best offer per token, sorted best first and equal similarities by id', () => {
  // Up to 100 tokens with few distinct similarities: ties are common, and past 64 matches the sort changes.
  const offer = fc.record({ id: fc.integer({ min: 0, max: 99 }), similarity: fc.constantFrom(0.5, 0.72, 0.9, 0.95, 1), how: fc.constantFrom<TokenMatchKind>('exact', 'canonical', 'phonetic', 'fuzzy') });
  const found = new FoundMatches(100);
  fc.assert(
    fc.property(fc.array(offer, { maxLength: 300 }), (offers) => {
      found.clear();
      const best = new Map<number, { id: number; similarity: number; how: TokenMatchKind }>();
      for (const o of offers) {
        found.offer(o.id, o.similarity, o.how);
        const kept = best.get(o.id);
        if (kept === undefined || kept.similarity < o.similarity) best.set(o.id, { id: o.id, similarity: o.similarity, how: o.how });
      }
      const expected = [...best.values()].sort((a, b) => b.similarity - a.similarity || a.id - b.id);
      assert.deepEqual(found.sorted(), expected);
    }),
    { numRuns: 300 },
  );
});

test('a match looked up by id is the match of that id, whether the matches are scanned or mapped', () => {
  const ids = fc.uniqueArray(fc.integer({ min: 0, max: 30 }), { maxLength: 20 });
  fc.assert(
    fc.property(ids, (matchIds) => {
      const matches = matchIds.map((id) => ({ id, similarity: 0.9, how: 'fuzzy' as const }));
      const byId = new MatchesById(matches);
      for (let id = 0; id <= 31; id++) assert.equal(byId.get(id), matches.find((match) => match.id === id));
    }),
    { numRuns: 200 },
  );
});

test('a reading without short vowels meets a listed spelling of a specific sound key at the figure the scorer gives it', () => {
  const entries = ['Feliciano Reyes', 'Hassan Yazdi'].map((name, i) => {
    const entry = emptyEntry(`e${i}`, { code: 'T', name: 'test' }, 'person');
    addName(entry, name, 'primary');
    return entry;
  });
  const index = buildCandidateIndex(entries);
  const matcher = new TokenMatcher(index);
  const similarityTo = (query: string, listed: string) => matcher.lookup(query, true).matches.find((m) => index.vocabulary.tokens[m.id] === listed)?.similarity ?? 0;
  // falasyanu (فلسيانو) and feliciano share the four-consonant key flsn: retrieval sees the scorer's figure.
  assert.ok(similarityTo('falasyanu', 'feliciano') >= SCREENING_CONFIG.tokens.abjadSoundSimilarity);
  // A key of three consonants (hsn: Husayn, Hassan) is shared by names a reading did not mean: its spelling decides.
  const short = similarityTo('husayn', 'hassan');
  assert.ok(short > 0 && short < SCREENING_CONFIG.tokens.abjadSoundSimilarity, String(short));
});
