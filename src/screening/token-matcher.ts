/**
 * Finds, for one query token, the vocabulary tokens it could stand for: the same token, the same
 * canonical name (Mohamed → muhammad), the same sound, or a close spelling found through shared
 * trigrams. Results are cached per token because screening traffic repeats first names endlessly.
 */
import { canonicalToken, cognateForms, englishRespellings, familiarForms, isCommonName, isNickname, isRomanizationKey, phoneticKey } from '../names/index.js';
import { INFLECTION_STEM_MIN_LENGTH, isCaseEnding } from '../names/inflections.js';
import { unseenTokenWeight, type CandidateIndex } from './index.js';
import { DELETION_MAX_LENGTH, DELETION_MIN_LENGTH } from './deletions.js';
import { deletionHashes, hashKeyOfPrefix } from './postings.js';
import { stringSimilarity } from './token-similarity.js';
import { isQualifier } from './qualifiers.js';
import { SCREENING_CONFIG } from './config.js';
import { tokenTrigrams } from './trigrams.js';
import type { TokenMatchKind } from './types.js';

const {
  fuzzyFloor: FUZZY_FLOOR,
  canonicalSimilarity: CANONICAL_SIMILARITY,
  canonicalMinLength: CANONICAL_MIN_LENGTH,
  nicknameSimilarity: NICKNAME_SIMILARITY,
  cognateSimilarity: COGNATE_SIMILARITY,
  phoneticLift: PHONETIC_LIFT,
  phoneticMinKey: PHONETIC_MIN_KEY,
  shortKeyMinLength: SHORT_KEY_MIN_LENGTH,
  phoneticMinSpelled: PHONETIC_MIN_SPELLED,
  phoneticMaxLengthGap: PHONETIC_MAX_LENGTH_GAP,
  trigramShare: TRIGRAM_SHARE,
  trigramMinLength: TRIGRAM_MIN_LENGTH,
  maxFuzzyComparisons: MAX_FUZZY_COMPARISONS,
  caseEndingSimilarity: CASE_ENDING_SIMILARITY,
  respellingSimilarity: RESPELLING_SIMILARITY,
  unvoweledLengthGap: UNVOWELED_LENGTH_GAP,
  unvoweledMinSpelled: UNVOWELED_MIN_SPELLED,
} = SCREENING_CONFIG.tokens;
const UNVOWELED_SHORT_KEY_MIN_LENGTH = 4;
/** Marks the cache entry of a token looked up as unvoweled (see lookup). */
const UNVOWELED = '\u0001';


/** Whether a sound key says enough of a word this long to match by: see tokens.phoneticMinKey and tokens.shortKeyMinLength. */
export function specificSoundKey(key: string, wordLength: number): boolean {
  return key.length >= PHONETIC_MIN_KEY || (key.length === 2 && wordLength >= SHORT_KEY_MIN_LENGTH);
}
const VOWELS: ReadonlySet<string> = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
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
  /** Whether the token tells organisations apart (see qualifiers.ts). */
  qualifier: boolean;
  /** Whether it is a common given name or surname (see names' isCommonName). */
  common: boolean;
}

export class TokenMatcher {
  private readonly cache = new Map<string, QueryToken>();
  private counts: Uint16Array;
  private touched: Int32Array;
  /** Scratch for deletionHashes: tokens searched by deletion are at most DELETION_MAX_LENGTH long. */
  private readonly hashPrefix = new Int32Array(DELETION_MAX_LENGTH + 1);
  private readonly hashes = new Float64Array(DELETION_MAX_LENGTH + 1);
  /**
   * Vocabulary token lengths: the length filters below read them here, as reading each token's
   * string costs a cache miss and most tokens they look at fail the filter.
   */
  private readonly lengths: Int32Array;

  constructor(private readonly index: CandidateIndex) {
    this.counts = new Uint16Array(index.vocabulary.tokens.length);
    this.touched = new Int32Array(index.vocabulary.tokens.length);
    this.lengths = Int32Array.from(index.vocabulary.tokens, (t) => t.length);
  }

  /**
   * The vocabulary tokens `token` may stand for. `unvoweled`: the token was read from a script that
   * leaves short vowels unwritten (Arabic, Hebrew: حويش → huish), so a listed spelling with the same
   * consonants is longer by its vowels (Huwaysh) and is looked up by sound across that gap.
   */
  lookup(token: string, unvoweled = false): QueryToken {
    const key = unvoweled ? UNVOWELED + token : token;
    let found = this.cache.get(key);
    if (found === undefined) {
      found = this.compute(token, unvoweled);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(key, found);
    }
    return found;
  }

  private compute(token: string, unvoweled: boolean): QueryToken {
    const vocabulary = this.index.vocabulary;
    const byId = new Map<number, VocabularyMatch>();
    const offer = (id: number, similarity: number, how: TokenMatchKind): void => {
      const known = byId.get(id);
      if (known === undefined || known.similarity < similarity) byId.set(id, { id, similarity, how });
    };

    const exact = vocabulary.ids.get(token);
    if (exact !== undefined) offer(exact, 1, 'exact');
    if (isRomanizationKey(token)) return this.keyToken(token, exact);

    // A listed token's canonical form and sound key were worked out when the index was built.
    const canonical = exact !== undefined ? vocabulary.canonical[exact]! : canonicalToken(token);
    const { starts: canonicalStarts, ids: canonicalIds } = vocabulary.byCanonical;
    const canonicalGroup = vocabulary.byCanonical.groupOfKey(canonical);
    if (canonicalGroup >= 0) {
      const tokenIsNickname = isNickname(token);
      for (let p = canonicalStarts[canonicalGroup]!; p < canonicalStarts[canonicalGroup + 1]!; p++) {
        const id = canonicalIds[p]!;
        if (id === exact) continue;
        const other = vocabulary.tokens[id]!;
        const spelled = stringSimilarity(token, other);
        // Equating short syllables (Li/Ri/Yi, Xie/Che) is a convention of romanization, not a spelling
        // variant of one name: it counts like agreement in sound.
        // A familiar form (Bill, Ted, Misha) is the full name by usage, not by spelling: it counts as
        // a known equivalent, a little below a spelling of the name itself.
        if (tokenIsNickname !== isNickname(other)) {
          offer(id, NICKNAME_SIMILARITY, 'canonical');
        } else if (token.length < CANONICAL_MIN_LENGTH || other.length < CANONICAL_MIN_LENGTH) {
          offer(id, spelled + (1 - spelled) * PHONETIC_LIFT, 'phonetic');
        } else {
          offer(id, Math.max(CANONICAL_SIMILARITY, spelled), 'canonical');
        }
      }
    }

    // Familiar forms and full names by the nickname table, whatever their canonical groups (Ben is
    // also the Arabic particle): Ben ↔ Benjamin, Bill ↔ William.
    for (const form of familiarForms(token)) {
      const id = vocabulary.ids.get(form);
      if (id !== undefined && id !== exact) offer(id, NICKNAME_SIMILARITY, 'canonical');
    }
    for (const form of cognateForms(token)) {
      const id = vocabulary.ids.get(form);
      if (id !== undefined && id !== exact) offer(id, COGNATE_SIMILARITY, 'canonical');
    }

    // The same Slavic name in German, Polish, Dutch, Hungarian or French spelling (Wladimirowitsch,
    // Poetin, Putyin): what that orthography's letters stand for, spelled the English way.
    if (exact === undefined) {
      for (const respelled of englishRespellings(token)) {
        const id = vocabulary.ids.get(respelled);
        if (id !== undefined) offer(id, RESPELLING_SIMILARITY, 'canonical');
        const group = vocabulary.byCanonical.groupOfKey(canonicalToken(respelled));
        if (group >= 0) for (let p = canonicalStarts[group]!; p < canonicalStarts[group + 1]!; p++) offer(canonicalIds[p]!, RESPELLING_SIMILARITY, 'canonical');
      }
    }

    const soundKey = exact !== undefined ? vocabulary.phonetic[exact]! : phoneticKey(token);
    const shortKey = soundKey.length < PHONETIC_MIN_KEY;
    if (unvoweled) this.unvoweledSounds(token, soundKey, offer, byId);
    else if (specificSoundKey(soundKey, token.length)) {
      const { starts, ids } = vocabulary.byPhonetic;
      const sameSound = vocabulary.byPhonetic.groupOfKey(soundKey);
      const lengthGap = shortKey ? 0 : PHONETIC_MAX_LENGTH_GAP;
      if (sameSound >= 0) {
        for (let p = starts[sameSound]!; p < starts[sameSound + 1]!; p++) {
          const id = ids[p]!;
          if (Math.abs(this.lengths[id]! - token.length) > lengthGap || byId.has(id)) continue;
          const other = vocabulary.tokens[id]!;
          const spelled = stringSimilarity(token, other);
          // A sound key match between spellings with little in common is a coincidence of the key.
          if (spelled < PHONETIC_MIN_SPELLED) continue;
          offer(id, spelled + (1 - spelled) * PHONETIC_LIFT, 'phonetic');
        }
      }
    }

    this.typoCandidates(token, offer, byId);
    // A listed token spelled exactly like the query needs no search for distant spellings of it; the
    // scorer still compares left-over tokens letter by letter.
    if (exact === undefined) this.fuzzyCandidates(token, offer, byId);

    const matches = [...byId.values()].sort((a, b) => b.similarity - a.similarity || a.id - b.id);
    // A listed token's qualifier flag was worked out when the index was built.
    const qualifier = exact !== undefined ? vocabulary.qualifier[exact] === 1 : isQualifier(token);
    const common = isCommonName(token) || isCommonName(canonical);
    return { text: token, weight: this.queryWeight(token, exact, matches), matches, byId, qualifier, common };
  }

  /**
   * Listed spellings with the sound key of a token read without its short vowels: as long as it or
   * longer by up to UNVOWELED_LENGTH_GAP letters, the specificity of a two-consonant key judged on the
   * listed word (see specificSoundKey).
   */
  private unvoweledSounds(
    token: string,
    soundKey: string,
    offer: (id: number, similarity: number, how: TokenMatchKind) => void,
    known: ReadonlyMap<number, VocabularyMatch>,
  ): void {
    // Two consonants in three letters (far, mal) say too little even of an unvoweled word.
    if (soundKey.length < 2 || (soundKey.length === 2 && token.length < UNVOWELED_SHORT_KEY_MIN_LENGTH)) return;
    const vocabulary = this.index.vocabulary;
    const { starts, ids } = vocabulary.byPhonetic;
    const group = vocabulary.byPhonetic.groupOfKey(soundKey);
    const to = group < 0 ? 0 : starts[group + 1]!;
    for (let p = group < 0 ? 0 : starts[group]!; p < to; p++) {
      const id = ids[p]!;
      const gap = this.lengths[id]! - token.length;
      if (gap < -1 || gap > UNVOWELED_LENGTH_GAP || known.has(id) || !specificSoundKey(soundKey, this.lengths[id]!)) continue;
      const spelled = stringSimilarity(token, vocabulary.tokens[id]!);
      if (spelled < UNVOWELED_MIN_SPELLED) continue;
      offer(id, spelled + (1 - spelled) * PHONETIC_LIFT, 'phonetic');
    }
  }

  /** A romanisation key matches the same key only (see names/romanization-keys.ts). */
  private keyToken(token: string, exact: number | undefined): QueryToken {
    const matches: VocabularyMatch[] = exact !== undefined ? [{ id: exact, similarity: 1, how: 'exact' }] : [];
    return { text: token, weight: this.queryWeight(token, exact, matches), matches, byId: new Map(matches.map((m) => [m.id, m])), qualifier: false, common: false };
  }

  private typoCandidates(
    token: string,
    offer: (id: number, similarity: number, how: TokenMatchKind) => void,
    known: ReadonlyMap<number, VocabularyMatch>,
  ): void {
    const vocabulary = this.index.vocabulary;
    // An inflected form (Putinas, Vladimirs) is its stem plus one or two letters: look the stems up.
    // A two-letter ending of an inflection opens with a vowel (-as, -om, -us); one that opens with a
    // consonant is a syllable of its own (yongja is yong + ja, a different given name).
    for (let cut = 1; cut <= 2 && token.length - cut >= INFLECTION_STEM_MIN_LENGTH; cut++) {
      if (cut === 2 && !VOWELS.has(token[token.length - 2]!)) continue;
      // Most stems are no listed token: the filter says so before a slice and a map lookup.
      if (!vocabulary.tokenFilter.mayHold(hashKeyOfPrefix(token, token.length - cut))) continue;
      const stem = vocabulary.ids.get(token.slice(0, token.length - cut));
      if (stem === undefined || known.has(stem)) continue;
      if (isCaseEnding(token.slice(token.length - cut))) offer(stem, CASE_ENDING_SIMILARITY, 'canonical');
      else offer(stem, stringSimilarity(token, vocabulary.tokens[stem]!), 'fuzzy');
    }
    const postings = vocabulary.byDeletion;
    if (token.length < DELETION_MIN_LENGTH || token.length > DELETION_MAX_LENGTH) return;
    // A close spelling sits in several of the token's deletion buckets (smith and smyth share 'smth'
    // from both sides): compare each vocabulary token once per lookup.
    const compared = this.counts;
    const touched = this.touched;
    let touchedCount = 0;
    // The token itself (skip = -1) and each one-letter deletion, hashed in place: see deletions.ts.
    deletionHashes(token, this.hashPrefix, this.hashes);
    for (let skip = -1; skip < token.length; skip++) {
      const bucket = postings.bucketOfHash(this.hashes[skip + 1]!);
      const to = postings.bucketEnd(bucket);
      for (let p = postings.bucketStart(bucket); p < to; p++) {
        const id = postings.ids[p]!;
        if (compared[id] !== 0 || known.has(id)) continue;
        compared[id] = 1;
        touched[touchedCount++] = id;
        const similarity = stringSimilarity(token, vocabulary.tokens[id]!);
        if (similarity >= FUZZY_FLOOR) offer(id, similarity, 'fuzzy');
      }
    }
    for (let t = 0; t < touchedCount; t++) compared[touched[t]!] = 0;
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
    const counts = this.counts;
    const touched = this.touched;
    let touchedCount = 0;
    const ids = vocabulary.byTrigram.ids;
    for (const gram of grams) {
      const bucket = vocabulary.byTrigram.bucketOf(gram);
      const to = vocabulary.byTrigram.bucketEnd(bucket);
      for (let i = vocabulary.byTrigram.bucketStart(bucket); i < to; i++) {
        const id = ids[i]!;
        const count = counts[id]!;
        if (count === 0) touched[touchedCount++] = id;
        counts[id] = count + 1;
      }
    }
    const needed = Math.max(1, Math.ceil(grams.length * TRIGRAM_SHARE));
    const maxLengthGap = Math.max(3, token.length >> 1);
    const shortlist: number[] = [];
    for (let t = 0; t < touchedCount; t++) {
      const id = touched[t]!;
      const shared = counts[id]!;
      counts[id] = 0;
      if (shared < needed || known.has(id)) continue;
      const lengthGap = Math.abs(this.lengths[id]! - token.length);
      if (lengthGap > maxLengthGap) continue;
      // Rank in the high bits (overlap, less a length difference), id in the low ones: one numeric sort.
      const rank = shared * 4 - lengthGap + 64;
      shortlist.push(rank * 0x100000 + id);
    }
    // The spellings sharing the most trigrams are the close ones; comparing the long tail letter by
    // letter would cost most of a query's time for matches that fall under the floor anyway.
    shortlist.sort((a, b) => b - a);
    const compared = Math.min(shortlist.length, MAX_FUZZY_COMPARISONS);
    for (let k = 0; k < compared; k++) {
      const id = shortlist[k]! % 0x100000;
      const similarity = stringSimilarity(token, vocabulary.tokens[id]!);
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
