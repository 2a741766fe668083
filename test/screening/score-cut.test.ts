/**
 * The two-stage score (alignAndScoreAbove): a match is dropped only when its name score stays under
 * the caller's floor, and a kept match is the full match to the last bit. Its first stage leaves out
 * the legal-form conflict, which is sound only if every penalty term lowers the score or leaves it:
 * the score without the term must bound the full score from above, on any pair of names. And a
 * query side may leave out flag arrays that would be all zeros (see queryVariant).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { alignAndScore, alignAndScoreAbove, DEFAULT_SCORE_WEIGHTS, SimilarityMatrix, type ScoringSide } from '../../src/screening/score.js';
import { jaroWinkler } from '../../src/screening/token-similarity.js';

// Names, initials, particles, joins (jong un / jongun), near spellings and company words: the
// situations each stage of the aligner handles.
const WORDS = ['mohammad', 'muhammad', 'jong', 'un', 'jongun', 'kim', 'bin', 'al', 'a', 'j', 'smith', 'smyth', 'trading', 'ltd', 'sweden', 'nik', 'nikolai', '2'];
const EXACT = 0;
const FUZZY = 3;

const side = (organisation: boolean) =>
  fc
    .array(fc.record({ token: fc.constantFrom(...WORDS), weight: fc.constantFrom(0.05, 0.3, 0.6, 1), flag: fc.boolean(), paren: fc.boolean() }), { minLength: 1, maxLength: 5 })
    .chain((parts) =>
      fc.record({
        legalForms: fc.integer({ min: 0, max: 7 }),
        withParentheses: fc.boolean(),
      }).map(({ legalForms, withParentheses }): ScoringSide => ({
        tokens: parts.map((p) => p.token),
        weights: Float64Array.from(parts.map((p) => p.weight)),
        qualifiers: organisation ? Uint8Array.from(parts.map((p) => (p.flag ? 1 : 0))) : undefined,
        common: Uint8Array.from(parts.map((p) => (p.flag ? 1 : 0))),
        legalForms: organisation ? legalForms : 0,
        parenthesised: organisation && withParentheses ? Uint8Array.from(parts.map((p) => (p.paren ? 1 : 0))) : undefined,
      })),
    );

function matrixFor(query: ScoringSide, candidate: ScoringSide): SimilarityMatrix {
  const matrix = new SimilarityMatrix();
  matrix.reset(query.tokens.length, candidate.tokens.length);
  query.tokens.forEach((q, i) =>
    candidate.tokens.forEach((c, j) => {
      const s = jaroWinkler(q, c);
      if (s >= 0.7) matrix.set(i, j, s, q === c ? EXACT : FUZZY);
    }),
  );
  return matrix;
}

test('alignAndScoreAbove: dropped only under the floor, else the full match; the score without the legal-form term bounds it', () => {
  const pairs = fc.boolean().chain((organisation) => fc.tuple(side(organisation), side(organisation)));
  const cut = fc.record({
    floor: fc.constantFrom(0, 0.3, 0.5, 0.7, 0.8, 0.95),
    typeFactor: fc.constantFrom(1, 0.95, 0.9),
    agreement: fc.constantFrom(1, 0.9),
    keyed: fc.boolean(),
  });
  fc.assert(
    fc.property(pairs, cut, ([query, candidate], { floor, typeFactor, agreement, keyed }) => {
      const matrix = matrixFor(query, candidate);
      const full = alignAndScore(query, candidate, matrix, jaroWinkler, DEFAULT_SCORE_WEIGHTS, keyed);
      const withoutForms = alignAndScore(query, { ...candidate, legalForms: 0 }, matrix, jaroWinkler, DEFAULT_SCORE_WEIGHTS, keyed);
      assert.ok(full.score <= withoutForms.score, `bound ${withoutForms.score} under full ${full.score}`);
      // The screener skips a candidate whose entry already has a name scoring its type factor times
      // its agreement: sound only while a match scores at most 1.
      assert.ok(full.score >= 0 && full.score <= 1, `score ${full.score} outside 0..1`);
      let asked = 0;
      const listedForms = () => {
        asked++;
        return candidate.legalForms ?? 0;
      };
      const kept = alignAndScoreAbove(query, { ...candidate, legalForms: 0 }, matrix, jaroWinkler, DEFAULT_SCORE_WEIGHTS, keyed, { floor, typeFactor, agreement, listedForms });
      if (kept === undefined) {
        assert.ok(full.score * typeFactor * agreement < floor, `dropped at ${full.score} over floor ${floor}`);
        assert.equal(asked, 0, 'legal forms asked of a dropped match');
      } else {
        assert.deepEqual(kept, full);
      }
    }),
    { numRuns: 300 },
  );
});

test('alignAndScoreAbove: a legal-form conflict counts in a kept match, and the listed forms are asked once', () => {
  const query: ScoringSide = { tokens: ['acme', 'trading'], weights: Float64Array.of(1, 0.6), qualifiers: Uint8Array.of(0, 0), legalForms: 1 };
  const candidate: ScoringSide = { tokens: ['acme', 'trading'], weights: Float64Array.of(1, 0.6), qualifiers: Uint8Array.of(0, 0), legalForms: 0 };
  const matrix = matrixFor(query, candidate);
  let asked = 0;
  const kept = alignAndScoreAbove(query, candidate, matrix, jaroWinkler, DEFAULT_SCORE_WEIGHTS, false, {
    floor: 0.3,
    typeFactor: 1,
    agreement: 1,
    listedForms: () => {
      asked++;
      return 2;
    },
  });
  assert.equal(asked, 1);
  assert.equal(kept?.penalties.legalFormConflict, DEFAULT_SCORE_WEIGHTS.legalFormConflict);
  assert.deepEqual(kept, alignAndScore(query, { ...candidate, legalForms: 2 }, matrix, jaroWinkler));
  // The same pair with no conflict scores 1: over any floor up to 1, it is never dropped.
  assert.equal(alignAndScoreAbove(query, candidate, matrix, jaroWinkler, DEFAULT_SCORE_WEIGHTS, false, { floor: 1, typeFactor: 1, agreement: 1, listedForms: undefined })?.score, 1);
});

test('a query side without flag arrays scores as one whose flags are all zeros (queryVariant leaves them out)', () => {
  const pairs = fc.boolean().chain((organisation) => fc.tuple(side(organisation), side(organisation)));
  fc.assert(
    fc.property(pairs, ([query, candidate]) => {
      const matrix = matrixFor(query, candidate);
      const zeros = { ...query, qualifiers: new Uint8Array(query.tokens.length), common: new Uint8Array(query.tokens.length) };
      const absent = { ...query, qualifiers: undefined, common: undefined };
      assert.deepEqual(alignAndScore(absent, candidate, matrix, jaroWinkler), alignAndScore(zeros, candidate, matrix, jaroWinkler));
    }),
    { numRuns: 150 },
  );
});
