/**
 * Candidate retrieval keeps per-variant state between queries (credits, stamps, touched bits) and
 * skips work it can prove useless: a retriever that has answered other queries answers the next as
 * a fresh one does, and a variant skipped by its token signature holds none of the token's matches.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildCandidateIndex } from '../../src/screening/index.js';
import { CandidateRetriever, tokenSignatureBit } from '../../src/screening/retrieve.js';
import { TokenMatcher } from '../../src/screening/token-matcher.js';
import { entry } from './fixtures.js';

// One word common enough that, once rarer words have found a few names, retrieval credits it by
// walking the names found (creditTouched) rather than its postings.
const COMMON = 'mohammed';
const RARE = ['zarqawi', 'haqqani', 'tolstoy', 'abramovich', 'karimov', 'nasrallah', 'ahmed', 'yusuf'];
const entries = [
  ...Array.from({ length: 60 }, (_, i) => entry({ id: `common${i}`, names: [`${COMMON} ${RARE[i % RARE.length]}${i % 3 === 0 ? '' : ` ${RARE[(i * 5 + 1) % RARE.length]}`}`] })),
  entry({ id: 'rare-with-common', names: [`qasimova zelenko ${COMMON}`] }),
  entry({ id: 'rare-only', names: ['qasimova zelenko'] }),
  entry({ id: 'company', kind: 'organization', names: ['Karimov Nasrallah Trading LLC'] }),
];
const index = buildCandidateIndex(entries);
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
  const withCommon = index.variantName.findIndex((name) => index.nameEntry[name] === entries.length - 3);
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
