/**
 * The screening hot path keeps caches and reused buffers (analysed queries, per-token lookups,
 * retrieval state, scorer scratch). None of them may change a result: a query screened cold, warm,
 * after other queries, or by a fresh screener gives the same hits, scores and explanations.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createScreener, screenerOver } from '../../src/screening/screen.js';
import fc from 'fast-check';
import { deletionHashes, hashKey, hashKeyContinued, hashKeyOfPrefix, hashKeyOfSuffix, hashKeyWithout } from '../../src/screening/postings.js';
import type { ScreeningHit, ScreeningQuery } from '../../src/screening/types.js';
import { buildCandidateIndex, orderFreeKey } from '../../src/screening/index.js';
import { CandidateRetriever, tokenSignatureBit } from '../../src/screening/retrieve.js';
import { DistinctSequences } from '../../src/names/index.js';
import { TokenMatcher } from '../../src/screening/token-matcher.js';
import { entry, SAMPLE_ENTRIES } from './fixtures.js';

const QUERIES: ScreeningQuery[] = [
  { name: 'Vladimir Putin' },
  { name: 'PUTIN, Vladimir Vladimirovich', type: 'person', dob: '1952-10-07' },
  { name: 'Kim Jong-un' },
  { name: '김정은' },
  { name: 'ZTE Corp.' },
  { name: 'Osama bin Laden' },
  { name: 'GUANGZHOU HAIGE COMM GRP' },
  { name: 'Ivanov' },
  { name: 'Sergei Ivanov', country: 'RU' },
  { name: 'Vladimr Puttin' },
  { name: 'Zhongxing Telecommunication Equipment' },
  { name: 'A.B.C. Trading Co.' },
  { name: '' },
];

function plain(hits: ScreeningHit[]): unknown {
  return hits.map(({ entry, ...rest }) => ({ ...rest, entry: entry.id }));
}

test('repeated and interleaved queries give the results of a fresh screener', () => {
  const warm = createScreener({ entries: SAMPLE_ENTRIES });
  const first = QUERIES.map((q) => plain(warm.screen(q, { threshold: 0.5 })));
  // Again, in reverse order and with other options in between: caches and buffers are warm now.
  for (let i = QUERIES.length - 1; i >= 0; i--) {
    warm.screen(QUERIES[i]!, { threshold: 0, limit: 3 });
    assert.deepEqual(plain(warm.screen(QUERIES[i]!, { threshold: 0.5 })), first[i]);
  }
  for (let i = 0; i < QUERIES.length; i++) {
    const fresh = screenerOver(warm.index);
    assert.deepEqual(plain(fresh.screen(QUERIES[i]!, { threshold: 0.5 })), first[i]);
  }
});

test('deletion hashes equal hashing each deletion on its own', () => {
  const prefix = new Int32Array(16);
  const out = new Float64Array(16);
  for (const word of ['abc', 'smith', 'mohammed', 'zzzzzzzzzzzz', 'ǆamal', 'ßüöä', 'putinas']) {
    deletionHashes(word, prefix, out);
    for (let skip = -1; skip < word.length; skip++) assert.equal(out[skip + 1], hashKeyWithout(word, skip), `${word} without ${skip}`);
  }
});

test('hashes of a suffix, a prefix and a continued join equal hashing the cut or joined string', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 24 }), fc.string({ maxLength: 12 }), fc.nat(), (key, more, cut) => {
      const at = key.length === 0 ? 0 : cut % (key.length + 1);
      assert.equal(hashKeyOfSuffix(key, at), hashKey(key.slice(at)));
      assert.equal(hashKeyOfPrefix(key, at), hashKey(key.slice(0, at)));
      assert.equal(hashKeyContinued(hashKey(key), more), hashKey(key + more));
    }),
  );
});

// Retrieval state kept between queries (credits, stamps, touched bits), and the walk of the variants
// found that skips, by its token signature, a variant holding none of a token's matches. One word
// is common enough that, once rarer words have found a few names, retrieval credits it by walking
// the names found (creditTouched) rather than its postings.
const COMMON = 'mohammed';
const RARE = ['zarqawi', 'haqqani', 'tolstoy', 'abramovich', 'karimov', 'nasrallah', 'ahmed', 'yusuf'];
const retrievalEntries = [
  ...Array.from({ length: 60 }, (_, i) => entry({ id: `common${i}`, names: [`${COMMON} ${RARE[i % RARE.length]}${i % 3 === 0 ? '' : ` ${RARE[(i * 5 + 1) % RARE.length]}`}`] })),
  entry({ id: 'rare-with-common', names: [`qasimova zelenko ${COMMON}`] }),
  entry({ id: 'rare-only', names: ['qasimova zelenko'] }),
  entry({ id: 'company', kind: 'organization', names: ['Karimov Nasrallah Trading LLC'] }),
];
const index = buildCandidateIndex(retrievalEntries);
const matcher = new TokenMatcher(index);
const tokensOf = (words: readonly string[]) => words.map((w) => matcher.lookup(w));

test('a retriever that answered other queries retrieves what a fresh one does', () => {
  const shared = new CandidateRetriever(index);
  const words = fc.constantFrom(COMMON, ...RARE, 'qasimova', 'zelenko', 'trading', 'llc', 'zarqavi', 'unknownword');
  const query = fc.record({ words: fc.array(words, { minLength: 1, maxLength: 4 }), floor: fc.constantFrom(0, 0.5, 0.8) });
  fc.assert(
    fc.property(fc.array(query, { minLength: 1, maxLength: 6 }), (queries) => {
      for (const { words, floor } of queries) {
        const tokens = tokensOf(words);
        assert.deepEqual([...shared.retrieve(tokens, floor)], [...new CandidateRetriever(index).retrieve(tokens, floor)], words.join(' '));
      }
    }),
  );
});

test('credits from walking the names found (creditTouched) reach a name that holds the common word', () => {
  const retriever = new CandidateRetriever(index);
  const found = [...retriever.retrieve(tokensOf(['qasimova', 'zelenko', COMMON]), 0.8)];
  const withCommon = index.variantName.findIndex((name) => index.nameEntry[name] === retrievalEntries.length - 3);
  assert.equal(found[0], withCommon);
});

test('a signature holds the bit of each of its tokens, one bit per token', () => {
  fc.assert(
    fc.property(fc.array(fc.nat({ max: 200_000 }), { minLength: 1, maxLength: 12 }), (ids) => {
      let signature = 0;
      for (const id of ids) signature |= tokenSignatureBit(id);
      for (const id of ids) {
        const bit = tokenSignatureBit(id);
        assert.equal(bit & (bit - 1), 0);
        assert.notEqual(signature & bit, 0);
      }
    }),
  );
});

test('query variants seen before (DistinctSequences by orderFreeKey), against a set of their keys', () => {
  // Lineage particles (ordered keys), tokens with spaces and empty ones: every way two keys can meet.
  const tokens = fc.array(fc.constantFrom('', 'a', 'b', 'ab', 'a b', 'bin', 'c'), { maxLength: 4 });
  fc.assert(
    fc.property(fc.array(tokens, { maxLength: 10 }), (sequences) => {
      const seen = new DistinctSequences(orderFreeKey);
      const keys = new Set<string>();
      for (const sequence of sequences) {
        const key = orderFreeKey(sequence);
        assert.equal(seen.add(sequence), !keys.has(key), JSON.stringify(sequence));
        keys.add(key);
      }
    }),
    { numRuns: 1000 },
  );
});
