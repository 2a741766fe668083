/**
 * Finds, for one query token, the vocabulary tokens it could stand for: the same token, the same
 * canonical name (Mohamed → muhammad), the same sound, or a close spelling found through shared
 * trigrams. Results are cached per token because screening traffic repeats first names endlessly.
 */
import { canonicalToken, phoneticKey, tokenPrior } from '../names/index.js';
import type { CandidateIndex } from './index.js';
import { informativeWeight } from './index.js';
import { stringSimilarity } from './token-similarity.js';
import { tokenTrigrams } from './trigrams.js';
import type { TokenMatchKind } from './types.js';

/** Below this, two different tokens are different names, not spellings of one. */
export const FUZZY_FLOOR = 0.8;
/** Two spellings that the names module maps to one canonical form are the same name. */
export const CANONICAL_SIMILARITY = 0.97;
/** Agreement of sound keys; kept below canonical because sound keys also join different names. */
export const PHONETIC_SIMILARITY = 0.9;
/** Short tokens share sound keys by accident (Kim/Kin): they need their letters to agree too. */
const PHONETIC_MIN_LENGTH = 4;
/** Share of a token's trigrams a spelling must share to be compared at all. */
const TRIGRAM_SHARE = 0.3;
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
  private counts: Uint16Array;
  private readonly touched: number[] = [];

  constructor(private readonly index: CandidateIndex) {
    this.counts = new Uint16Array(index.vocabulary.tokens.length);
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
        if (id !== exact) offer(id, Math.max(CANONICAL_SIMILARITY, stringSimilarity(token, vocabulary.tokens[id]!)), 'canonical');
      }
    }

    if (token.length >= PHONETIC_MIN_LENGTH) {
      const sameSound = vocabulary.byPhonetic.get(phoneticKey(token));
      if (sameSound) {
        for (const id of sameSound) {
          const other = vocabulary.tokens[id]!;
          if (other.length < PHONETIC_MIN_LENGTH || byId.has(id)) continue;
          const spelled = stringSimilarity(token, other);
          // A sound key match between spellings with little in common is a coincidence of the key.
          if (spelled >= 0.7) offer(id, Math.max(PHONETIC_SIMILARITY, spelled), spelled >= PHONETIC_SIMILARITY ? 'fuzzy' : 'phonetic');
        }
      }
    }

    this.fuzzyCandidates(token, offer, byId);

    const matches = [...byId.values()].sort((a, b) => b.similarity - a.similarity || a.id - b.id);
    return { text: token, weight: this.queryWeight(token, exact, matches), matches, byId };
  }

  private fuzzyCandidates(
    token: string,
    offer: (id: number, similarity: number, how: TokenMatchKind) => void,
    known: ReadonlyMap<number, VocabularyMatch>,
  ): void {
    const grams = tokenTrigrams(token);
    if (grams.length === 0) return;
    const vocabulary = this.index.vocabulary;
    if (this.counts.length < vocabulary.tokens.length) this.counts = new Uint16Array(vocabulary.tokens.length);
    const counts = this.counts;
    const touched = this.touched;
    touched.length = 0;
    for (const gram of grams) {
      const ids = vocabulary.byTrigram.get(gram);
      if (!ids) continue;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i]!;
        if (counts[id] === 0) touched.push(id);
        counts[id]!++;
      }
    }
    const needed = Math.max(1, Math.ceil(grams.length * TRIGRAM_SHARE));
    const maxLengthGap = Math.max(3, token.length >> 1);
    for (const id of touched) {
      const shared = counts[id]!;
      counts[id] = 0;
      if (shared < needed || known.has(id)) continue;
      const other = vocabulary.tokens[id]!;
      if (Math.abs(other.length - token.length) > maxLengthGap) continue;
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
    return informativeWeight(0, this.index.nameCount, tokenPrior(token));
  }
}
