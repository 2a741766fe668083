import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { joinedInitials } from '../../src/screening/acronyms.js';

describe('joined initials', () => {
  it('a run of single letters is written as one token', () => {
    assert.deepEqual(joinedInitials(['a', 'b', 'c', 'company']), ['abc', 'company']);
    assert.deepEqual(joinedInitials(['john', 'f', 'k', 'smith', 'x']), ['john', 'fk', 'smith', 'x']);
    assert.equal(joinedInitials(['a', 'company', 'b']), undefined);
  });

  it('keeps every letter in order, and gives a variant exactly when two single letters stand together', () => {
    const token = fc.oneof(fc.stringMatching(/^[a-z]$/u), fc.stringMatching(/^[a-z]{2,6}$/u));
    fc.assert(
      fc.property(fc.array(token, { maxLength: 6 }), (tokens) => {
        const joined = joinedInitials(tokens);
        const adjacent = tokens.some((t, i) => i > 0 && t.length === 1 && tokens[i - 1]!.length === 1);
        assert.equal(joined !== undefined, adjacent);
        if (joined) assert.equal(joined.join(''), tokens.join(''));
      }),
      { numRuns: 500 },
    );
  });
});
