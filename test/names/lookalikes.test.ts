import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { differByOneLookalike } from '../../src/names/lookalikes.js';
import { stringSimilarity } from '../../src/screening/token-similarity.js';

describe('look-alike letters', () => {
  it('knows a swap of letters that look alike', () => {
    assert.equal(differByOneLookalike('chima', 'china'), true);
    assert.equal(differByOneLookalike('cock', 'cook'), true);
    assert.equal(differByOneLookalike('nichaela', 'michaela'), true);
  });

  it('does not take other changes for one', () => {
    assert.equal(differByOneLookalike('china', 'china'), false, 'equal');
    assert.equal(differByOneLookalike('beta', 'meta'), false, 'b and m do not look alike');
    assert.equal(differByOneLookalike('chiam', 'china'), false, 'two changes');
    assert.equal(differByOneLookalike('chin', 'china'), false, 'lengths differ');
    assert.equal(differByOneLookalike('cnima', 'chima'), false, 'h and n are not in the table');
  });

  it('makes such a swap closer than another one-letter change', () => {
    assert.ok(stringSimilarity('chima', 'china') > stringSimilarity('chiga', 'china'));
    assert.ok(stringSimilarity('cock', 'cook') > stringSimilarity('cork', 'cook'));
  });

  it('is symmetric and never holds for equal strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        assert.equal(differByOneLookalike(a, b), differByOneLookalike(b, a));
        assert.equal(differByOneLookalike(a, a), false);
      }),
    );
  });

  it('holds for every single look-alike swap in a word', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,10}$/), fc.nat(), fc.constantFrom('mn', 'nm', 'co', 'oc', 'ce', 'ec', 'il', 'li', 'uv', 'vu', 'gq', 'qg'), (word, at, swap) => {
        const i = at % word.length;
        const a = word.slice(0, i) + swap[0] + word.slice(i + 1);
        const b = word.slice(0, i) + swap[1] + word.slice(i + 1);
        assert.equal(differByOneLookalike(a, b), true);
        assert.ok(stringSimilarity(a, b) <= 1);
      }),
    );
  });
});
