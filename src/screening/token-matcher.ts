/**
 * Finds, for one query token, the vocabulary tokens it could stand for: the same token, the same
 * canonical name (Mohamed → muhammad), the same sound, or a close spelling found through shared
 * trigrams. Results are cached per token because screening traffic repeats first names endlessly.
 */
import { canonicalToken, cognateForms, englishRespellings, familiarForms, listedFrenchUReading, listedLongVowelReading, isCommonName, isGenericOrganisationWord, isNickname, isTranslatedOrganisationWord, isRomanizationKey, KEY_ALTERNATIVES, phoneticKey, spanishDiminutiveBases } from '../names/index.js';
import { INFLECTION_STEM_MIN_LENGTH, isCaseEnding } from '../names/inflections.js';
import { placesNamedBy, placesOfAdjective } from '../names/place-adjectives.js';
import { unseenTokenWeight, type CandidateIndex } from './index.js';
import { DELETION_MAX_LENGTH, DELETION_MIN_LENGTH } from './deletions.js';
import { deletionHashes, hashKeyOfPrefix } from './postings.js';
import { numbersDiffer, stringSimilarity } from './token-similarity.js';
import { isQualifier } from './qualifiers.js';
import { SCREENING_CONFIG } from './config.js';
import { countSharedGrams, idsRepeatedInABucket, trigramHashes, type GramCountScratch } from './trigrams.js';
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
  unvoweledShorterGap: UNVOWELED_SHORTER_GAP,
  abjadSoundSimilarity: ABJAD_SOUND_SIMILARITY,
  abjadLookupMinKey: ABJAD_LOOKUP_MIN_KEY,
  placeAdjectiveSimilarity: PLACE_ADJECTIVE_SIMILARITY,
  respelledNeighbourFloor: RESPELLED_NEIGHBOUR_FLOOR,
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
  byId: MatchLookup;
  /** Whether the token tells organisations apart (see qualifiers.ts). */
  qualifier: boolean;
  /** Whether it is a common given name or surname (see names' isCommonName). */
  common: boolean;
  /** Whether it says little of which organisation is meant (see names' isGenericOrganisationWord). */
  generic: boolean;
  /**
   * The vocabulary tokens among `matches` that are only the place or adjective of this one (Kirov,
   * Kirovskiy): an organisation's words, which a listed person's name never meets by.
   */
  placeForms?: ReadonlySet<number>;
}

/** A token's matches by vocabulary id. */
export interface MatchLookup {
  get(id: number): VocabularyMatch | undefined;
}

/** Up to this many matches, a lookup by id scans them rather than reading a map (see MatchesById). */
const MATCH_SCAN_MAX = 8;

/**
 * A token's matches by id, read from the matches themselves: most tokens have a handful, which a scan
 * reads faster than a map hashes, and a map per looked-up token (kept in the cache with it) is the
 * largest object a lookup made. The few tokens with many matches get their map on first use.
 */
export class MatchesById implements MatchLookup {
  private map: Map<number, VocabularyMatch> | undefined;

  constructor(private readonly matches: readonly VocabularyMatch[]) {}

  get(id: number): VocabularyMatch | undefined {
    const matches = this.matches;
    if (matches.length <= MATCH_SCAN_MAX) {
      for (let k = 0; k < matches.length; k++) if (matches[k]!.id === id) return matches[k];
      return undefined;
    }
    this.map ??= new Map(matches.map((match) => [match.id, match]));
    return this.map.get(id);
  }
}

export class TokenMatcher {
  private readonly cache = new Map<string, QueryToken>();
  private counts: Uint16Array;
  private touched: Int32Array;
  /** Scratch for deletionHashes: tokens searched by deletion are at most DELETION_MAX_LENGTH long. */
  private readonly hashPrefix = new Int32Array(DELETION_MAX_LENGTH + 1);
  private readonly hashes = new Float64Array(DELETION_MAX_LENGTH + 1);
  /** Scratch of deletionNeighbours: each deletion bucket's [start, end) in the postings. */
  private readonly deletionRanges = new Int32Array(2 * (DELETION_MAX_LENGTH + 1));
  /**
   * Vocabulary token lengths: the length filters below read them here, as reading each token's
   * string costs a cache miss and most tokens they look at fail the filter.
   */
  private readonly lengths: Int32Array;
  /**
   * The same lengths in the order of the sound-key groups' ids (byPhonetic.ids): a group's walk reads
   * them side by side instead of one scattered read per token, most of which fail the length filter.
   */
  private readonly soundGroupLengths: Int32Array;
  /** The matches of the token being looked up, as typed arrays until it is done (see FoundMatches). */
  private readonly found: FoundMatches;
  /** Scratch of fuzzyCandidates: the query token's trigram hashes, and its ranked shortlist. */
  private gramHashes = new Uint32Array(64);
  private readonly gramScratch: GramCountScratch;
  /** The vocabulary tokens held twice in one trigram bucket (see countSharedGrams): a handful at most. */
  private readonly gramsRepeated: Int32Array;
  private readonly shortlist: Float64Array;

  constructor(private readonly index: CandidateIndex) {
    this.counts = new Uint16Array(index.vocabulary.tokens.length);
    this.touched = new Int32Array(index.vocabulary.tokens.length);
    this.lengths = Int32Array.from(index.vocabulary.tokens, (t) => t.length);
    const soundGroupIds = index.vocabulary.byPhonetic.ids;
    this.soundGroupLengths = new Int32Array(soundGroupIds.length);
    for (let p = 0; p < soundGroupIds.length; p++) this.soundGroupLengths[p] = this.lengths[soundGroupIds[p]!]!;
    this.found = new FoundMatches(index.vocabulary.tokens.length);
    this.shortlist = new Float64Array(index.vocabulary.tokens.length);
    this.gramsRepeated = idsRepeatedInABucket(index.vocabulary.byTrigram, index.vocabulary.tokens.length);
    this.gramScratch = { counts: this.counts, touched: this.touched, order: new Int32Array(64), sizes: new Int32Array(64) };
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
    const found = this.found;
    found.clear();

    const exact = vocabulary.ids.get(token);
    if (exact !== undefined) found.offer(exact, 1, 'exact');
    if (isRomanizationKey(token)) {
      found.clear();
      return this.keyToken(token, exact);
    }

    // A listed token's canonical form and sound key were worked out when the index was built, and
    // grouped: its groups are read by its id, without a map lookup of the key.
    const canonical = exact !== undefined ? vocabulary.canonical[exact]! : canonicalToken(token);
    const { starts: canonicalStarts, ids: canonicalIds } = vocabulary.byCanonical;
    const canonicalGroup = exact !== undefined ? vocabulary.byCanonical.groupOf[exact]! : vocabulary.byCanonical.groupOfKey(canonical);
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
          found.offer(id, NICKNAME_SIMILARITY, 'canonical');
        } else if ((token.length < CANONICAL_MIN_LENGTH || other.length < CANONICAL_MIN_LENGTH) && !isTranslatedOrganisationWord(token) && !isTranslatedOrganisationWord(other)) {
          // A short word translated (new, novye; oil, neft) is the word, not a syllable's spelling.
          found.offer(id, spelled + (1 - spelled) * PHONETIC_LIFT, 'phonetic');
        } else {
          found.offer(id, Math.max(CANONICAL_SIMILARITY, spelled), 'canonical');
        }
      }
    }

    // Familiar forms and full names by the nickname table, whatever their canonical groups (Ben is
    // also the Arabic particle): Ben ↔ Benjamin, Bill ↔ William.
    for (const form of familiarForms(token)) {
      const id = vocabulary.ids.get(form);
      if (id !== undefined && id !== exact) found.offer(id, NICKNAME_SIMILARITY, 'canonical');
    }
    // A Spanish diminutive formed by rule (Nicolasito, Carlitos) is its name's familiar form.
    for (const base of spanishDiminutiveBases(token)) {
      const id = vocabulary.ids.get(base);
      if (id !== undefined && id !== exact) found.offer(id, NICKNAME_SIMILARITY, 'canonical');
    }
    for (const form of cognateForms(token)) {
      const id = vocabulary.ids.get(form);
      if (id !== undefined && id !== exact) found.offer(id, COGNATE_SIMILARITY, 'canonical');
    }

    // The same Slavic name in German, Polish, Dutch, Hungarian or French spelling (Wladimirowitsch,
    // Poetin, Putyin): what that orthography's letters stand for, spelled the English way. A token
    // listed as written is respelled only by the conventions that say so (Deeb, Dib; not Cheng, Sheng).
    let unlisted: string[] | undefined;
    let listedReadings: string[] | undefined;
    for (const respelled of englishRespellings(token, exact !== undefined)) {
      const id = vocabulary.ids.get(respelled);
      if (id !== undefined) found.offer(id, RESPELLING_SIMILARITY, 'canonical');
      // A familiar form in another orthography is the familiar form (Sascha, Sasha: Aleksandr).
      for (const form of familiarForms(respelled)) {
        const full = vocabulary.ids.get(form);
        if (full !== undefined && full !== exact) found.offer(full, NICKNAME_SIMILARITY, 'canonical');
      }
      const group = vocabulary.byCanonical.groupOfKey(canonicalToken(respelled));
      if (group >= 0) for (let p = canonicalStarts[group]!; p < canonicalStarts[group + 1]!; p++) found.offer(canonicalIds[p]!, RESPELLING_SIMILARITY, 'canonical');
      else if (id === undefined) (unlisted ??= []).push(respelled);
      // A reading listed for one entry may be spelled another way for the next (Żurawlow: Zhuravlev
      // listed, ZHURAVLYEV too): its near spellings as well, leaving the reading's own figure alone.
      if (id !== undefined) (listedReadings ??= []).push(respelled);
    }

    // A listed name in French spelling, ou for the Russian у, written with u (But: BOUT).
    if (exact === undefined && token.includes('u')) {
      for (const id of this.frenchUReadings().get(token) ?? []) found.offer(id, RESPELLING_SIMILARITY, 'canonical');
    }
    // A listed name with the English long vowels, ee and oo, written with i and u (Zir: ZEER), also
    // when the query's spelling is listed for another name.
    if (token.includes('i') || token.includes('u')) {
      for (const id of this.longVowelReadings().get(token) ?? []) if (id !== exact) found.offer(id, RESPELLING_SIMILARITY, 'canonical');
    }

    const soundKey = exact !== undefined ? vocabulary.phonetic[exact]! : phoneticKey(token);
    const shortKey = soundKey.length < PHONETIC_MIN_KEY;
    if (unvoweled) this.unvoweledSounds(token, soundKey, exact);
    else if (specificSoundKey(soundKey, token.length)) {
      const { starts, ids } = vocabulary.byPhonetic;
      const sameSound = this.soundGroup(soundKey, exact);
      const lengthGap = shortKey ? 0 : PHONETIC_MAX_LENGTH_GAP;
      if (sameSound >= 0) {
        for (let p = starts[sameSound]!; p < starts[sameSound + 1]!; p++) {
          if (Math.abs(this.soundGroupLengths[p]! - token.length) > lengthGap) continue;
          const id = ids[p]!;
          if (found.has(id)) continue;
          const other = vocabulary.tokens[id]!;
          const spelled = stringSimilarity(token, other);
          // A sound key match between spellings with little in common is a coincidence of the key.
          if (spelled < PHONETIC_MIN_SPELLED) continue;
          found.offer(id, spelled + (1 - spelled) * PHONETIC_LIFT, 'phonetic');
        }
      }
    }

    const placeForms = this.placeForms(token, exact);
    this.typoCandidates(token);
    // A listed token spelled exactly like the query needs no search for distant spellings of it; the
    // scorer still compares left-over tokens letter by letter. But one too long for the deletion keys
    // has its one-typo neighbours found by trigrams only (the list's own typo Proizvodtvennoe, which
    // the query may share, is one letter from Proizvodstvennoe).
    if (exact === undefined || token.length > DELETION_MAX_LENGTH) this.fuzzyCandidates(token);
    // An English reading may itself differ from the listed spelling as English transliterations differ
    // among themselves (Afanassjew: Afanasyev, listed AFANASIEV): its near spellings, after the token's
    // own, which keep their figure where it is the higher.
    if (unlisted !== undefined) for (const respelled of unlisted) this.deletionNeighbours(respelled, RESPELLED_NEIGHBOUR_FLOOR, false);
    if (listedReadings !== undefined) for (const respelled of listedReadings) this.deletionNeighbours(respelled, RESPELLED_NEIGHBOUR_FLOOR, true);
    if (unlisted !== undefined) for (const respelled of unlisted) this.respelledSoundAlikes(respelled);
    if (listedReadings !== undefined) for (const respelled of listedReadings) this.respelledSoundAlikes(respelled);

    // A number is no spelling of another number, whatever the letters around it (110th, 10th).
    const matches = /^\d/u.test(token) ? found.sorted().filter((m) => !numbersDiffer(token, vocabulary.tokens[m.id]!)) : found.sorted();
    const byId = new MatchesById(matches);
    found.clear();
    // A listed token's qualifier flag was worked out when the index was built.
    const qualifier = exact !== undefined ? vocabulary.qualifier[exact] === 1 : isQualifier(token);
    const common = isCommonName(token) || isCommonName(canonical);
    const generic = isGenericOrganisationWord(token);
    return { text: token, weight: this.queryWeight(token, exact, matches), matches, byId, qualifier, common, generic, placeForms };
  }

  /**
   * Listed tokens that are the place of this adjective or the adjective of this place (see names'
   * placeAdjectiveForms), offered as matches; the ids not found otherwise, or undefined when none is.
   */
  private placeForms(token: string, exact: number | undefined): Set<number> | undefined {
    let ids: Set<number> | undefined;
    for (const id of this.placeFormIds(token)) {
      if (id === exact || this.found.has(id)) continue;
      this.found.offer(id, PLACE_ADJECTIVE_SIMILARITY, 'canonical');
      (ids ??= new Set()).add(id);
    }
    return ids;
  }

  /**
   * The listed tokens among placeAdjectiveForms(token): a place's listed adjectives are read from the
   * table built with the matcher, an adjective's few places looked up.
   */
  private placeFormIds(token: string): number[] {
    const forms = placesOfAdjective(token);
    if (forms === undefined) return this.adjectivesByPlace().get(token) ?? [];
    const ids: number[] = [];
    for (const form of forms) {
      const id = this.index.vocabulary.ids.get(form);
      if (id !== undefined) ids.push(id);
    }
    return ids;
  }

  /** The listed adjectives by the places they may name (see names' placesNamedBy), built on first use. */
  private adjectivesByPlaceTable: Map<string, number[]> | undefined;
  private frenchUReadingsTable: Map<string, number[]> | undefined;
  private longVowelReadingsTable: Map<string, number[]> | undefined;

  /** The listed tokens by their reading with u for the French ou (see listedFrenchUReading), built on first use. */
  private frenchUReadings(): Map<string, number[]> {
    return (this.frenchUReadingsTable ??= this.listedByReading(listedFrenchUReading));
  }

  /** The listed tokens by their reading with i and u for the English ee and oo (see listedLongVowelReading), built on first use. */
  private longVowelReadings(): Map<string, number[]> {
    return (this.longVowelReadingsTable ??= this.listedByReading(listedLongVowelReading));
  }

  private listedByReading(read: (listed: string) => string | undefined): Map<string, number[]> {
    const table = new Map<string, number[]>();
    const tokens = this.index.vocabulary.tokens;
    for (let id = 0; id < tokens.length; id++) {
      const reading = read(tokens[id]!);
      if (reading === undefined) continue;
      const list = table.get(reading);
      if (list === undefined) table.set(reading, [id]);
      else list.push(id);
    }
    return table;
  }

  private adjectivesByPlace(): Map<string, number[]> {
    if (this.adjectivesByPlaceTable !== undefined) return this.adjectivesByPlaceTable;
    const table = new Map<string, number[]>();
    const tokens = this.index.vocabulary.tokens;
    for (let id = 0; id < tokens.length; id++) {
      for (const place of placesNamedBy(tokens[id]!)) {
        const list = table.get(place);
        if (list === undefined) table.set(place, [id]);
        else list.push(id);
      }
    }
    this.adjectivesByPlaceTable = table;
    return table;
  }

  /**
   * Listed spellings with the sound key of a token read without its short vowels: as long as it or
   * longer by up to UNVOWELED_LENGTH_GAP letters (shorter by up to UNVOWELED_SHORTER_GAP where the key
   * is long enough for the scorer's figure), the specificity of a two-consonant key judged on the
   * listed word (see specificSoundKey).
   */
  private unvoweledSounds(
    token: string,
    soundKey: string,
    exact: number | undefined,
  ): void {
    const found = this.found;
    // Two consonants in three letters (far, mal) say too little even of an unvoweled word.
    if (soundKey.length < 2 || (soundKey.length === 2 && token.length < UNVOWELED_SHORT_KEY_MIN_LENGTH)) return;
    const vocabulary = this.index.vocabulary;
    const { starts, ids } = vocabulary.byPhonetic;
    // The scorer's figure for these matches (see abjadLookupMinKey), where the key is long enough.
    const atScorersFigure = soundKey.length >= ABJAD_LOOKUP_MIN_KEY;
    const group = this.soundGroup(soundKey, exact);
    const shortestGap = atScorersFigure ? -UNVOWELED_SHORTER_GAP : -1;
    const to = group < 0 ? 0 : starts[group + 1]!;
    for (let p = group < 0 ? 0 : starts[group]!; p < to; p++) {
      const length = this.soundGroupLengths[p]!;
      const gap = length - token.length;
      if (gap < shortestGap || gap > UNVOWELED_LENGTH_GAP) continue;
      const id = ids[p]!;
      if (found.has(id) || !specificSoundKey(soundKey, length)) continue;
      const spelled = stringSimilarity(token, vocabulary.tokens[id]!);
      if (spelled < UNVOWELED_MIN_SPELLED) continue;
      const lifted = spelled + (1 - spelled) * PHONETIC_LIFT;
      found.offer(id, atScorersFigure ? Math.max(ABJAD_SOUND_SIMILARITY, lifted) : lifted, 'phonetic');
    }
  }

  /**
   * Listed tokens that sound as an unlisted English reading does and are spelled near it: English
   * transliterations differ among themselves in letters the sound key reads alike, ks and x, more
   * than one letter apart (Aleksejewitsch read Alekseyevich, listed ALEXEYEVICH as well).
   */
  private respelledSoundAlikes(respelled: string): void {
    const soundKey = phoneticKey(respelled);
    if (!specificSoundKey(soundKey, respelled.length)) return;
    const byPhonetic = this.index.vocabulary.byPhonetic;
    const group = byPhonetic.groupOfKey(soundKey);
    const { starts, ids } = byPhonetic;
    if (group < 0) return;
    for (let p = starts[group]!; p < starts[group + 1]!; p++) {
      if (Math.abs(this.soundGroupLengths[p]! - respelled.length) > PHONETIC_MAX_LENGTH_GAP) continue;
      const id = ids[p]!;
      const other = this.index.vocabulary.tokens[id]!;
      // The reading itself has its figure already.
      if (other === respelled) continue;
      const spelled = stringSimilarity(respelled, other);
      // As near in spelling as a reading's one-letter neighbours must be (a reading is a guess, and its
      // looser sound-alikes are other names: Putyin read Putin, PETION), and no nearer than the reading.
      if (spelled >= RESPELLED_NEIGHBOUR_FLOOR) this.found.offer(id, Math.min(RESPELLING_SIMILARITY, spelled + (1 - spelled) * PHONETIC_LIFT), 'phonetic');
    }
  }

  /** The sound-key group of a token with this key: a listed token's is read by its id. */
  private soundGroup(soundKey: string, exact: number | undefined): number {
    const byPhonetic = this.index.vocabulary.byPhonetic;
    return exact !== undefined ? byPhonetic.groupOf[exact]! : byPhonetic.groupOfKey(soundKey);
  }

  /** A romanisation key matches the same key only (see names/romanization-keys.ts). */
  private keyToken(token: string, exact: number | undefined): QueryToken {
    const matches: VocabularyMatch[] = exact !== undefined ? [{ id: exact, similarity: 1, how: 'exact' }] : [];
    if (exact === undefined && token.includes(KEY_ALTERNATIVES)) return this.keyAlternatives(token);
    return { text: token, weight: this.queryWeight(token, exact, matches), matches, byId: new MatchesById(matches), qualifier: false, common: false, generic: false };
  }

  /**
   * A key token that may be any of several keys (see names' chineseKeyAlternatives) matches each listed
   * one exactly, and weighs what the commonest of them does: together they say no more than it.
   */
  private keyAlternatives(token: string): QueryToken {
    const weights = this.index.vocabulary.weight;
    const matches: VocabularyMatch[] = [];
    let weight = Infinity;
    for (const key of token.split(KEY_ALTERNATIVES)) {
      const id = this.index.vocabulary.ids.get(key);
      if (id === undefined) continue;
      matches.push({ id, similarity: 1, how: 'exact' });
      weight = Math.min(weight, weights[id]!);
    }
    if (matches.length === 0) weight = unseenTokenWeight(this.index, token);
    return { text: token, weight, matches, byId: new MatchesById(matches), qualifier: false, common: false, generic: false };
  }

  private typoCandidates(token: string): void {
    const found = this.found;
    const vocabulary = this.index.vocabulary;
    // An inflected form (Putinas, Vladimirs) is its stem plus one or two letters: look the stems up.
    // A two-letter ending of an inflection opens with a vowel (-as, -om, -us); one that opens with a
    // consonant is a syllable of its own (yongja is yong + ja, a different given name).
    for (let cut = 1; cut <= 2 && token.length - cut >= INFLECTION_STEM_MIN_LENGTH; cut++) {
      if (cut === 2 && !VOWELS.has(token[token.length - 2]!)) continue;
      // Most stems are no listed token: the filter says so before a slice and a map lookup.
      if (!vocabulary.tokenFilter.mayHold(hashKeyOfPrefix(token, token.length - cut))) continue;
      const stem = vocabulary.ids.get(token.slice(0, token.length - cut));
      if (stem === undefined || found.has(stem)) continue;
      if (isCaseEnding(token.slice(token.length - cut))) found.offer(stem, CASE_ENDING_SIMILARITY, 'canonical');
      else found.offer(stem, stringSimilarity(token, vocabulary.tokens[stem]!), 'fuzzy');
    }
    this.deletionNeighbours(token, FUZZY_FLOOR, true);
  }

  /**
   * Vocabulary tokens a deletion or two from `token` (see deletions.ts), offered by their similarity
   * to it when it reaches `floor`; `skipFound`: tokens already matched are not compared again.
   */
  private deletionNeighbours(token: string, floor: number, skipFound: boolean): void {
    const found = this.found;
    const vocabulary = this.index.vocabulary;
    const postings = vocabulary.byDeletion;
    if (token.length < DELETION_MIN_LENGTH || token.length > DELETION_MAX_LENGTH) return;
    // The token itself (skip = -1) and each one-letter deletion, hashed in place: see deletions.ts.
    deletionHashes(token, this.hashPrefix, this.hashes);
    // Every bucket's range is read before any bucket is walked, and every id before any comparison:
    // the buckets lie far apart in a large array, and reads that do not wait on one another miss the
    // cache together instead of one after another between comparisons.
    const ranges = this.deletionRanges;
    const keyCount = token.length + 1;
    for (let k = 0; k < keyCount; k++) {
      const bucket = postings.bucketOfHash(this.hashes[k]!);
      ranges[2 * k] = postings.bucketStart(bucket);
      ranges[2 * k + 1] = postings.bucketEnd(bucket);
    }
    // A close spelling sits in several of the token's deletion buckets (smith and smyth share 'smth'
    // from both sides): compare each vocabulary token once per lookup.
    const compared = this.counts;
    const touched = this.touched;
    let touchedCount = 0;
    for (let k = 0; k < keyCount; k++) {
      const to = ranges[2 * k + 1]!;
      for (let p = ranges[2 * k]!; p < to; p++) {
        const id = postings.ids[p]!;
        if (compared[id] !== 0 || (skipFound && found.has(id))) continue;
        compared[id] = 1;
        touched[touchedCount++] = id;
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const id = touched[t]!;
      compared[id] = 0;
      const similarity = stringSimilarity(token, vocabulary.tokens[id]!);
      if (similarity >= floor) found.offer(id, similarity, 'fuzzy');
    }
  }

  private fuzzyCandidates(token: string): void {
    const found = this.found;
    // Short tokens find their typos through deletion neighbourhoods; scanning their few, very common
    // trigrams would cost more than everything else a query does.
    if (token.length < TRIGRAM_MIN_LENGTH) return;
    if (this.gramHashes.length < token.length) this.gramHashes = new Uint32Array(token.length * 2);
    const gramCount = trigramHashes(token, this.gramHashes);
    if (gramCount === 0) return;
    const needed = Math.max(1, Math.ceil(gramCount * TRIGRAM_SHARE));
    const vocabulary = this.index.vocabulary;
    const counts = this.counts;
    const touched = this.touched;
    const touchedCount = countSharedGrams(vocabulary.byTrigram, this.gramHashes, gramCount, needed, this.gramsRepeated, this.gramScratch);
    const maxLengthGap = Math.max(3, token.length >> 1);
    // At most one entry per touched token: the scratch is as long as the vocabulary.
    const shortlist = this.shortlist;
    let listed = 0;
    for (let t = 0; t < touchedCount; t++) {
      const id = touched[t]!;
      const shared = counts[id]!;
      counts[id] = 0;
      if (shared < needed || found.has(id)) continue;
      const lengthGap = Math.abs(this.lengths[id]! - token.length);
      if (lengthGap > maxLengthGap) continue;
      // Rank in the high bits (overlap, less a length difference), id in the low ones: one numeric sort.
      const rank = shared * 4 - lengthGap + 64;
      shortlist[listed++] = rank * 0x100000 + id;
    }
    // The spellings sharing the most trigrams are the close ones; comparing the long tail letter by
    // letter would cost most of a query's time for matches that fall under the floor anyway. A typed
    // array sorts ascending without a comparator call per pair: the best are read from its end.
    const ranked = shortlist.subarray(0, listed).sort();
    const compared = Math.min(listed, MAX_FUZZY_COMPARISONS);
    for (let k = 0; k < compared; k++) {
      const id = ranked[listed - 1 - k]! % 0x100000;
      const similarity = stringSimilarity(token, vocabulary.tokens[id]!);
      if (similarity >= FUZZY_FLOOR) found.offer(id, similarity, 'fuzzy');
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

/** Above this many matches, sorted() orders them by the array sort rather than by insertion. */
const INSERTION_SORT_MAX = 64;

/**
 * The matches of one lookup while it runs: per vocabulary token its slot (0 for none), and per slot
 * the id, similarity and kind. Asking whether a token was found and offering a better match are an
 * array read each, where a map cost a hash lookup and an object per offer; the objects are made once,
 * for the matches that remain.
 */
export class FoundMatches {
  private readonly slotOf: Int32Array;
  private ids = new Int32Array(64);
  private similarities = new Float64Array(64);
  private readonly hows: TokenMatchKind[] = [];
  private order = new Int32Array(64);
  private count = 0;

  constructor(vocabularySize: number) {
    this.slotOf = new Int32Array(vocabularySize);
  }

  has(id: number): boolean {
    return this.slotOf[id] !== 0;
  }

  /** Keeps the best similarity per token; of equal ones, the first offered (and its kind). */
  offer(id: number, similarity: number, how: TokenMatchKind): void {
    const slot = this.slotOf[id]!;
    if (slot !== 0) {
      if (this.similarities[slot - 1]! < similarity) {
        this.similarities[slot - 1] = similarity;
        this.hows[slot - 1] = how;
      }
      return;
    }
    if (this.count === this.ids.length) this.grow();
    this.ids[this.count] = id;
    this.similarities[this.count] = similarity;
    this.hows[this.count] = how;
    this.slotOf[id] = ++this.count;
  }

  /** The matches, best first, equal similarities by id. */
  sorted(): VocabularyMatch[] {
    const count = this.count;
    const order = this.orderBySimilarity();
    const matches: VocabularyMatch[] = [];
    for (let k = 0; k < count; k++) {
      const slot = order[k]!;
      matches.push({ id: this.ids[slot]!, similarity: this.similarities[slot]!, how: this.hows[slot]! });
    }
    return matches;
  }

  /**
   * The slots in the order of sorted(), by insertion into a reused array: a lookup finds a handful
   * of matches (rarely more than 64), where a comparator called through the array sort costs more
   * than the moves.
   */
  private orderBySimilarity(): Int32Array {
    const count = this.count;
    if (this.order.length < count) this.order = new Int32Array(this.ids.length);
    const order = this.order;
    const ids = this.ids;
    const similarities = this.similarities;
    if (count > INSERTION_SORT_MAX) {
      for (let k = 0; k < count; k++) order[k] = k;
      order.subarray(0, count).sort((a, b) => similarities[b]! - similarities[a]! || ids[a]! - ids[b]!);
      return order;
    }
    for (let k = 0; k < count; k++) {
      const similarity = similarities[k]!;
      const id = ids[k]!;
      let at = k;
      for (; at > 0; at--) {
        const before = order[at - 1]!;
        const beforeSimilarity = similarities[before]!;
        if (beforeSimilarity > similarity || (beforeSimilarity === similarity && ids[before]! < id)) break;
        order[at] = before;
      }
      order[at] = k;
    }
    return order;
  }

  clear(): void {
    for (let k = 0; k < this.count; k++) this.slotOf[this.ids[k]!] = 0;
    this.count = 0;
  }

  private grow(): void {
    const ids = new Int32Array(this.ids.length * 2);
    ids.set(this.ids);
    this.ids = ids;
    const similarities = new Float64Array(this.similarities.length * 2);
    similarities.set(this.similarities);
    this.similarities = similarities;
  }
}
