/**
 * Candidate retrieval: follows the postings of the vocabulary tokens a query's tokens matched and
 * keeps the listed name variants with the most matched weight, so that the exact scorer only sees a
 * few dozen names instead of the whole snapshot.
 */
import { forEachParticleRest } from '../names/stopwords.js';
import type { CandidateIndex } from './index.js';
import { hashKey, hashKeyContinued, hashKeyOfSuffix } from './postings.js';
import { DEFAULT_SCORE_WEIGHTS, type ScoreWeights } from './score.js';
import { SCREENING_CONFIG, type RetrievalLimits } from './config.js';
import type { QueryToken } from './token-matcher.js';

export type { RetrievalLimits } from './config.js';
export const DEFAULT_RETRIEVAL_LIMITS: Readonly<RetrievalLimits> = SCREENING_CONFIG.retrieval.limits;

const {
  orphanMinLength: ORPHAN_MIN_LENGTH,
  orphanCredit: ORPHAN_CREDIT,
  orphanMinShare: ORPHAN_MIN_SHARE,
  particleJoinMinLength: PARTICLE_JOIN_MIN_LENGTH,
} = SCREENING_CONFIG.retrieval;

/**
 * Unmatched share of a listed variant's weight under which its whole name may be in the query: the
 * rough credit counts a token at its match's similarity, so a listed name met in full by spellings
 * of 0.8 still shows a fifth unmatched.
 */
const WHOLE_NAME_SLACK = 0.2;

/** The linking vowels of Russian compounds (see creditLinkedJoin). */
const LINKING_VOWELS: readonly string[] = ['e', 'o'];
/** Shorter words are particles and initials, not the stems of a compound. */
const LINKED_STEM_MIN_LENGTH = 3;

/** Tokens in a typical listed variant; sets when walking found variants is cheaper than postings. */
const TOKENS_PER_VARIANT_ESTIMATE = 4;

/**
 * Per-variant retrieval state, interleaved so that following a posting touches one cache line
 * instead of several arrays: query credit, listed credit, the stamp of the last token that credited
 * it, and its total token weight. Credits stay float32, as they always were, so scores are unchanged.
 * Then what the walks of touched variants read, copied from the index so that they read the line the
 * posting walk has just brought in instead of three arrays that miss the cache: the variant's token
 * signature (see tokenSignatureBit), where its tokens start and end in the index, whether it is a person's.
 */
const STRIDE = 8;
const QUERY_CREDIT = 0;
const CANDIDATE_CREDIT = 1;
const LAST_TOKEN = 2;
const VARIANT_WEIGHT = 3;
const SIGNATURE = 4;
const TOKEN_START = 5;
const TOKEN_END = 6;
const PERSON = 7;

/**
 * One of 32 bits standing for a vocabulary token: a variant's signature ORs those of its tokens, so a
 * variant whose signature shares no bit with a query token's matches holds none of them (most touched
 * variants that creditTouched walks do not), and its tokens need not be read.
 */
export function tokenSignatureBit(id: number): number {
  return 1 << (Math.imul(id, 0x9e3779b1) >>> 27);
}

/**
 * Per vocabulary token, what following its postings reads (where they start and end, its weight),
 * side by side: one cache line per match instead of a miss in each of two token-wide arrays.
 */
const TOKEN_STRIDE = 4;
const POSTINGS_FROM = 0;
const POSTINGS_TO = 1;
const TOKEN_WEIGHT = 2;

export class CandidateRetriever {
  /** Credits and weights (float32 view of `state`). */
  private readonly credit: Float32Array;
  /** Stamps (int32 view of the same buffer). */
  private readonly stamps: Int32Array;
  private readonly touched: Int32Array;
  private touchedCount = 0;
  /**
   * Per variant, one bit set once it is in `touched`. A posting walk asks these bits, few enough to
   * stay in cache (12 KB for 100,000 variants, where a byte each missed it), before each variant's
   * state: an untouched variant has no state worth reading.
   */
  private readonly isTouched: Int32Array;
  private stamp = 0;
  /** Query weight whose postings were skipped as too long; counted as matched, to stay optimistic. */
  private skippedWeight = 0;
  /**
   * Weight of the query's parenthesised words (see weights.parenthesisedOneSide): the scorer may set
   * them aside, so the estimate from above counts them as matched.
   */
  private annotationWeight = 0;
  /**
   * Query weight of tokens with no vocabulary match strong enough to retrieve by (a word with two
   * typos: daivdovioh). The scorer may still pair them with a left-over listed token for partial
   * credit, so the rough score counts a share of them as matched (ORPHAN_CREDIT): optimistic, as a
   * rough score must be.
   */
  private orphanWeight = 0;
  readonly variantWeight: Float32Array;
  private readonly bestIds: Int32Array;
  private readonly bestScores: Float64Array;
  /** Per vocabulary token: the similarity of the current query token's match, -1 for none (see creditTouched). */
  private readonly matchSimilarity: Float64Array;
  /**
   * Per vocabulary token, 1 while it is one of the current query token's matches: a walk of a
   * variant's tokens asks this byte array, small enough to stay in cache, before matchSimilarity.
   */
  private readonly isMatch: Uint8Array;
  /** Postings range (int32 view) and weight (float32 view, the vocabulary's own values) by token id (see TOKEN_STRIDE). */
  private readonly tokenRanges: Int32Array;
  private readonly tokenWeights: Float32Array;
  /** Query token positions by descending weight; reused between calls. */
  private order = new Int32Array(32);

  constructor(
    private readonly index: CandidateIndex,
    private readonly limits: RetrievalLimits = DEFAULT_RETRIEVAL_LIMITS,
    private readonly weights: ScoreWeights = DEFAULT_SCORE_WEIGHTS,
  ) {
    const state = new ArrayBuffer(index.variantCount * STRIDE * 4);
    this.credit = new Float32Array(state);
    this.stamps = new Int32Array(state);
    this.touched = new Int32Array(index.variantCount);
    this.isTouched = new Int32Array((index.variantCount >>> 5) + 1);
    this.variantWeight = variantWeights(index);
    fillVariantFacts(index, this.variantWeight, this.credit, this.stamps);
    this.bestIds = new Int32Array(Math.max(1, limits.maxCandidates));
    this.bestScores = new Float64Array(Math.max(1, limits.maxCandidates));
    this.matchSimilarity = new Float64Array(index.vocabulary.tokens.length).fill(-1);
    this.isMatch = new Uint8Array(index.vocabulary.tokens.length);
    const tokens = new ArrayBuffer(index.vocabulary.tokens.length * TOKEN_STRIDE * 4);
    this.tokenRanges = new Int32Array(tokens);
    this.tokenWeights = new Float32Array(tokens);
    fillTokenRecords(index, this.tokenRanges, this.tokenWeights);
  }

  /**
   * Variant ids worth scoring for these query tokens, best rough score first; `floor` is the lowest
   * name score the caller could still use.
   */
  retrieve(tokens: readonly QueryToken[], floor: number, annotationWeight = 0): Int32Array {
    this.reset();
    this.annotationWeight = annotationWeight;
    // Initials are left to the scorer, they match too much to retrieve by; unless they are all there is.
    const minLength = onlyInitials(tokens) ? 1 : 2;
    let queryWeight = 0;
    for (const t of tokens) if (t.text.length >= minLength) queryWeight += t.weight;
    if (queryWeight <= 0) return new Int32Array(0);

    // A caller that wants every score (pair scoring, threshold 0) gets every variant touched.
    const minRough = floor > 0 ? floor - this.limits.roughSlack : -Infinity;
    // Joined and split spellings first: a variant they admit (Tan Chon, TANCHON COMMERCIAL BANK) is
    // then credited by the query's other tokens, which may no longer admit variants of their own.
    this.creditJoined(tokens);
    const order = this.byDescendingWeight(tokens);
    let remaining = queryWeight;
    for (let k = 0; k < tokens.length; k++) {
      const token = tokens[order[k]!]!;
      if (token.text.length < minLength) continue;
      // A variant first reached by this token can at best match the weight still to come; once that
      // cannot reach the floor, the remaining (common) tokens only add credit to variants already found.
      const bestNewcomer = 1 - this.weights.unmatchedQuery * (1 - remaining / queryWeight);
      this.creditToken(token, bestNewcomer >= minRough || this.touchedCount === 0);
      remaining -= token.weight;
    }
    return this.best(queryWeight, minRough);
  }

  /** Positions of the tokens, heaviest first, equal weights in query order (a stable insertion sort). */
  private byDescendingWeight(tokens: readonly QueryToken[]): Int32Array {
    if (this.order.length < tokens.length) this.order = new Int32Array(tokens.length * 2);
    const order = this.order;
    for (let i = 0; i < tokens.length; i++) {
      const weight = tokens[i]!.weight;
      let at = i;
      while (at > 0 && tokens[order[at - 1]!]!.weight < weight) {
        order[at] = order[at - 1]!;
        at--;
      }
      order[at] = i;
    }
    return order;
  }

  /**
   * Only the touched bits are cleared: a variant's credits are read only while its bit is set, and
   * the walk that sets the bit writes them first (see creditPostings). Clearing them here too cost a
   * cache miss per variant touched by the previous query, its state long evicted by the scoring.
   */
  private reset(): void {
    const isTouched = this.isTouched;
    // Every bit of the word is a touched variant's, which this loop clears anyway.
    for (let k = 0; k < this.touchedCount; k++) isTouched[this.touched[k]! >>> 5] = 0;
    this.touchedCount = 0;
    this.skippedWeight = 0;
    this.orphanWeight = 0;
  }

  private creditToken(token: QueryToken, admitNew: boolean): void {
    const postingIds = this.index.vocabulary.postings.ids;
    const ranges = this.tokenRanges;
    const weights = this.tokenWeights;
    const stamp = ++this.stamp;
    if (!admitNew && this.cheaperFromTouched(token)) {
      this.creditTouched(token, stamp);
      return;
    }
    let skipped = false;
    for (const match of token.matches) {
      // Matches arrive best first; the weakest are left to the scorer, which sees them for every
      // variant that stronger evidence retrieved.
      if (match.similarity < this.limits.minSimilarity) break;
      const at = match.id * TOKEN_STRIDE;
      const from = ranges[at + POSTINGS_FROM]!;
      const to = ranges[at + POSTINGS_TO]!;
      if (to - from > this.limits.longPosting && this.touchedCount > 0) {
        skipped = true;
        continue;
      }
      this.creditPostings(postingIds, from, to, match.similarity * token.weight, match.similarity * weights[at + TOKEN_WEIGHT]!, stamp, admitNew);
    }
    if (skipped) this.skippedWeight += token.weight;
    else if (token.text.length >= ORPHAN_MIN_LENGTH && (token.matches[0]?.similarity ?? 0) < this.limits.minSimilarity) this.orphanWeight += ORPHAN_CREDIT * token.weight;
  }

  /** A query token that is two listed tokens written together, or two query tokens that are one listed token. */
  private creditJoined(tokens: readonly QueryToken[]): void {
    const { ids, tokenFilter } = this.index.vocabulary;
    const joinedPairs = this.index.joinedPairs;
    for (const token of tokens) {
      if (token.text.length < 3) continue;
      const bucket = joinedPairs.bucketOf(token.text);
      const from = joinedPairs.bucketStart(bucket);
      const to = joinedPairs.bucketEnd(bucket);
      if (from < to) this.creditPostings(joinedPairs.ids, from, to, token.weight, token.weight, ++this.stamp, true);
    }
    // A query token with its particles written on (vanderbilt) that a listed name writes apart (van der bilt).
    for (const token of tokens) {
      if (token.text.length < PARTICLE_JOIN_MIN_LENGTH) continue;
      forEachParticleRest(token.text, (start) => {
        // Most rests are no listed token: the filter rules them out before the string is cut.
        if (!tokenFilter.mayHold(hashKeyOfSuffix(token.text, start))) return;
        const id = ids.get(token.text.slice(start));
        if (id === undefined) return;
        this.creditListedToken(id, token.weight);
      });
    }
    // Two or three query tokens written apart that are one listed token (see alignJoined in score.ts).
    for (let i = 0; i + 1 < tokens.length; i++) {
      let joinedHash = hashKey(tokens[i]!.text);
      let queryGain = tokens[i]!.weight;
      for (let last = i + 1; last < tokens.length && last - i < 3; last++) {
        joinedHash = hashKeyContinued(joinedHash, tokens[last]!.text);
        queryGain += tokens[last]!.weight;
        // Most joins are no listed token: the joined spelling is built only when the filter cannot rule it out.
        if (!tokenFilter.mayHold(joinedHash)) continue;
        let joined = tokens[i]!.text;
        for (let k = i + 1; k <= last; k++) joined += tokens[k]!.text;
        const id = ids.get(joined);
        if (id === undefined) continue;
        this.creditListedToken(id, queryGain);
      }
    }
    for (let i = 0; i + 1 < tokens.length; i++) this.creditLinkedJoin(tokens[i]!, tokens[i + 1]!);
  }

  /**
   * Two query words that a Russian compound joins with its linking vowel (Rosneft Flot, ROSNEFTEFLOT;
   * Neft Gaz, NEFTEGAZ): -o- or -e- between the stems. The scorer pairs the join by spelling (one
   * letter apart), once the listed name is found.
   */
  private creditLinkedJoin(first: QueryToken, second: QueryToken): void {
    if (first.text.length < LINKED_STEM_MIN_LENGTH || second.text.length < LINKED_STEM_MIN_LENGTH) return;
    const { ids, tokenFilter } = this.index.vocabulary;
    const firstHash = hashKey(first.text);
    for (const vowel of LINKING_VOWELS) {
      if (!tokenFilter.mayHold(hashKeyContinued(hashKeyContinued(firstHash, vowel), second.text))) continue;
      const id = ids.get(first.text + vowel + second.text);
      if (id !== undefined) this.creditListedToken(id, first.weight + second.weight);
    }
  }

  /** Credits every variant holding listed token `id` (and admits those not found yet), at its full weight. */
  private creditListedToken(id: number, queryGain: number): void {
    const at = id * TOKEN_STRIDE;
    const postingIds = this.index.vocabulary.postings.ids;
    this.creditPostings(postingIds, this.tokenRanges[at + POSTINGS_FROM]!, this.tokenRanges[at + POSTINGS_TO]!, queryGain, this.tokenWeights[at + TOKEN_WEIGHT]!, ++this.stamp, true);
  }

  /** When no new variant may enter, walking the few found so far beats walking long postings. */
  private cheaperFromTouched(token: QueryToken): boolean {
    const ranges = this.tokenRanges;
    let walk = 0;
    for (const match of token.matches) {
      if (match.similarity < this.limits.minSimilarity) break;
      const at = match.id * TOKEN_STRIDE;
      walk += ranges[at + POSTINGS_TO]! - ranges[at + POSTINGS_FROM]!;
    }
    return this.touchedCount * TOKENS_PER_VARIANT_ESTIMATE < walk;
  }

  /**
   * Credits each variant found so far with its best match for this token, reading its own tokens.
   * The token's matches are spread into a vocabulary-wide array first: one array read per listed
   * token instead of a map lookup.
   */
  private creditTouched(token: QueryToken, stamp: number): void {
    const variantTokens = this.index.variantTokens;
    // Read where cheaperFromTouched has just read the same tokens' postings ranges.
    const weights = this.tokenWeights;
    const similarityOf = this.matchSimilarity;
    const isMatch = this.isMatch;
    const minSimilarity = this.limits.minSimilarity;
    let signature = 0;
    for (const match of token.matches) {
      if (match.similarity < minSimilarity) continue;
      similarityOf[match.id] = match.similarity;
      isMatch[match.id] = 1;
      signature |= tokenSignatureBit(match.id);
    }
    const credit = this.credit;
    const stamps = this.stamps;
    for (let k = 0; k < this.touchedCount; k++) {
      const at = this.touched[k]! * STRIDE;
      if ((stamps[at + SIGNATURE]! & signature) === 0) continue;
      // The first listed token with the highest similarity wins, as it always did.
      let bestId = -1;
      let bestSimilarity = 0;
      const to = stamps[at + TOKEN_END]!;
      for (let t = stamps[at + TOKEN_START]!; t < to; t++) {
        const id = variantTokens[t]!;
        if (isMatch[id] === 0) continue;
        const similarity = similarityOf[id]!;
        if (bestId < 0 || similarity > bestSimilarity) {
          bestId = id;
          bestSimilarity = similarity;
        }
      }
      if (bestId < 0) continue;
      stamps[at + LAST_TOKEN] = stamp;
      credit[at + QUERY_CREDIT] = credit[at + QUERY_CREDIT]! + bestSimilarity * token.weight;
      credit[at + CANDIDATE_CREDIT] = credit[at + CANDIDATE_CREDIT]! + bestSimilarity * weights[bestId * TOKEN_STRIDE + TOKEN_WEIGHT]!;
    }
    for (const match of token.matches) {
      similarityOf[match.id] = -1;
      isMatch[match.id] = 0;
    }
  }

  private creditPostings(
    ids: Int32Array,
    from: number,
    to: number,
    queryGain: number,
    candidateGain: number,
    stamp: number,
    admitNew: boolean,
  ): void {
    const credit = this.credit;
    const stamps = this.stamps;
    const isTouched = this.isTouched;
    for (let p = from; p < to; p++) {
      const v = ids[p]!;
      const at = v * STRIDE;
      if ((isTouched[v >>> 5]! & (1 << (v & 31))) === 0) {
        // Not touched since the reset: no credit and an older stamp, so it is new. Written without
        // reading its state first (a store that misses the cache does not stall the walk as a load
        // does); 0 + gain is the sum the general path below would store.
        if (!admitNew) continue;
        stamps[at + LAST_TOKEN] = stamp;
        this.touched[this.touchedCount++] = v;
        isTouched[v >>> 5]! |= 1 << (v & 31);
        credit[at + QUERY_CREDIT] = 0 + queryGain;
        credit[at + CANDIDATE_CREDIT] = 0 + candidateGain;
        continue;
      }
      // Matches arrive best first, so a variant already credited for this token keeps the better credit.
      if (stamps[at + LAST_TOKEN] === stamp) continue;
      const isNew = credit[at + QUERY_CREDIT] === 0 && credit[at + CANDIDATE_CREDIT] === 0;
      if (isNew && !admitNew) continue;
      stamps[at + LAST_TOKEN] = stamp;
      if (isNew) {
        this.touched[this.touchedCount++] = v;
        isTouched[v >>> 5]! |= 1 << (v & 31);
      }
      credit[at + QUERY_CREDIT] = credit[at + QUERY_CREDIT]! + queryGain;
      credit[at + CANDIDATE_CREDIT] = credit[at + CANDIDATE_CREDIT]! + candidateGain;
    }
  }

  /** The scorer's penalty applied to the credited shares: an estimate of the name score from above. */
  private rough(v: number, queryWeight: number): number {
    const w = this.weights;
    const at = v * STRIDE;
    const matched = this.credit[at + QUERY_CREDIT]! + this.skippedWeight + this.annotationWeight;
    // Orphans get the benefit of the doubt only beside a name that already matches well: a lone
    // common word ('Trading') beside an unknown one is not worth scoring.
    const orphans = matched >= ORPHAN_MIN_SHARE * queryWeight ? this.orphanWeight : 0;
    const uq = Math.max(0, 1 - (matched + orphans) / queryWeight);
    const candidateWeight = this.credit[at + VARIANT_WEIGHT]!;
    const uc = candidateWeight > 0 ? Math.max(0, 1 - this.credit[at + CANDIDATE_CREDIT]! / candidateWeight) : 0;
    // The scorer charges unmatched query weight less when the query holds a listed person's whole
    // name (see fullNameWithin, lineageExtension and westernNamesBesideChineseName): an estimate from
    // above charges the least of their rates where that may be so.
    const wholeName = uc <= WHOLE_NAME_SLACK && this.stamps[at + PERSON] === 1;
    const queryRate = wholeName ? w.unmatchedQuery * Math.min(w.fullNameQueryExtra, w.lineageSlot, w.westernNamesBesideChinese) : w.unmatchedQuery;
    return 1 - queryRate * uq - w.unmatchedCandidate * uc - w.substitution * Math.min(uq, uc);
  }

  /** The best `maxCandidates` by rough score, kept sorted by insertion: the list is short. */
  private best(queryWeight: number, minRough: number): Int32Array {
    const limit = this.limits.maxCandidates;
    const ids = this.bestIds;
    const scores = this.bestScores;
    let count = 0;
    for (let k = 0; k < this.touchedCount; k++) {
      const v = this.touched[k]!;
      const score = this.rough(v, queryWeight);
      if (score < minRough || (count === limit && score <= scores[count - 1]!)) continue;
      let at = count < limit ? count++ : limit - 1;
      while (at > 0 && (scores[at - 1]! < score || (scores[at - 1] === score && ids[at - 1]! > v))) {
        scores[at] = scores[at - 1]!;
        ids[at] = ids[at - 1]!;
        at--;
      }
      scores[at] = score;
      ids[at] = v;
    }
    return ids.slice(0, count);
  }
}

function onlyInitials(tokens: readonly QueryToken[]): boolean {
  for (const t of tokens) if (t.text.length >= 2) return false;
  return true;
}

/** The per-variant facts of the retrieval state (see STRIDE): weight, token signature and range, person flag. */
function fillVariantFacts(index: CandidateIndex, variantWeight: Float32Array, credit: Float32Array, stamps: Int32Array): void {
  const { variantTokenStart, variantTokens, variantPerson, variantCount } = index;
  for (let v = 0; v < variantCount; v++) {
    const at = v * STRIDE;
    const from = variantTokenStart[v]!;
    const to = variantTokenStart[v + 1]!;
    let signature = 0;
    for (let t = from; t < to; t++) signature |= tokenSignatureBit(variantTokens[t]!);
    credit[at + VARIANT_WEIGHT] = variantWeight[v]!;
    stamps[at + SIGNATURE] = signature;
    stamps[at + TOKEN_START] = from;
    stamps[at + TOKEN_END] = to;
    stamps[at + PERSON] = variantPerson[v]!;
  }
}

/** Each vocabulary token's postings range and weight, side by side (see TOKEN_STRIDE). */
function fillTokenRecords(index: CandidateIndex, ranges: Int32Array, weights: Float32Array): void {
  const { postings, weight } = index.vocabulary;
  const starts = postings.starts;
  for (let id = 0; id < weight.length; id++) {
    ranges[id * TOKEN_STRIDE + POSTINGS_FROM] = starts[id]!;
    ranges[id * TOKEN_STRIDE + POSTINGS_TO] = starts[id + 1]!;
    weights[id * TOKEN_STRIDE + TOKEN_WEIGHT] = weight[id]!;
  }
}

function variantWeights(index: CandidateIndex): Float32Array {
  const out = new Float32Array(index.variantCount);
  const weight = index.vocabulary.weight;
  for (let v = 0; v < index.variantCount; v++) {
    let total = 0;
    for (let t = index.variantTokenStart[v]!; t < index.variantTokenStart[v + 1]!; t++) total += weight[index.variantTokens[t]!]!;
    out[v] = total;
  }
  return out;
}
