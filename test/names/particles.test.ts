import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { restsAfterParticles } from '../../src/names/stopwords.js';
import { scoreNamePair } from '../../src/screening/pair.js';
import { DEFAULT_THRESHOLD } from '../../src/screening/screen.js';

describe('particles written onto a name', () => {
  it('reads the name part behind one or two particles', () => {
    assert.ok(['derbilt', 'bilt'].every((rest) => restsAfterParticles('vanderbilt').includes(rest)));
    assert.ok(restsAfterParticles('delarosa').includes('rosa'));
    assert.deepEqual(restsAfterParticles('smith'), []);
    assert.deepEqual(restsAfterParticles('vanya'), [], 'too little left behind the particle');
  });

  it('finds a listed name that writes its particles apart', () => {
    const score = scoreNamePair('vanderbilt corp', 'van der bilt corp', { kind: 'organization' });
    assert.ok(score >= DEFAULT_THRESHOLD, `vanderbilt: ${score}`);
  });

  it('returns suffixes of the token, three letters or longer', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{0,14}$/), (token) => {
        for (const rest of restsAfterParticles(token)) {
          assert.ok(token.endsWith(rest) && rest.length >= 3 && rest.length < token.length, `${token} → ${rest}`);
        }
      }),
    );
  });
});
