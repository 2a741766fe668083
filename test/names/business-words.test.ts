import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isGenericOrganisationWord } from '../../src/names/index.js';

describe('isGenericOrganisationWord', () => {
  it('knows everyday company words and organisation words, not distinctive names', () => {
    for (const word of ['golden', 'star', 'royal', 'gulf', 'noor', 'trading', 'group', 'international', 'ltd']) {
      assert.equal(isGenericOrganisationWord(word), true, word);
    }
    for (const word of ['trafigura', 'rosoboronexport', 'huawei', 'sechin', 'crystalord']) {
      assert.equal(isGenericOrganisationWord(word), false, word);
    }
  });

  it('is total over normalised tokens', () => {
    fc.assert(fc.property(fc.stringMatching(/^[a-z0-9]{0,12}$/u), (token) => typeof isGenericOrganisationWord(token) === 'boolean'));
  });
});
