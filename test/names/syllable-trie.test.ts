import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { MAX_SYLLABLE_LETTERS, SyllableTrie } from '../../src/names/syllable-trie.js';

const SYLLABLES = ['a', 'an', 'ang', 'zh', 'zhuang', 'zhu', 'hsiung', 'i', 'ien'];

/** What syllablesFrom stands for: each stretch cut and looked up. */
function bySlices(set: ReadonlySet<string>, word: string, at: number): number {
  let found = 0;
  for (let k = 0; k < MAX_SYLLABLE_LETTERS && at + k < word.length; k++) if (set.has(word.slice(at, at + k + 1))) found |= 1 << k;
  return found;
}

describe('SyllableTrie', () => {
  it('finds the syllables a word opens with at a letter', () => {
    const trie = new SyllableTrie(SYLLABLES);
    assert.equal(trie.syllablesFrom('zhuang', 0), 0b100110);
    assert.equal(trie.syllablesFrom('xangzhu', 1), 0b111);
    assert.equal(trie.syllablesFrom('b', 0), 0);
    assert.equal(trie.syllablesFrom('an', 2), 0);
  });

  it('says what cutting each stretch and looking it up says', () => {
    const set = new Set(SYLLABLES);
    const trie = new SyllableTrie(set);
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z\u00fc1 -]{0,10}$/u), fc.nat(10), (word, at) => trie.syllablesFrom(word, at) === bySlices(set, word, at)),
      { numRuns: 2000 },
    );
  });

  it('turns down what it cannot hold', () => {
    assert.throws(() => new SyllableTrie(['']));
    assert.throws(() => new SyllableTrie(['chuangs']));
    assert.throws(() => new SyllableTrie(['lü']));
  });
});
