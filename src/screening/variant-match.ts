/**
 * Scores one analysed query variant against one indexed listed variant, reading token similarities
 * from the query tokens' cached vocabulary matches.
 */
import type { CandidateIndex } from './index.js';
import { alignAndScore, MATCH_KINDS, SimilarityMatrix, type NameMatch, type ScoreWeights, type ScoringSide } from './score.js';
import type { QueryToken } from './token-matcher.js';
import { stringSimilarity } from './token-similarity.js';

export interface QueryVariant {
  tokens: readonly QueryToken[];
  side: ScoringSide;
  via: string;
  /** Produced by romanising another script (not a rewrite of Latin text). */
  transliterated: boolean;
  /** Romanised syllable by syllable from Han or Hangul (see SYLLABIC). */
  syllabic: boolean;
}

/** Rewrites of Latin text; every other `via` names a romanisation of another script. */
const LATIN_REWRITES = new Set(['latin', 'reordered', 'joined', 'split', 'initialism', 'numerals', 'letters', 'initials']);

/**
 * Romanisations of Han and Hangul spell each syllable from a closed inventory: two different
 * syllables (cheng/chen, jia/jian, ying/yang) are different characters and different names, not a
 * typo of one. Such a variant's tokens match listed tokens only by name knowledge (the same
 * spelling, a known equivalent such as Zhang/Cheung or Li/Lee, a join), never by spelling distance;
 * the spelling variance between systems is what the romanisers' alternative variants cover.
 */
const SYLLABIC = new Set(['pinyin', 'wade-giles', 'cantonese', 'mr', 'rr', 'korean-usual']);

export function queryVariant(tokens: readonly QueryToken[], via: string): QueryVariant {
  return {
    tokens,
    via,
    transliterated: !LATIN_REWRITES.has(via),
    syllabic: SYLLABIC.has(via),
    side: { tokens: tokens.map((t) => t.text), weights: tokens.map((t) => t.weight) },
  };
}

export function candidateSide(index: CandidateIndex, variant: number): ScoringSide {
  const from = index.variantTokenStart[variant]!;
  const to = index.variantTokenStart[variant + 1]!;
  const tokens: string[] = [];
  const weights: number[] = [];
  for (let t = from; t < to; t++) {
    const id = index.variantTokens[t]!;
    tokens.push(index.vocabulary.tokens[id]!);
    weights.push(index.vocabulary.weight[id]!);
  }
  return { tokens, weights };
}

const KIND_CODE = new Map(MATCH_KINDS.map((kind, i) => [kind, i]));

export class VariantScorer {
  private readonly matrix = new SimilarityMatrix();
  private readonly transliteratedWeights: ScoreWeights;
  private readonly syllabicWeights: ScoreWeights;

  constructor(
    private readonly index: CandidateIndex,
    private readonly weights: ScoreWeights,
  ) {
    this.transliteratedWeights = { ...weights, spellingDistanceFactor: weights.transliteratedDistanceFactor };
    // No near-miss pairing of left-overs, and joins only when exact.
    this.syllabicWeights = { ...this.transliteratedWeights, weakFloor: 1.01, joinedFloor: 1 };
  }

  score(query: QueryVariant, variant: number): NameMatch {
    const index = this.index;
    const from = index.variantTokenStart[variant]!;
    const to = index.variantTokenStart[variant + 1]!;
    const matrix = this.matrix;
    matrix.reset(query.tokens.length, to - from);
    for (let i = 0; i < query.tokens.length; i++) {
      const byId = query.tokens[i]!.byId;
      for (let t = from; t < to; t++) {
        const match = byId.get(index.variantTokens[t]!);
        if (match === undefined || (query.syllabic && match.how === 'fuzzy')) continue;
        matrix.set(i, t - from, match.similarity, KIND_CODE.get(match.how)!);
      }
    }
    const weights = query.syllabic ? this.syllabicWeights : query.transliterated ? this.transliteratedWeights : this.weights;
    return alignAndScore(query.side, candidateSide(index, variant), matrix, stringSimilarity, weights);
  }
}
