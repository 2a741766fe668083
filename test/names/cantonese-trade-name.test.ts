import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { tradeNameFromCantonese } from '../../src/names/cantonese-trade-name.js';
import { CHINESE_SYLLABLE_SPELLINGS } from '../../src/names/chinese-spellings.js';

const read = (name: string) => tradeNameFromCantonese(name.split(' ')).map((r) => r.join(' '));

describe('Cantonese and Hokkien trade names', () => {
  it('a run of Cantonese or Hokkien syllables beside an organisation word is read in pinyin', () => {
    for (const [name, pinyin] of [
      ['wah sun shipping hongkong', 'hua xin shipping hongkong'],
      ['kwong fat trading company', 'guang fa trading company'],
      ['hock seng trading', 'fu cheng trading'],
      ['tai wah international group', 'da hua international group'],
    ] as const) assert.ok(read(name).includes(pinyin), `${name}: ${read(name).join(' | ')}`);
  });

  it('no reading without an organisation word, for a run all pinyin, a lone syllable, or a name of two trade names', () => {
    for (const name of ['wah sun', 'wong kwok keung', 'sun man shipping', 'wah shipping company', 'golden dragon trading', 'wah sun shipping kwong fat trading']) {
      assert.deepEqual(read(name), [], name);
    }
  });

  it('each reading keeps the words outside the trade name, as many words as the name, at most four readings', () => {
    const syllable = fc.constantFrom(...Object.keys(CHINESE_SYLLABLE_SPELLINGS));
    const word = fc.constantFrom('shipping', 'trading', 'company', 'group', 'hongkong', 'golden', 'star', 'sun', 'man', 'ping');
    fc.assert(
      fc.property(fc.array(fc.oneof(syllable, word), { minLength: 0, maxLength: 6 }), (tokens) => {
        const out = tradeNameFromCantonese(tokens);
        assert.ok(out.length <= 4);
        for (const reading of out) {
          assert.equal(reading.length, tokens.length);
          reading.forEach((t, i) => {
            if (CHINESE_SYLLABLE_SPELLINGS[tokens[i]!] === undefined) assert.equal(t, tokens[i]);
          });
        }
      }),
      { numRuns: 500 },
    );
  });
});
