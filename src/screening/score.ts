/**
 * Name score: order-insensitive alignment of query tokens with listed tokens, weighted by how
 * informative each token is, with a penalty for informative tokens left without a partner.
 *
 * The penalty is asymmetric on purpose. A listed name usually carries more parts than the query
 * (patronymics, tribal names, middle names), so an unmatched listed token costs less than an
 * unmatched query token. When both sides keep an informative token each, they name different people
 * ('Nik Mohammad Abdul Mohammad' vs 'Nik Mohammad Dost Mohammad'), and that substitution costs most.
 */
import { canonicalToken, CHINESE_KEY_MARK, isGivenName, isLegalFormWord, knownWesternName, sameNameFinalVowelSpelled, tokenPrior } from '../names/index.js';
import { anotherKnownName, twoNamesAlike } from './known-names.js';
import { unpairCrossedCompounds, unpairKunyaHalves } from './compound-halves.js';
import { SCREENING_CONFIG, type ScoreWeights } from './config.js';
import type { TokenMatchKind } from './types.js';
import { consonantsOf } from './token-similarity.js';

export type { ScoreWeights } from './config.js';
export const DEFAULT_SCORE_WEIGHTS: Readonly<ScoreWeights> = SCREENING_CONFIG.weights;

/** One side of a comparison: its tokens and their informative weights. */
export interface ScoringSide {
  readonly tokens: readonly string[];
  readonly weights: ArrayLike<number>;
  /**
   * Per token, 1 for a qualifier that tells one organisation from another (see weights.qualifier).
   * Counted only when the listed side has them: undefined for listed persons.
   */
  readonly qualifiers?: ArrayLike<number> | undefined;
  /** Query side only: per token, 1 for a common given name or surname (see names' isCommonName). */
  readonly common?: ArrayLike<number> | undefined;
  /** Query side only: per token, 1 for a word that says little of which organisation is meant (see names' isGenericOrganisationWord). */
  readonly generic?: ArrayLike<number> | undefined;
  /**
   * Listed side only: whether it names a company, whose everyday words (generic) say little; not a
   * vessel or an aircraft, which are named with such words (Victory, Ocean Star) and told apart by
   * number. Worked out only for a query with generic words.
   */
  readonly company?: boolean | undefined;
  /** Organisations only: the classes of the legal forms the name carries (see names/legal-form-classes.ts); 0 for none. */
  readonly legalForms?: number | undefined;
  /** Organisations only: per token, 1 for a word written in parentheses (see weights.parenthesisedOneSide). */
  readonly parenthesised?: ArrayLike<number> | undefined;
  /**
   * Query side only: whether a token is the first half of an Arabic compound (Abd, Abu: see
   * compound-halves.ts), worked out once per query; when false the aligner skips that check for every
   * candidate. Undefined: ask.
   */
  readonly compoundHalves?: boolean | undefined;
  /**
   * Query side only: per token, 1 for a name the name table spelled from an abjad (see
   * known-names.ts), which a near spelling of another known name does not meet; undefined for none.
   */
  readonly knownSpellings?: ArrayLike<number> | undefined;
  /** Query side only: whether the tokens were read from an abjad (Arabic, Hebrew script) without their short vowels. */
  readonly unvoweled?: boolean | undefined;
  /** Query side only: whether the tokens are the syllables of a Korean or Chinese name, whose order is the name's (see syllablesReordered). */
  readonly syllables?: boolean | undefined;
}

export interface AlignedPair {
  query: number;
  /** Last query token of a run of adjacent query tokens that together match one listed token; -1 otherwise. */
  queryNext: number;
  candidate: number;
  /** Last listed token of a run of adjacent listed tokens that together match one query token; -1 otherwise. */
  candidateNext: number;
  similarity: number;
  how: TokenMatchKind;
}

/**
 * The named terms of a name score's penalty, each as subtracted (see ScoreWeights for what each
 * charges); unmatchedPenalty is their sum.
 */
export interface PenaltyTerms {
  /** Informative query weight left unmatched. */
  unmatchedQuery: number;
  /** Query name parts in the father's, grandfather's or tribal slots of a listed whole name (see weights.lineageSlot). */
  lineageSlots: number;
  /** Informative listed weight left unmatched. */
  unmatchedCandidate: number;
  /** Listed weight unmatched beyond half of it. */
  mostlyUnmatchedCandidate: number;
  /** Both sides keep a name of their own: one name substituted for another. */
  substitution: number;
  /** Only noise words (particles, company words) matched. */
  noiseOnly: number;
  /** A country or series number on one side only of an organisation's name. */
  qualifier: number;
  /** Father and son swapped around bin/ibn, or initials in another order. */
  lineageReversal: number;
  /** The match was made through romanisation keys, not spellings (see weights.romanizationKey). */
  romanizationKey: number;
  /** Only common names supported it while the listed name says more (see weights.commonNameSupport). */
  commonNameSupport: number;
  /** What a whole name substituted for another adds to the substitution term (see weights.substitutedNameFloor). */
  substitutedName: number;
  /** The two names' legal forms belong to different classes (see weights.legalFormConflict). */
  legalFormConflict: number;
  /** A parenthesised part on one side only, or different on both (see weights.parenthesisedOneSide). */
  parenthesised: number;
  /** A listed one-word organisation name that the query says more than (see weights.oneWordNameExtended). */
  oneWordNameExtended: number;
  /**
   * An organisation named in one word met only by a near spelling or sound: read from an abjad (see
   * weights.oneWordQuery), or in Latin letters with two vowels or more added or dropped (see weights.oneWordRespelled).
   */
  oneWordQuery: number;
}

export interface NameMatch {
  score: number;
  pairs: AlignedPair[];
  unmatchedQuery: number[];
  unmatchedCandidate: number[];
  alignedQuality: number;
  queryCoverage: number;
  candidateCoverage: number;
  unmatchedPenalty: number;
  penalties: PenaltyTerms;
}

const {
  strictJoin: STRICT_JOIN,
  strictJoinRun: STRICT_JOIN_RUN,
  fullNameMinLength: FULL_NAME_MIN_LENGTH,
  mostlyUnmatched: MOSTLY_UNMATCHED,
  noiseWeight: NOISE_WEIGHT,
  initialsForGivenNames: INITIALS_FOR_GIVEN_NAMES,
  namesBesideInitial: NAMES_BESIDE_INITIAL,
  shortFormMaxLength: SHORT_FORM_MAX,
  wholeNameMinLength: WHOLE_NAME_MIN_LENGTH,
  exactByKnowledge: EXACT_BY_KNOWLEDGE,
  lineageMinSimilarity: LINEAGE_MIN_SIMILARITY,
} = SCREENING_CONFIG.alignment;

export const MATCH_KINDS: readonly TokenMatchKind[] = ['exact', 'canonical', 'phonetic', 'fuzzy', 'initial', 'joined'];
export const NO_MATCH = 255;

/**
 * Pairwise token similarities, filled by the caller (from the index's cached lookups or directly)
 * and read by the aligner. Reused across calls to keep the hot path free of allocation.
 */
export class SimilarityMatrix {
  similarity = new Float32Array(64);
  how = new Uint8Array(64);
  rows = 0;
  columns = 0;

  reset(rows: number, columns: number): void {
    const size = rows * columns;
    if (this.similarity.length < size) {
      this.similarity = new Float32Array(size * 2);
      this.how = new Uint8Array(size * 2);
    }
    this.rows = rows;
    this.columns = columns;
    this.similarity.fill(0, 0, size);
    this.how.fill(NO_MATCH, 0, size);
  }

  set(row: number, column: number, similarity: number, how: number): void {
    const at = row * this.columns + column;
    this.similarity[at] = similarity;
    this.how[at] = how;
  }
}

function isInitial(token: string): boolean {
  return token.length === 1 && token >= 'a' && token <= 'z';
}

function tokenWeight(side: ScoringSide, i: number, weights: ScoreWeights): number {
  const w = side.weights[i]!;
  return isInitial(side.tokens[i]!) ? w * weights.initialWeight : w;
}

/**
 * A token that repeats an aligned token of its own side adds nothing (Sergey Sergey Shoigu): it is
 * dropped from the unmatched weight instead of being held against the match. Unless the other side
 * has a name left over too: then the repeat is a name in its own slot (Abdul Kabir Abdul Jan, the
 * father Abdul) facing another name in that slot (Abdul Kabir Mohammad Jan).
 */
function repeatsAligned(side: ScoringSide, i: number, used: Uint8Array): boolean {
  const token = side.tokens[i]!;
  for (let k = 0; k < side.tokens.length; k++) if (k !== i && used[k] === 1 && side.tokens[k] === token) return true;
  return false;
}

function redundant(side: ScoringSide, i: number, used: Uint8Array, other: ScoringSide, otherUsed: Uint8Array, weights: ScoreWeights): boolean {
  return repeatsAligned(side, i, used) && !hasLeftover(other, otherUsed, weights);
}

/** Whether a side has an informative token left unaligned that does not merely repeat an aligned one. */
function hasLeftover(side: ScoringSide, used: Uint8Array, weights: ScoreWeights): boolean {
  for (let i = 0; i < side.tokens.length; i++) {
    if (used[i] === 1 || tokenWeight(side, i, weights) < NOISE_WEIGHT) continue;
    if (!repeatsAligned(side, i, used)) return true;
  }
  return false;
}

/**
 * Initials standing for the words of an acronym or for given names keep their order: C.B.A. is
 * not A.B.C., J. R. Smith not R. J. Smith. True when two aligned pairs of single letters cross.
 */
function initialsCross(query: ScoringSide, candidate: ScoringSide, pairs: readonly AlignedPair[]): boolean {
  for (let a = 0; a < pairs.length; a++) {
    const first = pairs[a]!;
    if (first.how !== 'exact' || !isInitial(query.tokens[first.query]!)) continue;
    for (let b = a + 1; b < pairs.length; b++) {
      const second = pairs[b]!;
      if (second.how !== 'exact' || !isInitial(query.tokens[second.query]!)) continue;
      if (first.query < second.query !== first.candidate < second.candidate) return true;
    }
  }
  return false;
}

/**
 * Which tokens of each side are aligned: two buffers reused by every call (the scorer runs for
 * dozens of candidates per query, and nothing outlives the call), cleared for its token count.
 */
const usedBuffers = [new Uint8Array(32), new Uint8Array(32)];

function usedFlags(side: 0 | 1, length: number): Uint8Array {
  let flags = usedBuffers[side]!;
  if (flags.length < length) {
    flags = new Uint8Array(length * 2);
    usedBuffers[side] = flags;
  }
  flags.fill(0, 0, length);
  return flags;
}

/**
 * What a caller keeps of a match: the name score it makes of the match's score (score x typeFactor
 * x agreement, in that order) must reach `floor`. A match that cannot is dropped before the work
 * only a kept match needs (the listed name's legal forms, the penalty terms, the unmatched lists):
 * most scored candidates never become hits. Owned and reused by the caller.
 */
export interface ScoreCut {
  floor: number;
  typeFactor: number;
  agreement: number;
  /**
   * The listed name's legal-form classes, asked only of a match that may be kept and whose query
   * has a legal form (see weights.legalFormConflict); candidate.legalForms when absent.
   */
  listedForms: (() => number) | undefined;
  /** Written by the scorer: the bound of the last match it was asked for (see alignAndScoreAbove), kept or dropped. */
  bound?: number;
}

export function alignAndScore(
  query: ScoringSide,
  candidate: ScoringSide,
  matrix: SimilarityMatrix,
  similarityOf: (a: string, b: string) => number,
  weights: ScoreWeights = DEFAULT_SCORE_WEIGHTS,
  keyed = false,
): NameMatch {
  return alignAndScoreAbove(query, candidate, matrix, similarityOf, weights, keyed, undefined)!;
}

/**
 * alignAndScore, or undefined when the match's name score stays under `cut.floor`. The legal-form
 * conflict is the one term left out of the first score: every penalty term lowers the score or
 * leaves it, so the score without it bounds the full score from above.
 */
export function alignAndScoreAbove(
  query: ScoringSide,
  candidate: ScoringSide,
  matrix: SimilarityMatrix,
  similarityOf: (a: string, b: string) => number,
  weights: ScoreWeights,
  keyed: boolean,
  cut: ScoreCut | undefined,
): NameMatch | undefined {
  const nq = query.tokens.length;
  const nc = candidate.tokens.length;
  const queryUsed = usedFlags(0, nq);
  const candidateUsed = usedFlags(1, nc);
  const pairs: AlignedPair[] = [];

  // A name written joined on one side and split on the other is settled first, when the join is
  // near exact: otherwise 'jongun' would take 'jong' by sound and strand 'un'.
  alignJoined(query, candidate, queryUsed, candidateUsed, pairs, similarityOf, STRICT_JOIN, false, STRICT_JOIN_RUN);
  alignJoined(candidate, query, candidateUsed, queryUsed, pairs, similarityOf, STRICT_JOIN, true, STRICT_JOIN_RUN);

  // Greedy best-first assignment: names have few tokens, and the best pair is almost always right.
  while (true) {
    let best = -1;
    let bestSimilarity = 0;
    for (let i = 0; i < nq; i++) {
      if (queryUsed[i] === 1) continue;
      for (let j = 0; j < nc; j++) {
        if (candidateUsed[j] === 1) continue;
        const at = i * nc + j;
        const s = matrix.similarity[at]!;
        if (s >= weights.alignFloor && s > bestSimilarity) {
          best = at;
          bestSimilarity = s;
        }
      }
    }
    if (best < 0) break;
    const i = Math.floor(best / nc);
    const j = best % nc;
    queryUsed[i] = 1;
    candidateUsed[j] = 1;
    pairs.push({ query: i, queryNext: -1, candidate: j, candidateNext: -1, similarity: bestSimilarity, how: MATCH_KINDS[matrix.how[best]!]! });
  }

  alignJoined(query, candidate, queryUsed, candidateUsed, pairs, similarityOf, weights.joinedFloor, false);
  alignJoined(candidate, query, candidateUsed, queryUsed, pairs, similarityOf, weights.joinedFloor, true);
  alignInitials(query, candidate, queryUsed, candidateUsed, pairs, weights);
  alignWeak(query, candidate, queryUsed, candidateUsed, pairs, similarityOf, weights);
  if (query.compoundHalves !== false) unpairCrossedCompounds(query.tokens, candidate.tokens, pairs, queryUsed, candidateUsed);
  unpairKunyaHalves(query.tokens, candidate.tokens, pairs, queryUsed, candidateUsed);

  return scoreAlignment(query, candidate, pairs, queryUsed, candidateUsed, weights, keyed, cut);
}

/**
 * Adjacent unmatched tokens on one side against one unmatched token on the other (jong un ↔ jongun;
 * plat ono vich ↔ platonovich when `runs` allows three).
 */
function alignJoined(
  split: ScoringSide,
  whole: ScoringSide,
  splitUsed: Uint8Array,
  wholeUsed: Uint8Array,
  pairs: AlignedPair[],
  similarityOf: (a: string, b: string) => number,
  floor: number,
  splitIsCandidate: boolean,
  longestRun = 2,
): void {
  for (let i = 0; i + 1 < split.tokens.length; i++) {
    if (splitUsed[i] === 1) continue;
    // An empty first token (none is, but a side may hold one) leaves the join's opening letter to the next.
    const opening = split.tokens[i]!.length > 0 ? split.tokens[i]!.charCodeAt(0) : -1;
    let joinedLength = split.tokens[i]!.length;
    for (let last = i + 1; last < split.tokens.length && last - i < longestRun; last++) {
      if (splitUsed[last] === 1) break;
      joinedLength += split.tokens[last]!.length;
      // The join is spelled out only when some token could be its partner (see joinedPartner):
      // most runs have none, and the scorer runs this for every candidate.
      if (opening >= 0 && !mayHavePartner(opening, joinedLength, whole, wholeUsed)) continue;
      let joined = split.tokens[i]!;
      for (let k = i + 1; k <= last; k++) joined += split.tokens[k]!;
      const partner = joinedPartner(joined, whole, wholeUsed, similarityOf, floor);
      if (partner.index < 0) continue;
      for (let k = i; k <= last; k++) splitUsed[k] = 1;
      wholeUsed[partner.index] = 1;
      pairs.push(
        splitIsCandidate
          ? { query: partner.index, queryNext: -1, candidate: i, candidateNext: last, similarity: partner.similarity, how: 'joined' }
          : { query: i, queryNext: last, candidate: partner.index, candidateNext: -1, similarity: partner.similarity, how: 'joined' },
      );
      break;
    }
  }
}

const NO_PARTNER = { index: -1, similarity: 0 };

/** Whether an unused token of `whole` passes joinedPartner's first test for a join of this opening letter and length. */
function mayHavePartner(opening: number, length: number, whole: ScoringSide, wholeUsed: Uint8Array): boolean {
  for (let j = 0; j < whole.tokens.length; j++) {
    if (wholeUsed[j] === 1) continue;
    const other = whole.tokens[j]!;
    if (other.charCodeAt(0) === opening && Math.abs(other.length - length) <= 2) return true;
  }
  return false;
}

function joinedPartner(
  joined: string,
  whole: ScoringSide,
  wholeUsed: Uint8Array,
  similarityOf: (a: string, b: string) => number,
  floor: number,
): { index: number; similarity: number } {
  for (let j = 0; j < whole.tokens.length; j++) {
    if (wholeUsed[j] === 1) continue;
    const other = whole.tokens[j]!;
    // Joins that could reach the floor start alike and differ in length by a letter or two.
    if (other.charCodeAt(0) !== joined.charCodeAt(0) || Math.abs(other.length - joined.length) > 2) continue;
    const s = similarityOf(joined, other);
    if (s >= floor) return { index: j, similarity: s };
  }
  return NO_PARTNER;
}

/**
 * A short given name that opens a longer one (Nic for Nicolas, Alex for Alexander, Kat for Katarina):
 * a shortened form, evidence of a letter or two, like an initial, not a different name.
 */
function shortFormOf(short: string, full: string): boolean {
  return short.length >= 3 && short.length <= SHORT_FORM_MAX && full.length >= short.length + 2 && full.startsWith(short) && isGivenName(full);
}

function alignInitials(
  query: ScoringSide,
  candidate: ScoringSide,
  queryUsed: Uint8Array,
  candidateUsed: Uint8Array,
  pairs: AlignedPair[],
  weights: ScoreWeights,
): void {
  for (let i = 0; i < query.tokens.length; i++) {
    if (queryUsed[i] === 1) continue;
    const q = query.tokens[i]!;
    for (let j = 0; j < candidate.tokens.length; j++) {
      if (candidateUsed[j] === 1) continue;
      const c = candidate.tokens[j]!;
      const agrees = (isInitial(q) && c.length > 1 && c[0] === q) || (isInitial(c) && q.length > 1 && q[0] === c) || shortFormOf(q, c) || shortFormOf(c, q);
      if (!agrees) continue;
      queryUsed[i] = 1;
      candidateUsed[j] = 1;
      pairs.push({ query: i, queryNext: -1, candidate: j, candidateNext: -1, similarity: weights.initialSimilarity, how: 'initial' });
      break;
    }
  }
}

function alignWeak(
  query: ScoringSide,
  candidate: ScoringSide,
  queryUsed: Uint8Array,
  candidateUsed: Uint8Array,
  pairs: AlignedPair[],
  similarityOf: (a: string, b: string) => number,
  weights: ScoreWeights,
): void {
  // Made only when some pair is near: most candidates have none, and this runs for every one.
  let open: { i: number; j: number; s: number }[] | undefined;
  for (let i = 0; i < query.tokens.length; i++) {
    if (queryUsed[i] === 1 || query.tokens[i]!.length < 2) continue;
    const q = query.tokens[i]!;
    for (let j = 0; j < candidate.tokens.length; j++) {
      const c = candidate.tokens[j]!;
      if (candidateUsed[j] === 1 || c.length < 2) continue;
      // A near-miss shares its first or last letter and has about the same length.
      if (Math.abs(c.length - q.length) > Math.max(2, q.length >> 1)) continue;
      if (c.charCodeAt(0) !== q.charCodeAt(0) && c.charCodeAt(c.length - 1) !== q.charCodeAt(q.length - 1)) continue;
      const s = similarityOf(q, c);
      if (s < weights.weakFloor) continue;
      if (query.knownSpellings?.[i] === 1 && anotherKnownName(q, canonicalToken(q), canonicalToken(c))) continue;
      // A near miss is a pair by spelling: every check of two names alike applies.
      if (twoNamesAlike(q, c, 'fuzzy')) continue;
      (open ??= []).push({ i, j, s });
    }
  }
  if (open === undefined) return;
  open.sort((a, b) => b.s - a.s);
  for (const { i, j, s } of open) {
    if (queryUsed[i] === 1 || candidateUsed[j] === 1) continue;
    queryUsed[i] = 1;
    candidateUsed[j] = 1;
    pairs.push({ query: i, queryNext: -1, candidate: j, candidateNext: -1, similarity: s, how: 'fuzzy' });
  }
}

/**
 * A country or a series numeral in an organisation's name tells it from its namesakes but names
 * nothing: 'L & H Sweden AB' agreeing with 'L & H Mendez Sweden AB' on Sweden is no match of names.
 */
function namesNothing(candidate: ScoringSide, pair: AlignedPair): boolean {
  if (candidate.qualifiers === undefined || pair.candidateNext >= 0) return false;
  return candidate.qualifiers[pair.candidate] === 1;
}

function pairWeight(side: ScoringSide, first: number, last: number, weights: ScoreWeights): number {
  let weight = tokenWeight(side, first, weights);
  for (let k = first + 1; k <= last; k++) weight += tokenWeight(side, k, weights);
  return weight;
}

function scoreAlignment(
  query: ScoringSide,
  candidate: ScoringSide,
  pairs: AlignedPair[],
  queryUsed: Uint8Array,
  candidateUsed: Uint8Array,
  weights: ScoreWeights,
  keyed: boolean,
  cut: ScoreCut | undefined,
): NameMatch | undefined {
  let alignedWeight = 0;
  let alignedSimilarity = 0;
  let matchedQuery = 0;
  let matchedCandidate = 0;
  // Whether any name-bearing token took part: 'Bank' or 'Trading' alone must not match every bank.
  let alignedInformative = false;
  // The part of a full name that only an initial met: not contradicted, but not matched either.
  let uncoveredQuery = 0;
  let uncoveredCandidate = 0;
  for (const pair of pairs) {
    let wq = pairWeight(query, pair.query, pair.queryNext, weights);
    let wc = pairWeight(candidate, pair.candidate, pair.candidateNext, weights);
    if (wq >= NOISE_WEIGHT && wc >= NOISE_WEIGHT && !namesNothing(candidate, pair)) alignedInformative = true;
    // An initial carries the evidence of a letter, on both sides, not that of the full name it meets:
    // 'T-Component' does not cover the whole of 'Tashamdra Components'.
    if (pair.how === 'initial') {
      const letter = Math.min(wq, wc);
      uncoveredQuery += wq - letter;
      uncoveredCandidate += wc - letter;
      wq = wc = letter;
    }
    matchedQuery += wq;
    matchedCandidate += wc;
    alignedWeight += wq + wc;
    alignedSimilarity += effectiveSimilarity(pair, weights.spellingDistanceFactor) * (wq + wc);
  }
  let totalQuery = matchedQuery + uncoveredQuery;
  let totalCandidate = matchedCandidate + uncoveredCandidate;
  let contradictingQuery = 0;
  let contradictingCandidate = 0;
  let unmatchedQueryCount = 0;
  let unmatchedCandidateCount = 0;
  // Parentheses annotate an organisation's name: their words may be weighed apart (see setsAsideParenthesised).
  const organisations = candidate.qualifiers !== undefined;
  const setAside =
    organisations && (query.parenthesised !== undefined || candidate.parenthesised !== undefined) && setsAsideParenthesised(query, candidate, queryUsed, candidateUsed, weights);
  let queryLeftInformative = false;
  for (let i = 0; i < query.tokens.length; i++) {
    if (queryUsed[i] === 1) continue;
    unmatchedQueryCount++;
    if (redundant(query, i, queryUsed, candidate, candidateUsed, weights)) continue;
    if (setAside && query.parenthesised?.[i] === 1) continue;
    // Against a listed acronym (A.B.C. Company) every letter is the name, not an initial: N.A.B.C. is another.
    const w = organisations && isInitial(query.tokens[i]!) && (isAcronym(candidate) || lettersJoined(query, pairs)) ? query.weights[i]! : tokenWeight(query, i, weights);
    if (w >= NOISE_WEIGHT && !isInitial(query.tokens[i]!)) queryLeftInformative = true;
    totalQuery += w;
    contradictingQuery += isInitial(query.tokens[i]!) ? weights.initialContradiction : contradictionWeight(w, weights);
  }
  let leftInformative = false;
  for (let j = 0; j < candidate.tokens.length; j++) {
    if (candidateUsed[j] === 1) continue;
    unmatchedCandidateCount++;
    if (redundant(candidate, j, candidateUsed, query, queryUsed, weights)) continue;
    if (setAside && candidate.parenthesised?.[j] === 1) continue;
    const w = tokenWeight(candidate, j, weights);
    if (w >= NOISE_WEIGHT) leftInformative = true;
    totalCandidate += w;
    contradictingCandidate += isInitial(candidate.tokens[j]!) ? weights.initialContradiction : contradictionWeight(w, weights);
  }
  const alignedQuality = alignedWeight > 0 ? alignedSimilarity / alignedWeight : 0;
  const queryCoverage = totalQuery > 0 ? matchedQuery / totalQuery : 0;
  const candidateCoverage = totalCandidate > 0 ? matchedCandidate / totalCandidate : 0;
  const uq = 1 - queryCoverage;
  const uc = 1 - candidateCoverage;
  const substituted = secondGivenBesideSecondSurname(query, candidate, pairs, queryUsed, candidateUsed, unmatchedQueryCount, unmatchedCandidateCount) ? 0 : Math.min(
    share(contradictingQuery, matchedQuery + contradictingQuery),
    share(contradictingCandidate, matchedCandidate + contradictingCandidate),
  );
  const noiseOnly = !alignedInformative && leftInformative ? weights.noiseOnly : 0;
  const qualified =
    candidate.qualifiers === undefined
      ? 0
      : weights.qualifier * (unmatchedQualifier(query, queryUsed, setAside) + unmatchedQualifier(candidate, candidateUsed, setAside));
  const substitution = weights.substitution * substituted;
  const substitutedName =
    substitution > 0 && substitution < weights.substitutedNameFloor && bothLeaveWholeName(query, candidate, queryUsed, candidateUsed, weights)
      ? weights.substitutedNameFloor - substitution
      : 0;
  const parenthesised = !organisations
    ? 0
    : setAside
      ? weights.parenthesisedOneSide
      : unmatchedQueryCount > 0 && unmatchedCandidateCount > 0 && leftParenthesised(query, queryUsed, weights) && leftParenthesised(candidate, candidateUsed, weights)
        ? weights.parenthesisedConflict
        : 0;
  const oneWordExtended =
    organisations && uq > 0 && alignedInformative && saysMoreThan(query, candidate, weights) && extraWordLeft(query, queryUsed, weights) ? weights.oneWordNameExtended : 0;
  const reversed =
    pairs.length >= 2 && (lineageReversed(query, candidate, pairs) || initialsCross(query, candidate, pairs) || syllablesReordered(query, pairs)) ? weights.lineageReversal : 0;
  const wholeNameShare = fullNameWithin(query, candidate, pairs, leftInformative) ? weights.fullNameQueryExtra : 1;
  const westernNameShare =
    unmatchedCandidateCount === 0 && unmatchedQueryCount > 0 && westernNamesBesideChineseName(query, candidate, pairs, queryUsed) ? weights.westernNamesBesideChinese : 1;
  const queryExtraCost = weights.unmatchedQuery * Math.min(wholeNameShare, westernNameShare);
  // One side says more than the other: the listed name a part left over, one met only by an initial
  // (C. for Chen) or one word the query says more than; or the query a name the listed person's
  // name lacks (organisations aside: their extra words are weighed by oneWordNameExtended).
  const saysMore = leftInformative || uncoveredCandidate > 0 || saysMoreThan(query, candidate, weights) || (queryLeftInformative && readsAsPersonalName(candidate));
  const respelled = !saysMore && respelledCommonName(query, candidate, pairs, weights);
  const commonOnly = (saysMore || respelled) && onlyCommonSupport(query, candidate, pairs);
  // A longer record of the listed person: the query's extra parts fill lineage slots (see weights.lineageSlot).
  const slots = uq > 0 && !leftInformative && contradictingCandidate === 0 && uncoveredCandidate === 0 && lineageExtension(query, candidate, pairs, queryUsed, weights);
  const slotRate = slots ? Math.min(queryExtraCost, weights.unmatchedQuery * weights.lineageSlot) : queryExtraCost;
  const unmatchedQueryTerm = slots ? 0 : queryExtraCost * uq;
  const lineageSlots = slots ? slotRate * uq : 0;
  const unmatchedCandidateTerm = weights.unmatchedCandidate * uc;
  const abbreviated = !organisations && unmatchedCandidateCount === 0 && unmatchedQueryCount === 0 && initialPairs(pairs) >= INITIALS_FOR_GIVEN_NAMES;
  const mostlyUnmatchedCandidate = abbreviated ? 0 : weights.mostlyUnmatchedCandidate * Math.max(0, uc - MOSTLY_UNMATCHED);
  const romanizationKey = keyed ? weights.romanizationKey : 0;
  const commonNameSupport = !commonOnly
    ? 0
    : onlyGenericSupport(query, candidate, pairs)
      ? weights.genericNameSupport
      : respelled
        ? weights.respelledCommonName
        : weights.commonNameSupport;
  const oneWordQuery = !alignedInformative
    ? 0
    : organisations && unvoweledOneWord(query, pairs, weights)
      ? weights.oneWordQuery
      : respelledOneWord(query, candidate, pairs, weights, organisations, leftInformative)
        ? weights.oneWordRespelled
        : 0;
  // The terms before the legal-form conflict, summed in the order of PenaltyTerms: the full sum
  // adds the rest to this one, so that it is the same to the last bit with or without a cut.
  const termsBeforeForms =
    unmatchedQueryTerm +
    lineageSlots +
    unmatchedCandidateTerm +
    mostlyUnmatchedCandidate +
    substitution +
    noiseOnly +
    qualified +
    reversed +
    romanizationKey +
    commonNameSupport +
    substitutedName;
  const aligned = pairs.length > 0;
  const relief = queryExtraCost * uq;
  let formsConflict = 0;
  if (cut === undefined) {
    formsConflict = organisations && legalFormsConflict(query.legalForms, candidate.legalForms) ? weights.legalFormConflict : 0;
  } else {
    const bound = penalisedScore(termsBeforeForms + parenthesised + oneWordExtended + oneWordQuery, alignedQuality, aligned, alignedInformative, slots, lineageSlots, relief, weights);
    cut.bound = bound;
    if (bound * cut.typeFactor * cut.agreement < cut.floor) return undefined;
    if (organisations && (query.legalForms ?? 0) !== 0) {
      formsConflict = legalFormsConflict(query.legalForms, cut.listedForms === undefined ? candidate.legalForms : cut.listedForms()) ? weights.legalFormConflict : 0;
    }
  }
  const unmatchedPenalty = termsBeforeForms + formsConflict + parenthesised + oneWordExtended + oneWordQuery;
  const score = penalisedScore(unmatchedPenalty, alignedQuality, aligned, alignedInformative, slots, lineageSlots, relief, weights);
  const penalties: PenaltyTerms = {
    unmatchedQuery: unmatchedQueryTerm,
    lineageSlots,
    unmatchedCandidate: unmatchedCandidateTerm,
    mostlyUnmatchedCandidate,
    substitution,
    noiseOnly,
    qualifier: qualified,
    lineageReversal: reversed,
    romanizationKey,
    commonNameSupport,
    substitutedName,
    legalFormConflict: formsConflict,
    parenthesised,
    oneWordNameExtended: oneWordExtended,
    oneWordQuery,
  };
  const unmatchedQuery = unusedPositions(queryUsed, query.tokens.length, unmatchedQueryCount);
  const unmatchedCandidate = unusedPositions(candidateUsed, candidate.tokens.length, unmatchedCandidateCount);
  return { score, pairs, unmatchedQuery, unmatchedCandidate, alignedQuality, queryCoverage, candidateCoverage, unmatchedPenalty, penalties };
}

/**
 * The name score of an alignment's quality less its penalty. However much is left over, a name that
 * did match keeps a little of its score: an unmatched first name (Zed Maduro for Nicolas Maduro
 * Moros) ranks the surname's holder above unrelated names. It never rises with the penalty (the
 * two-stage cut in alignAndScoreAbove rests on this).
 */
function penalisedScore(
  unmatchedPenalty: number,
  alignedQuality: number,
  aligned: boolean,
  alignedInformative: boolean,
  slots: boolean,
  lineageSlots: number,
  relief: number,
  weights: ScoreWeights,
): number {
  const cappedPenalty = alignedInformative ? Math.min(unmatchedPenalty, weights.maxPenalty) : unmatchedPenalty;
  let score = aligned ? clamp01(alignedQuality * (1 - cappedPenalty)) : 0;
  if (slots && score > weights.lineageCap) {
    // The relief raises a partial record to a lead, never to a strong hit; it never lowers a score either.
    const unrelieved = Math.min(unmatchedPenalty - lineageSlots + relief, weights.maxPenalty);
    score = Math.max(weights.lineageCap, clamp01(alignedQuality * (1 - unrelieved)));
  }
  return score;
}

/** The positions left unaligned on one side, in order (`count` of them). */
function unusedPositions(used: Uint8Array, length: number, count: number): number[] {
  const positions: number[] = [];
  for (let i = 0; i < length && positions.length < count; i++) if (used[i] === 0) positions.push(i);
  return positions;
}


/**
 * Whether every name that supports the match (an aligned pair of informative tokens, initials aside)
 * is a common given name or surname on the query's side (John Smith, Maria Garcia) or, against a
 * listed company, a word that says little of which one is meant (Golden, Trading). False when there
 * is none, or when the query side carries no such flags.
 */
function onlyCommonSupport(query: ScoringSide, candidate: ScoringSide, pairs: readonly AlignedPair[]): boolean {
  const common = query.common;
  const generic = candidate.company === true ? query.generic : undefined;
  if (common === undefined && generic === undefined) return false;
  let support = 0;
  let initials = 0;
  for (const pair of pairs) {
    if (pair.how === 'initial') initials++;
    if (pair.how === 'initial' || namesNothing(candidate, pair)) continue;
    const last = pair.queryNext < 0 ? pair.query : pair.queryNext;
    let informative = false;
    for (let k = pair.query; k <= last; k++) {
      if (query.weights[k]! < NOISE_WEIGHT) continue;
      informative = true;
      if (common?.[k] !== 1 && generic?.[k] !== 1) return false;
    }
    if (informative) support++;
  }
  // A middle initial that agrees beside enough names met in full is one more part that agrees, not a
  // part the query lacks (see alignment.namesBesideInitial).
  if (initials > 0 && support >= NAMES_BESIDE_INITIAL) return false;
  return support > 0;
}

/**
 * Whether a common name of the query meets the listed word only as another spelling, under
 * weights.respelledBelow (Mohamed Salah against SALEH MOHAMMAD; Mohammed Ali Hassan against KASSAN,
 * Ali Mohamad): with every other word a common name too, the names are as alike as thousands of
 * others, and the one that differs is no evidence; so onlyCommonSupport's rule applies although
 * neither side says more.
 */
function respelledCommonName(query: ScoringSide, candidate: ScoringSide, pairs: readonly AlignedPair[], weights: ScoreWeights): boolean {
  const common = query.common;
  if (common === undefined) return false;
  for (const pair of pairs) {
    if (pair.similarity >= weights.respelledBelow || pair.queryNext >= 0 || common[pair.query] !== 1) continue;
    // Zarei and Zaree, Aly and Ali: the last vowel written another way is the same name.
    if (pair.candidateNext < 0 && sameNameFinalVowelSpelled(query.tokens[pair.query]!, candidate.tokens[pair.candidate]!)) continue;
    // A familiar form or another language's form of a name (Sasha, Eugene) is the name by usage and
    // counts as 'canonical'; so does a sound read from an abjad, which is a spelling.
    if (pair.how === 'fuzzy' || pair.how === 'phonetic' || (pair.how === 'canonical' && query.unvoweled === true)) return true;
  }
  return false;
}

/**
 * Whether the supporting words of a match that onlyCommonSupport accepts are everyday company words,
 * not common personal names: then the stronger weights.genericNameSupport applies.
 */
function onlyGenericSupport(query: ScoringSide, candidate: ScoringSide, pairs: readonly AlignedPair[]): boolean {
  const generic = candidate.company === true ? query.generic : undefined;
  if (generic === undefined) return false;
  for (const pair of pairs) {
    if (pair.how === 'initial' || namesNothing(candidate, pair)) continue;
    const last = pair.queryNext < 0 ? pair.query : pair.queryNext;
    for (let k = pair.query; k <= last; k++) if (query.weights[k]! >= NOISE_WEIGHT && generic[k] !== 1) return false;
  }
  return true;
}

/**
 * Whether a query read from an abjad names an organisation in one informative word and meets the
 * listed name only by a near spelling or a sound of it (المراعي, marai ↔ MARWA, MARAFI): without
 * its short vowels the word's reading is a guess that many listed words fit (see weights.oneWordQuery).
 */
function unvoweledOneWord(query: ScoringSide, pairs: readonly AlignedPair[], weights: ScoreWeights): boolean {
  if (query.unvoweled !== true) return false;
  const word = onlyInformativeToken(query, weights);
  if (word < 0) return false;
  const pair = pairs.find((p) => p.query === word && p.queryNext < 0);
  return pair !== undefined && pair.how !== 'exact' && pair.similarity < EXACT_BY_KNOWLEDGE;
}

/**
 * Whether a query written in Latin letters names a party in one informative word and meets the
 * listed name only by a near spelling or a sound of one listed word (see weights.oneWordRespelled):
 * for a person, one word of a longer listed name (Fairuz, AL-UMAYRI Faruz); for an organisation, a
 * word with the same consonants and two vowels or more added or dropped (Scania, SCAN; Bankia,
 * BANK), which the sound key, leaving out the vowels, does not tell apart.
 */
function respelledOneWord(
  query: ScoringSide,
  candidate: ScoringSide,
  pairs: readonly AlignedPair[],
  weights: ScoreWeights,
  organisations: boolean,
  listedSaysMore: boolean,
): boolean {
  if (query.unvoweled === true) return false;
  const word = onlyInformativeToken(query, weights);
  if (word < 0) return false;
  const pair = pairs.find((p) => p.query === word && p.queryNext < 0 && p.candidateNext < 0);
  if (pair === undefined || (pair.how !== 'fuzzy' && pair.how !== 'phonetic')) return false;
  // A company's brand misspelled (Faberlick, FABERLIC EUROPE) is still the brand; a person's one name is not the whole name.
  if (listedSaysMore && !organisations) return true;
  const written = query.tokens[word]!;
  const listed = candidate.tokens[pair.candidate]!;
  return organisations && Math.abs(written.length - listed.length) > 1 && consonantsOf(written) === consonantsOf(listed);
}

/** The index of a side's only informative token; -1 when it has none or several. */
function onlyInformativeToken(side: ScoringSide, weights: ScoreWeights): number {
  let word = -1;
  for (let i = 0; i < side.tokens.length; i++) {
    if (tokenWeight(side, i, weights) < NOISE_WEIGHT) continue;
    if (word >= 0) return -1;
    word = i;
  }
  return word;
}

/**
 * A listed person's name, or a name of an entry of unknown kind with no company word in it (MAHMOUD
 * KHALIL). Legal forms are not asked: a score cut learns them only after the penalties that bound it.
 */
function readsAsPersonalName(candidate: ScoringSide): boolean {
  const qualifiers = candidate.qualifiers;
  if (qualifiers === undefined) return true;
  for (let j = 0; j < candidate.tokens.length; j++) if (qualifiers[j] === 1) return false;
  return true;
}

/** A query of several tokens against a listed name of one informative token (a one-word alias: Green, Roberta). */
function saysMoreThan(query: ScoringSide, candidate: ScoringSide, weights: ScoreWeights): boolean {
  if (query.tokens.length < 2) return false;
  let informative = 0;
  for (let j = 0; j < candidate.tokens.length; j++) if (tokenWeight(candidate, j, weights) >= NOISE_WEIGHT) informative++;
  return informative === 1;
}

/**
 * A listed person's whole name, two names or more, found within the query: the query is the fuller
 * record of that person (a father's, grandfather's or tribal name added: Dost Mohammad Khan Haqqani
 * for the listed Dost Mohammad), not another person who shares a name or two.
 */
function fullNameWithin(query: ScoringSide, candidate: ScoringSide, pairs: readonly AlignedPair[], leftInformative: boolean): boolean {
  if (candidate.qualifiers !== undefined || leftInformative) return false;
  let names = 0;
  for (const pair of pairs) {
    if (pair.how === 'initial' || candidate.weights[pair.candidate]! < NOISE_WEIGHT) continue;
    // Syllables of East Asian names (Chen Zhi, Ri Su Yong, Hyon U) recur in thousands of unrelated
    // names: finding two of them is no evidence of a whole name.
    if (shortTokenIn(candidate, pair.candidate, pair.candidateNext) || shortTokenIn(query, pair.query, pair.queryNext)) return false;
    names++;
  }
  return names >= 2;
}

/**
 * Whether the query is a listed Chinese name met whole in its keys, a surname and a given syllable
 * at least, each exactly, with only Western given names left beside it: words the beside reading
 * keeps as written (see chineseKeysBesideWestern), which carry no key mark, and known as given names
 * (Tim Berners-Lee: Berners is no given name beside Li Tian).
 */
function westernNamesBesideChineseName(query: ScoringSide, candidate: ScoringSide, pairs: readonly AlignedPair[], queryUsed: Uint8Array): boolean {
  if (candidate.qualifiers !== undefined || pairs.length < 2) return false;
  for (const pair of pairs) {
    if (pair.how !== 'exact' || pair.queryNext >= 0 || pair.candidateNext >= 0 || query.tokens[pair.query]!.charCodeAt(0) !== KEY_MARK_CODE) return false;
  }
  for (let i = 0; i < query.tokens.length; i++) {
    if (queryUsed[i] === 0 && (query.tokens[i]!.charCodeAt(0) === KEY_MARK_CODE || !knownWesternName(query.tokens[i]!))) return false;
  }
  return true;
}

const KEY_MARK_CODE = CHINESE_KEY_MARK.charCodeAt(0);

/**
 * Parts of compound Arabic names and lineage particles (Abd al-Halim, Abu Bakr, bin, ag): short, yet
 * not syllables of East Asian names; they neither count as a name nor rule one out below.
 */
const NAME_PARTICLES: ReadonlySet<string> = new Set(['abd', 'abu', 'bin', 'ibn', 'ben', 'bint', 'ould', 'al', 'el', 'ul', 'ud', 'ad', 'ag']);

/**
 * Whether the query is a listed person's whole name with more parts in lineage slots (see
 * weights.lineageSlot): two names or more aligned, one of them not a common name; every part left
 * over comes after the first aligned name, as a father's, grandfather's or tribal name does; and the
 * aligned names keep the listing's order, allowing for the surname written first (REMADNA,
 * Abdelhalim).
 */
function lineageExtension(query: ScoringSide, candidate: ScoringSide, pairs: readonly AlignedPair[], queryUsed: Uint8Array, weights: ScoreWeights): boolean {
  if (candidate.qualifiers !== undefined) return false;
  let names = 0;
  let uncommon = false;
  let first = query.tokens.length;
  for (const pair of pairs) {
    if (pair.how === 'initial' || candidate.weights[pair.candidate]! < NOISE_WEIGHT) continue;
    if (pair.queryNext < 0 && pair.candidateNext < 0 && NAME_PARTICLES.has(query.tokens[pair.query]!)) continue;
    if (shortTokenIn(candidate, pair.candidate, pair.candidateNext) || shortTokenIn(query, pair.query, pair.queryNext)) return false;
    // Only names met as themselves: a near-miss spelling beside a longer record is too weak a lead.
    if (effectiveSimilarity(pair, weights.spellingDistanceFactor) < LINEAGE_MIN_SIMILARITY) return false;
    names++;
    if (query.common?.[pair.query] !== 1) uncommon = true;
    if (pair.query < first) first = pair.query;
  }
  if (names < 2 || !uncommon) return false;
  for (let i = 0; i < first; i++) if (queryUsed[i] === 0 && tokenWeight(query, i, weights) >= NOISE_WEIGHT) return false;
  return inListedOrder(pairs.filter((pair) => pair.queryNext >= 0 || pair.candidateNext >= 0 || !NAME_PARTICLES.has(query.tokens[pair.query]!)));
}

/** The listed positions of the aligned names (particles aside: al, bin recur anywhere), read in query order, rise, or rise from a point and wrap once (surname first). */
function inListedOrder(pairs: readonly AlignedPair[]): boolean {
  const listed = [...pairs].sort((a, b) => a.query - b.query).map((p) => p.candidate);
  let descents = 0;
  for (let k = 1; k < listed.length; k++) if (listed[k]! < listed[k - 1]!) descents++;
  return descents === 0 || (descents === 1 && listed.at(-1)! < listed[0]!);
}

/**
 * Whether a Korean or Chinese name's syllables met the listed ones out of order: the surname may
 * stand first or last (inListedOrder), but a given name's syllables keep theirs, and reordered they
 * spell another name (Soo-hyun, 수현, is not Hyon-woo's Hyon with Soo for Woo; Hyun-soo is another
 * name still). Asked of three aligned parts or more: two may be a surname moved.
 */
function syllablesReordered(query: ScoringSide, pairs: readonly AlignedPair[]): boolean {
  return query.syllables === true && pairs.length >= 3 && !inListedOrder(pairs);
}

function shortTokenIn(side: ScoringSide, first: number, next: number): boolean {
  const last = next < 0 ? first : next;
  for (let k = first; k <= last; k++) if (side.tokens[k]!.length < FULL_NAME_MIN_LENGTH) return true;
  return false;
}

/**
 * Spelling similarity overstates agreement: two different names of the same length and origin
 * still score around 0.8. A spelled or sounded-out match therefore counts for twice its distance
 * from 1; the matches that rest on name knowledge (exact, canonical, initial) count as they are.
 */
export function effectiveSimilarity(pair: Pick<AlignedPair, 'similarity' | 'how'>, distanceFactor: number): number {
  if (pair.how !== 'fuzzy' && pair.how !== 'joined' && pair.how !== 'phonetic') return pair.similarity;
  return Math.max(0, 1 - distanceFactor * (1 - pair.similarity));
}

/**
 * Noise words (titles, particles, company words) contradict nothing: 'President Putin' is not a
 * different Putin. Names get at least the floor.
 */
function contradictionWeight(weight: number, weights: ScoreWeights): number {
  return weight < NOISE_WEIGHT ? 0 : Math.max(weight, weights.substitutionWeightFloor);
}

/**
 * Whether a side has a qualifier (a country, a series number: see weights.qualifier) left unmatched;
 * with `setAside`, parenthesised words are weighed apart (see weights.parenthesisedOneSide).
 */
function unmatchedQualifier(side: ScoringSide, used: Uint8Array, setAside: boolean): number {
  const flags = side.qualifiers;
  if (flags === undefined) return 0;
  for (let i = 0; i < side.tokens.length; i++) if (used[i] === 0 && flags[i] === 1 && !(setAside && side.parenthesised?.[i] === 1)) return 1;
  return 0;
}

/** Whether an informative parenthesised word of this side is left unmatched. */
function leftParenthesised(side: ScoringSide, used: Uint8Array, weights: ScoreWeights): boolean {
  const flags = side.parenthesised;
  if (flags === undefined) return false;
  for (let i = 0; i < side.tokens.length; i++) if (used[i] === 0 && flags[i] === 1 && tokenWeight(side, i, weights) >= NOISE_WEIGHT) return true;
  return false;
}

/** A name written as letters only (A.B.C. Company, U.S.A.): two informative tokens or more, every one of them a letter. */
function isAcronym(side: ScoringSide): boolean {
  let letters = 0;
  for (let i = 0; i < side.tokens.length; i++) {
    if (isInitial(side.tokens[i]!)) letters++;
    else if (side.weights[i]! >= NOISE_WEIGHT) return false;
  }
  return letters >= 2;
}

/** Whether a run of the query's single letters met one listed word as a whole (N.A.B.C. against ABC): the letters are an acronym. */
function lettersJoined(query: ScoringSide, pairs: readonly AlignedPair[]): boolean {
  for (const pair of pairs) {
    if (pair.how !== 'joined' || pair.queryNext < 0) continue;
    let letters = true;
    for (let k = pair.query; k <= pair.queryNext && letters; k++) letters = isInitial(query.tokens[k]!);
    if (letters) return true;
  }
  return false;
}

/**
 * Whether the parenthesised words left unmatched on one side are all that side says more, and the
 * other side says nothing more: then they are weighed apart (see weights.parenthesisedOneSide).
 * Beside other words left over they are part of a different name (Yamahdi (UK) Limited is not YA
 * MAHDI INDUSTRIES GROUP).
 */
function setsAsideParenthesised(query: ScoringSide, candidate: ScoringSide, queryUsed: Uint8Array, candidateUsed: Uint8Array, weights: ScoreWeights): boolean {
  const inQuery = leftParenthesised(query, queryUsed, weights);
  if (inQuery === leftParenthesised(candidate, candidateUsed, weights)) return false;
  return inQuery
    ? !hasLeftover(candidate, candidateUsed, weights) && onlyParenthesisedLeft(query, queryUsed, weights)
    : !hasLeftover(query, queryUsed, weights) && onlyParenthesisedLeft(candidate, candidateUsed, weights);
}

/**
 * Whether both sides leave a whole name of their own (see weights.substitutedNameFloor). Asked only
 * with a substitution charged, so both sides have a name left over that repeats nothing (see
 * redundant): what remains to tell is whether it is a whole name rather than an initial or a number.
 */
function bothLeaveWholeName(query: ScoringSide, candidate: ScoringSide, queryUsed: Uint8Array, candidateUsed: Uint8Array, weights: ScoreWeights): boolean {
  return leavesWholeName(query, queryUsed, weights) && leavesWholeName(candidate, candidateUsed, weights);
}

function leavesWholeName(side: ScoringSide, used: Uint8Array, weights: ScoreWeights): boolean {
  for (let i = 0; i < side.tokens.length; i++) {
    if (used[i] === 0 && isWholeName(side.tokens[i]!) && tokenWeight(side, i, weights) >= NOISE_WEIGHT) return true;
  }
  return false;
}

/**
 * Whether the query leaves an informative word that is neither a qualifier, parenthesised, a word
 * of a legal form that removal missed (a form cut or misspelt: 'stock comaany' for Joint Stock
 * Company), nor a generic word of organisation names (Shipping, Trading, Group: 'Ebano Shipping' names
 * the listed EBANO's business, not another name) (see weights.oneWordNameExtended).
 */
function extraWordLeft(query: ScoringSide, used: Uint8Array, weights: ScoreWeights): boolean {
  for (let i = 0; i < query.tokens.length; i++) {
    if (used[i] === 1 || query.qualifiers?.[i] === 1 || query.parenthesised?.[i] === 1 || isLegalFormWord(query.tokens[i]!)) continue;
    if (tokenPrior(query.tokens[i]!) < 1) continue;
    if (tokenWeight(query, i, weights) >= NOISE_WEIGHT && !repeatsAligned(query, i, used)) return true;
  }
  return false;
}

/** Whether every informative word this side has left unmatched is parenthesised. */
function onlyParenthesisedLeft(side: ScoringSide, used: Uint8Array, weights: ScoreWeights): boolean {
  for (let i = 0; i < side.tokens.length; i++) {
    if (used[i] === 1 || side.parenthesised?.[i] === 1 || tokenWeight(side, i, weights) < NOISE_WEIGHT) continue;
    if (!repeatsAligned(side, i, used)) return false;
  }
  return true;
}

/** Both names carry legal forms, and no class of the one's is a class of the other's (see names/legal-form-classes.ts). */
function legalFormsConflict(query: number | undefined, candidate: number | undefined): boolean {
  const q = query ?? 0;
  const c = candidate ?? 0;
  return q !== 0 && c !== 0 && (q & c) === 0;
}

/** How many of the pairs are an initial meeting a name. */
function initialPairs(pairs: readonly AlignedPair[]): number {
  let count = 0;
  for (const pair of pairs) if (pair.how === 'initial') count++;
  return count;
}

/** A name in its own right: not an initial, a number or a syllable of two letters. */
function isWholeName(token: string): boolean {
  if (token.length < WHOLE_NAME_MIN_LENGTH) return false;
  for (let k = 0; k < token.length; k++) {
    const code = token.charCodeAt(k);
    if (code >= 48 && code <= 57) return false;
  }
  return true;
}

/** 'X bin Y' names X, son of Y: the particle fixes who is who, whatever the order of the rest (see weights.lineageReversal). */
export const LINEAGE_PARTICLES: ReadonlySet<string> = new Set(['bin', 'ibn', 'ben', 'bn', 'ebn', 'bint', 'ould']);

function lineageAt(side: ScoringSide): number {
  // Only a particle between names (a leading or trailing one is not a lineage marker), and only
  // one: with a chain (X bin Y bin Z, Al Bin Ali) who is who takes more than one split.
  let at = -1;
  for (let i = 0; i < side.tokens.length; i++) {
    if (!LINEAGE_PARTICLES.has(side.tokens[i]!)) continue;
    if (at >= 0 || i === 0 || i === side.tokens.length - 1) return -1;
    at = i;
  }
  return at;
}

function lineageReversed(query: ScoringSide, candidate: ScoringSide, pairs: readonly AlignedPair[]): boolean {
  const q = lineageAt(query);
  if (q < 0) return false;
  const c = lineageAt(candidate);
  if (c < 0) return false;
  for (const pair of pairs) {
    if (pair.query === q || pair.candidate === c) continue;
    if (pair.query < q !== pair.candidate < c) return true;
  }
  return false;
}

function share(part: number, whole: number): number {
  return whole > 0 ? part / whole : 0;
}

export function clamp01(value: number): number {
  if (!(value > 0)) return 0;
  return value > 1 ? 1 : value;
}

/**
 * Whether the only name each side has left is a second given name on the query's side and a second
 * surname on the listed side: Spanish and Portuguese names carry two given names and two surnames,
 * and a record often drops one of each (Miguel Mario Díaz-Canel; DIAZ-CANEL BERMUDEZ, Miguel). Two
 * slots each left empty on one side, not one name put for another: no substitution. The query's part
 * is a known given name between two of its aligned names, the listed part no known given name, and
 * it follows the listed name the query places after its given name (the surname the second one
 * continues).
 */
function secondGivenBesideSecondSurname(
  query: ScoringSide,
  candidate: ScoringSide,
  pairs: readonly AlignedPair[],
  queryUsed: Uint8Array,
  candidateUsed: Uint8Array,
  unmatchedQueryCount: number,
  unmatchedCandidateCount: number,
): boolean {
  if (candidate.qualifiers !== undefined || unmatchedQueryCount !== 1 || unmatchedCandidateCount !== 1) return false;
  const i = queryUsed.indexOf(0);
  const j = candidateUsed.indexOf(0);
  if (i <= 0 || i + 1 >= query.tokens.length || j <= 0 || queryUsed[i - 1] !== 1 || queryUsed[i + 1] !== 1) return false;
  if (!isGivenName(query.tokens[i]!) || isGivenName(candidate.tokens[j]!)) return false;
  for (const pair of pairs) if (pair.candidate === j - 1 || pair.candidateNext === j - 1) return pair.query > i;
  return false;
}
