/**
 * Finds, for one query token, the vocabulary tokens it could stand for: the same token, the same
 * canonical name (Mohamed → muhammad), the same sound, or a close spelling found through shared
 * trigrams. Results are cached per token because screening traffic repeats first names endlessly.
 */
import { canonicalToken, phoneticKey } from '../names/index.js';
import { unseenTokenWeight, type CandidateIndex } from './index.js';
import { deletionKeys } from './deletions.js';
import { stringSimilarity } from './token-similarity.js';
import { tokenTrigrams } from './trigrams.js';
import type { TokenMatchKind } from './types.js';

/** Below this, two different tokens are different names, not spellings of one. */
export const FUZZY_FLOOR = 0.72;
/** Two spellings that the names module maps to one canonical form are the same name. */
export const CANONICAL_SIMILARITY = 0.97;
const CANONICAL_MIN_LENGTH = 4;
/**
 * Agreement of sound keys closes this share of the spelling gap: Poutine/Putin sound alike but
 * Mary/Mario do too, so sound is evidence added to spelling, not a replacement for it.
 */
export const PHONETIC_LIFT = 0.5;
/** One-letter keys join almost everything. */
const PHONETIC_MIN_KEY = 2;
const PHONETIC_MIN_SPELLED = 0.6;
const PHONETIC_MAX_LENGTH_GAP = 3;
/** Share of a token's trigrams a spelling must share to be compared at all. */
const TRIGRAM_SHARE = 0.4;
const TRIGRAM_MIN_LENGTH = 8;
const CACHE_LIMIT = 50_000;

export interface VocabularyMatch {
  id: number;
  similarity: number;
  how: TokenMatchKind;
}

export interface QueryToken {
  text: string;
  /** Informativeness on the vocabulary's scale (see informativeWeight). */
  weight: number;
  /** Vocabulary tokens it may stand for, best first. */
  matches: readonly VocabularyMatch[];
  /** Same matches by vocabulary id, for the scorer's pair lookups. */
  byId: ReadonlyMap<number, VocabularyMatch>;
}

export class TokenMatcher {
  private readonly cache = new Map<string, QueryToken>();
  private seen: Uint8Array;
  private readonly touched: number[] = [];

  constructor(private readonly index: CandidateIndex) {
    this.seen = new Uint8Array(index.vocabulary.tokens.length);
  }

  lookup(token: string): QueryToken {
    let found = this.cache.get(token);
    if (found === undefined) {
      found = this.compute(token);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(token, found);
    }
    return found;
  }

  private compute(token: string): QueryToken {
    const vocabulary = this.index.vocabulary;
    const byId = new Map<number, VocabularyMatch>();
    const offer = (id: number, similarity: number, how: TokenMatchKind): void => {
      const known = byId.get(id);
      if (known === undefined || known.similarity < similarity) byId.set(id, { id, similarity, how });
    };

    const exact = vocabulary.ids.get(token);
    if (exact !== undefined) offer(exact, 1, 'exact');

    const canonical = canonicalToken(token);
    const sameCanonical = vocabulary.byCanonical.get(canonical);
    if (sameCanonical) {
      for (const id of sameCanonical) {
        if (id === exact) continue;
        const other = vocabulary.tokens[id]!;
        const spelled = stringSimilarity(token, other);
        // Equating short syllables (Li/Ri/Yi, Xie/Che) is a convention of romanization, not a spelling
        // variant of one name: it counts like agreement in sound.
        if (token.length < CANONICAL_MIN_LENGTH || other.length < CANONICAL_MIN_LENGTH) {
          offer(id, spelled + (1 - spelled) * PHONETIC_LIFT, 'phonetic');
        } else {
          offer(id, Math.max(CANONICAL_SIMILARITY, spelled), 'canonical');
        }
      }
    }

    const soundKey = phoneticKey(token);
    if (soundKey.length >= PHONETIC_MIN_KEY) {
      const sameSound = vocabulary.byPhonetic.get(soundKey);
      if (sameSound) {
        for (const id of sameSound) {
          if (byId.has(id)) continue;
          const other = vocabulary.tokens[id]!;
          if (Math.abs(other.length - token.length) > PHONETIC_MAX_LENGTH_GAP) continue;
          const spelled = stringSimilarity(token, other);
          // A sound key match between spellings with little in common is a coincidence of the key.
          if (spelled < PHONETIC_MIN_SPELLED) continue;
          offer(id, spelled + (1 - spelled) * PHONETIC_LIFT, 'phonetic');
        }
      }
    }

    this.typoCandidates(token, offer, byId);
    this.fuzzyCandidates(token, offer, byId);

    const matches = [...byId.values()].sort((a, b) => b.similarity - a.similarity || a.id - b.id);
    return { text: token, weight: this.queryWeight(token, exact, matches), matches, byId };
  }

  private typoCandidates(
    token: string,
    offer: (id: number, similarity: number, how: TokenMatchKind) => void,
    known: ReadonlyMap<number, VocabularyMatch>,
  ): void {
    const vocabulary = this.index.vocabulary;
    const postings = vocabulary.byDeletion;
    for (const key of deletionKeys(token)) {
      const [from, to] = postings.range(key);
      for (let p = from; p < to; p++) {
        const id = postings.ids[p]!;
        if (known.has(id)) continue;
        const similarity = stringSimilarity(token, vocabulary.tokens[id]!);
        if (similarity >= FUZZY_FLOOR) offer(id, similarity, 'fuzzy');
      }
    }
  }

  private fuzzyCandidates(
    token: string,
    offer: (id: number, similarity: number, how: TokenMatchKind) => void,
    known: ReadonlyMap<number, VocabularyMatch>,
  ): void {
    // Short tokens find their typos through deletion neighbourhoods; scanning their few, very common
    // trigrams would cost more than everything else a query does.
    if (token.length < TRIGRAM_MIN_LENGTH) return;
    const grams = tokenTrigrams(token);
    if (grams.length === 0) return;
    const vocabulary = this.index.vocabulary;
    if (this.seen.length < vocabulary.tokens.length) this.seen = new Uint8Array(vocabulary.tokens.length);
    const seen = this.seen;
    const touched = this.touched;
    touched.length = 0;
    // A spelling sharing `needed` of the n trigrams shares at least one of the n - needed + 1 rarest:
    // scanning only those skips the very common trigrams, which would be most of the work.
    const needed = Math.max(1, Math.ceil(grams.length * TRIGRAM_SHARE));
    const lists: Int32Array[] = [];
    for (const gram of grams) {
      const ids = vocabulary.byTrigram.get(gram);
      if (ids) lists.push(ids);
    }
    if (lists.length < needed) return;
    lists.sort((a, b) => a.length - b.length);
    for (let l = 0; l <= grams.length - needed && l < lists.length; l++) {
      const ids = lists[l]!;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (seen[id] === 0) {
          seen[id] = 1;
          touched.push(id);
        }
      }
    }
    const maxLengthGap = Math.max(3, token.length >> 1);
    for (const id of touched) {
      seen[id] = 0;
      if (known.has(id)) continue;
      const other = vocabulary.tokens[id]!;
      if (Math.abs(other.length - token.length) > maxLengthGap) continue;
      if (sharedTrigrams(grams, other) < needed) continue;
      const similarity = stringSimilarity(token, other);
      if (similarity >= FUZZY_FLOOR) offer(id, similarity, 'fuzzy');
    }
  }

  /**
   * A query token weighs what its listed counterpart weighs: a misspelt 'Mohamad' is as common as
   * 'Mohammad', even though the misspelling itself was never listed.
   */
  private queryWeight(token: string, exact: number | undefined, matches: readonly VocabularyMatch[]): number {
    const weights = this.index.vocabulary.weight;
    if (exact !== undefined) return weights[exact]!;
    const best = matches[0];
    if (best !== undefined && best.similarity >= 0.9) return weights[best.id]!;
    return unseenTokenWeight(this.index, token);
  }
}

function sharedTrigrams(grams: readonly string[], other: string): number {
  const padded = `^${other}$`;
  let shared = 0;
  for (const gram of grams) if (padded.includes(gram)) shared++;
  return shared;
}
