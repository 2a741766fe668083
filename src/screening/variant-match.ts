/**
 * Scores one analysed query variant against one indexed listed variant, reading token similarities
 * from the query tokens' cached vocabulary matches.
 */
import { canonicalToken, tokenPrior, WITHOUT_SHORT_FORMS } from '../names/index.js';
import { lastTokenWeight, type CandidateIndex } from './index.js';
import { alignAndScore, MATCH_KINDS, SimilarityMatrix, type NameMatch, type ScoreWeights, type ScoringSide } from './score.js';
import type { QueryToken } from './token-matcher.js';
import { stringSimilarity } from './token-similarity.js';
import { isQualifier } from './qualifiers.js';

export interface QueryVariant {
  tokens: readonly QueryToken[];
  side: ScoringSide;
  via: string;
  /** Produced by romanising another script (not a rewrite of Latin text). */
  transliterated: boolean;
  /** Romanised syllable by syllable from Han or Hangul (see SYLLABIC). */
  syllabic: boolean;
  /** Canonical forms of the tokens, for syllabic variants (see VariantScorer.score); made on first use. */
  canonical: string[] | undefined;
}

/** Rewrites of Latin text; every other `via` names a romanisation of another script. */
const LATIN_REWRITES = new Set(['latin', 'reordered', 'joined', 'split', 'initialism', 'numerals', 'letters', 'initials', WITHOUT_SHORT_FORMS]);

/**
 * Romanisations of Han and Hangul spell each syllable from a closed inventory: two different
 * syllables (cheng/chen, jia/jian, ying/yang) are different characters and different names, not a
 * typo of one. Such a variant's tokens match listed tokens only by name knowledge (the same
 * spelling, a known equivalent such as Zhang/Cheung or Li/Lee, a join), never by spelling distance;
 * the spelling variance between systems is what the romanisers' alternative variants cover.
 */
const SYLLABIC = new Set(['pinyin', 'wade-giles', 'from-wade-giles', 'cantonese', 'mr', 'rr', 'korean-usual']);

export function queryVariant(tokens: readonly QueryToken[], via: string): QueryVariant {
  const syllabic = SYLLABIC.has(via);
  const last = tokens.length - 1;
  const weights = tokens.map((t, i) => {
    // Syllables read from Han or Hangul are never particles nor company words ('bin' is 彬, 'e' is 娥):
    // they weigh by rarity alone.
    if (syllabic) {
      const prior = tokenPrior(t.text);
      return prior > 0 && prior < 1 ? Math.min(1, t.weight / prior) : t.weight;
    }
    return i === last && i > 0 ? lastTokenWeight(t.text, t.weight) : t.weight;
  });
  return {
    tokens,
    via,
    transliterated: !LATIN_REWRITES.has(via),
    syllabic,
    side: { tokens: tokens.map((t) => t.text), weights, qualifiers: tokens.map((t) => (isQualifier(t.text) ? 1 : 0)) },
    canonical: undefined,
  };
}

export function candidateSide(index: CandidateIndex, variant: number, withQualifierFlags = false): ScoringSide {
  const from = index.variantTokenStart[variant]!;
  const to = index.variantTokenStart[variant + 1]!;
  const tokens: string[] = [];
  const weights: number[] = [];
  const { weight, lastWeight } = index.vocabulary;
  for (let t = from; t < to; t++) {
    const id = index.variantTokens[t]!;
    tokens.push(index.vocabulary.tokens[id]!);
    weights.push(t === to - 1 && t > from ? lastWeight[id]! : weight[id]!);
  }
  // One object shape for every side, whatever its kind: the scorer's property reads stay monomorphic.
  return { tokens, weights, qualifiers: withQualifierFlags ? index.variantQualifiers.subarray(from, to) : undefined };
}

const SYLLABIC_UNMATCHED_FACTOR = 1.6;

/**
 * A romanised syllable (or given name of syllables) matches by name knowledge only: no spelling
 * distance, and agreement in sound only between spellings of one name (Li/Lee), not between two
 * names that happen to sound alike (chinpeng/chinping are 近朋 and 近平).
 */
function syllabicMatch(query: QueryVariant, i: number, how: string, canonical: string): boolean {
  if (how === 'fuzzy') return false;
  if (how !== 'phonetic') return true;
  query.canonical ??= query.side.tokens.map(canonicalToken);
  return query.canonical[i] === canonical;
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
    // A Chinese or Korean name has no optional parts (no middle names, no particles): a syllable of
    // the query left unmatched makes another name (Zhiwei is not Zhi), so it costs more.
    this.syllabicWeights = { ...this.transliteratedWeights, weakFloor: 1.01, joinedFloor: 1, unmatchedQuery: weights.unmatchedQuery * SYLLABIC_UNMATCHED_FACTOR };
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
        if (match === undefined) continue;
        if (query.syllabic && !syllabicMatch(query, i, match.how, index.vocabulary.canonical[match.id]!)) continue;
        matrix.set(i, t - from, match.similarity, KIND_CODE.get(match.how)!);
      }
    }
    const weights = query.syllabic ? this.syllabicWeights : query.transliterated ? this.transliteratedWeights : this.weights;
    // Qualifiers tell organisations apart; a listed person has none (Jordan is a given name).
    const candidate = candidateSide(index, variant, index.variantPerson[variant] !== 1);
    return alignAndScore(query.side, candidate, matrix, stringSimilarity, weights);
  }
}
