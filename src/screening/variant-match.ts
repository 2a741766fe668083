/**
 * Scores one analysed query variant against one indexed listed variant, reading token similarities
 * from the query tokens' cached vocabulary matches.
 */
import { canonicalToken, CHINESE_KEY_BESIDE, FROM_REVISED, isCommonName, phoneticKey, readFromNameTable, readsUnvoweled, ROMANIZATION_KEYS, SINO_KOREAN, syllablesDiffer, tokenPrior, WITHOUT_SHORT_FORMS } from '../names/index.js';
import { lastTokenWeight, type CandidateIndex } from './index.js';
import { anotherKnownName, twoNamesAlike } from './known-names.js';
import { alignAndScoreAbove, MATCH_KINDS, SimilarityMatrix, type NameMatch, type ScoreCut, type ScoreWeights, type ScoringSide } from './score.js';
import { specificSoundKey, type QueryToken, type VocabularyMatch } from './token-matcher.js';
import { SCREENING_CONFIG } from './config.js';
import type { TokenMatchKind } from './types.js';
import { holdsFirstHalf } from './compound-halves.js';
import { consonantsOf, stringSimilarity } from './token-similarity.js';
import { listedNameForms, NO_FORM, parenthesisedFlags, type ListedNameForms, type NameForm } from './name-form.js';

export interface QueryVariant {
  tokens: readonly QueryToken[];
  side: ScoringSide;
  via: string;
  /** Produced by romanising another script (not a rewrite of Latin text). */
  transliterated: boolean;
  /** Romanised syllable by syllable from Han or Hangul (see SYLLABIC). */
  syllabic: boolean;
  /** Read from a script that leaves short vowels unwritten (see names' readsUnvoweled); a match by sound key then counts as a known equivalent, not as a spelling distance. */
  abjad: boolean;
  /** Made of romanisation keys (see names/romanization-keys.ts). */
  keyed: boolean;
  /**
   * A Latin spelling of a personal name that also reads as Korean or Chinese syllables (it has a
   * romanisation-key reading: Son Heung-min, Wang Chun-cheng): every word of it is a syllable of the
   * name and none is optional, so a word left unmatched costs what a syllable does (see
   * weights.syllabicUnmatchedFactor): Son Heung-min is not SON, Min.
   */
  syllableName: boolean;
  /** Weight of the tokens written in parentheses, which the scorer may set aside (see weights.parenthesisedOneSide). */
  annotationWeight: number;

  /** Canonical forms of the tokens, for syllabic variants (see VariantScorer.score); made on first use. */
  canonical: string[] | undefined;
  /** Sound keys of the tokens, for abjad variants (see abjadSoundMatch); made on first use. */
  soundKeys: string[] | undefined;
}

/** Rewrites of Latin text; every other `via` names a romanisation of another script. */
const LATIN_REWRITES = new Set(['latin', 'reordered', 'joined', 'split', 'initialism', 'numerals', 'letters', 'initials', 'latvian', FROM_REVISED, WITHOUT_SHORT_FORMS]);

/**
 * Romanisations of Han and Hangul spell each syllable from a closed inventory: two different
 * syllables (cheng/chen, jia/jian, ying/yang) are different characters and different names, not a
 * typo of one. Such a variant's tokens match listed tokens only by name knowledge (the same
 * spelling, a known equivalent such as Zhang/Cheung or Li/Lee, a join), never by spelling distance;
 * the spelling variance between systems is what the romanisers' alternative variants cover.
 */
const SYLLABIC = new Set([
  'pinyin',
  'wade-giles',
  'from-wade-giles',
  'cantonese',
  'mr',
  'rr',
  'korean-usual',
  ...['mr', 'rr', 'korean-usual'].map((via) => `${SINO_KOREAN}-${via}`),
  ...ROMANIZATION_KEYS,
]);

/** Flags of the tokens the name table spelled (see ScoringSide.knownSpellings); undefined when none is. */
function tableSpellings(texts: readonly string[]): Uint8Array | undefined {
  let flags: Uint8Array | undefined;
  for (let i = 0; i < texts.length; i++) if (readFromNameTable(texts[i]!)) (flags ??= new Uint8Array(texts.length))[i] = 1;
  return flags;
}

/** `form` is the query's as an organisation's name (see name-form.ts); NO_FORM for a person's. */
export function queryVariant(tokens: readonly QueryToken[], via: string, form: NameForm = NO_FORM, syllableName = false): QueryVariant {
  const { syllabic, transliterated, abjad, keyed } = viaFacts(via);
  const last = tokens.length - 1;
  // Typed arrays on both sides of every comparison: the scorer's reads then see one array kind only.
  const weights = new Float64Array(tokens.length);
  const texts: string[] = [];
  let anyQualifier = false;
  let anyCommon = false;
  let anyGeneric = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    texts.push(t.text);
    if (t.qualifier) anyQualifier = true;
    if (t.common) anyCommon = true;
    if (t.generic) anyGeneric = true;
    weights[i] = queryTokenWeight(t, i === last && i > 0, syllabic);
  }
  // Flags none of whose tokens has one are left out: the scorer reads a missing flag array as all
  // zeros, and every analysed query keeps its variants (the analysis cache) for a while.
  const qualifiers = anyQualifier ? flagsOf(tokens, (t) => t.qualifier) : undefined;
  const common = commonFlags(tokens, texts, anyCommon);
  const generic = anyGeneric ? flagsOf(tokens, (t) => t.generic) : undefined;
  const parenthesised = form.parenthesised === undefined ? undefined : parenthesisedFlags(texts, form.parenthesised, new Uint8Array(texts.length));
  let annotationWeight = 0;
  if (parenthesised !== undefined) for (let i = 0; i < tokens.length; i++) if (parenthesised[i] === 1) annotationWeight += tokens[i]!.weight;
  return {
    tokens,
    via,
    annotationWeight,
    transliterated,
    syllabic,
    abjad,
    keyed,
    syllableName: syllableName && !transliterated,
    side: {
      tokens: texts,
      weights,
      qualifiers,
      common,
      generic,
      legalForms: form.legalForms,
      parenthesised,
      compoundHalves: holdsFirstHalf(texts),
      knownSpellings: abjad ? tableSpellings(texts) : undefined,
      unvoweled: abjad,
      syllables: syllabic || (syllableName && !transliterated),
    },
    canonical: undefined,
    soundKeys: undefined,
  };
}

/** What a variant's `via` says of it (see QueryVariant); a handful of labels, each read from the sets once. */
interface ViaFacts {
  syllabic: boolean;
  transliterated: boolean;
  abjad: boolean;
  keyed: boolean;
}

const viaFactsByLabel = new Map<string, ViaFacts>();

function viaFacts(via: string): ViaFacts {
  let facts = viaFactsByLabel.get(via);
  if (facts === undefined) {
    facts = { syllabic: SYLLABIC.has(via), transliterated: !LATIN_REWRITES.has(via), abjad: readsUnvoweled(via), keyed: ROMANIZATION_KEYS.has(via) };
    // Labels are a closed set, but a caller may make up its own: the map stays bounded.
    if (viaFactsByLabel.size >= VIA_LABELS_KEPT) viaFactsByLabel.clear();
    viaFactsByLabel.set(via, facts);
  }
  return facts;
}
const VIA_LABELS_KEPT = 256;

/**
 * Per token, 1 for a common name or for either half of one written apart (Abd Allah for Abdullah,
 * Abdel Rahman for Abdelrahman: a short first half, or an Abd- with its vowel); none when no token is.
 */
function commonFlags(tokens: readonly QueryToken[], texts: readonly string[], anyCommon: boolean): Uint8Array | undefined {
  let flags = anyCommon ? flagsOf(tokens, (t) => t.common) : undefined;
  for (let i = 0; i + 1 < texts.length; i++) {
    const first = texts[i]!;
    if ((first.length > 3 && !ABD_WITH_VOWEL.test(first)) || !isCommonName(first + texts[i + 1]!)) continue;
    flags ??= new Uint8Array(tokens.length);
    flags[i] = flags[i + 1] = 1;
  }
  return flags;
}

/** The first half of an Abd al- name written with the article's vowel (abdel, abdul, abdol, abdal, abdoul). */
const ABD_WITH_VOWEL = /^abd(?:e|u|o|a|ou)l$/u;

function flagsOf(tokens: readonly QueryToken[], flag: (token: QueryToken) => boolean): Uint8Array {
  const flags = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) flags[i] = flag(tokens[i]!) ? 1 : 0;
  return flags;
}

function queryTokenWeight(t: QueryToken, last: boolean, syllabic: boolean): number {
  // Syllables read from Han or Hangul are never particles nor company words ('bin' is 彬, 'e' is 娥):
  // they weigh by rarity alone.
  if (syllabic) {
    const prior = tokenPrior(t.text);
    return prior > 0 && prior < 1 ? Math.min(1, t.weight / prior) : t.weight;
  }
  return last ? lastTokenWeight(t.text, t.weight) : t.weight;
}

/** A listed variant's tokens (what an explanation shows of it). */
export function candidateTokens(index: CandidateIndex, variant: number): string[] {
  const tokens: string[] = [];
  for (let t = index.variantTokenStart[variant]!; t < index.variantTokenStart[variant + 1]!; t++) tokens.push(index.vocabulary.tokens[index.variantTokens[t]!]!);
  return tokens;
}

/**
 * Per listed name, what scoresAlike and the scorer read of it beyond its tokens (its text, and whether
 * it names a company), read from the entries on first use and kept in arrays by name: the entry, its
 * names and the name's text are objects apart, and the chain of reads through them cost a cache miss
 * at each step for every pair of candidates compared.
 */
class ListedNameFacts {
  /** Per name: its text, once read. */
  private readonly texts: (string | undefined)[];
  /** Per name: 0 until read, COMPANY for a company's (or a party's of unknown kind), OTHER for a vessel's or aircraft's. */
  private readonly kinds: Uint8Array;

  constructor(private readonly index: CandidateIndex) {
    this.texts = new Array<string | undefined>(index.nameCount);
    this.kinds = new Uint8Array(index.nameCount);
  }

  /** The listed name's text. */
  text(name: number): string {
    let text = this.texts[name];
    if (text === undefined) {
      const index = this.index;
      text = index.entries[index.nameEntry[name]!]!.names[index.namePosition[name]!]!.value;
      this.texts[name] = text;
    }
    return text;
  }

  /** Whether the listed name names a company (or a party of unknown kind), not a vessel or an aircraft. */
  namesCompany(name: number): boolean {
    let kind = this.kinds[name]!;
    if (kind === 0) {
      const entryKind = this.index.entries[this.index.nameEntry[name]!]!.kind;
      kind = entryKind !== 'vessel' && entryKind !== 'aircraft' ? COMPANY : OTHER;
      this.kinds[name] = kind;
    }
    return kind === COMPANY;
  }
}
const COMPANY = 1;
const OTHER = 2;

interface CandidateSideBuffer {
  tokens: string[];
  weights: Float64Array;
  qualifiers: Uint8Array | undefined;
  company: boolean;
  legalForms: number;
  parenthesised: Uint8Array | undefined;
}

/** Writes a listed variant's tokens and weights into `side` (whose weights array is long enough). */
function fillCandidateSide(index: CandidateIndex, variant: number, side: CandidateSideBuffer): void {
  const from = index.variantTokenStart[variant]!;
  const to = index.variantTokenStart[variant + 1]!;
  const { weight, lastWeight, tokens } = index.vocabulary;
  const texts = side.tokens;
  // pop and push keep the array's length exact without the slow path of assigning `length`.
  while (texts.length > to - from) texts.pop();
  for (let t = from; t < to; t++) {
    const id = index.variantTokens[t]!;
    if (t - from < texts.length) texts[t - from] = tokens[id]!;
    else texts.push(tokens[id]!);
    side.weights[t - from] = t === to - 1 && t > from ? lastWeight[id]! : weight[id]!;
  }
}

/**
 * A romanised syllable (or given name of syllables) matches by name knowledge only: no spelling
 * distance, and agreement in sound only between spellings of one name (Li/Lee), not between two
 * names that happen to sound alike (chinpeng/chinping are 近朋 and 近平).
 */
function syllabicMatch(query: QueryVariant, i: number, how: string, canonical: string): boolean {
  if (how === 'fuzzy') return false;
  return how !== 'phonetic' || sameCanonical(query, i, canonical);
}

/**
 * Whether query token `i` has this canonical form. Sound keys keep consonants only, so in names made
 * of syllables they merge different syllables (min / man, chun / chin): there a match by sound counts
 * only between spellings of one name. A Latin spelling of such a name (QueryVariant.syllableName)
 * keeps its matches by spelling, for typos; its variants across romanisations are the key readings'.
 */
function sameCanonical(query: QueryVariant, i: number, canonical: string): boolean {
  query.canonical ??= query.side.tokens.map(canonicalToken);
  return query.canonical[i] === canonical;
}

/** Whether query token `i`, a name the name table spelled, is another name than a known listed name of this canonical form. */
function namesAnotherKnownName(query: QueryVariant, i: number, listedCanonical: string): boolean {
  query.canonical ??= query.side.tokens.map(canonicalToken);
  return anotherKnownName(query.side.tokens[i]!, query.canonical[i]!, listedCanonical);
}

const CANONICAL_CODE = MATCH_KINDS.indexOf('canonical');

/**
 * The position of a kind in MATCH_KINDS, without a map lookup for every matched pair; checked
 * against MATCH_KINDS when the module loads, so that the two cannot drift apart.
 */
function kindCode(how: TokenMatchKind): number {
  switch (how) {
    case 'exact':
      return 0;
    case 'canonical':
      return 1;
    case 'phonetic':
      return 2;
    case 'fuzzy':
      return 3;
    case 'initial':
      return 4;
    default:
      return 5;
  }
}
MATCH_KINDS.forEach((kind, position) => {
  if (kindCode(kind) !== position) throw new Error(`kindCode('${kind}') is not its position ${position} in MATCH_KINDS`);
});

/**
 * Letter-by-letter similarity for the tokens of a Korean or Chinese name (QueryVariant.syllableName):
 * a given name that differs from another in a whole syllable is another name (Ma Xiaoling is not MA
 * Xiaohong), as a derived family name is (see tokens.derivedFormSimilarity).
 */
function syllableNameSimilarity(a: string, b: string): number {
  const spelled = stringSimilarity(a, b);
  return spelled > DERIVED_FORM_SIMILARITY && syllablesDiffer(a, b) ? DERIVED_FORM_SIMILARITY : spelled;
}
const DERIVED_FORM_SIMILARITY = SCREENING_CONFIG.tokens.derivedFormSimilarity;


const ABJAD_SOUND_SIMILARITY = SCREENING_CONFIG.tokens.abjadSoundSimilarity;

/**
 * Whether the listed spelling and the script disagree on a final long vowel: the reader's -i stands
 * for a written yeh, which no spelling of the name leaves out (جوادی, Javadi, the nisba of Javad, is
 * not JAVED; محمدی, Mohammadi, is not Mohammad), and a listed -i after a consonant is such a yeh,
 * which the script would have written (أحمد is not AHMADI). The sound keys, which drop final vowels,
 * agree.
 */
function finalVowelDisagrees(read: string, listed: string): boolean {
  if (read.length > 2 && read.endsWith('i')) return !FINAL_VOWEL.test(listed);
  return read.length > 2 && !FINAL_VOWEL.test(read) && NISBA_END.test(listed);
}
const FINAL_VOWEL = /[aeiouy]$/u;
const NISBA_END = /[^aeiouy]i$/u;

/**
 * A short token read from an abjad (משה → mshe) has a sound key too short for the token matcher to
 * look up by sound, so it finds Moshe by spelling distance instead: the same sound key makes it the
 * known equivalent all the same. The matcher's rule for two-consonant keys (a word of five letters
 * or more) is applied to the listed spelling, as the abjad reading lacks the vowels that make up its
 * length (far is not faur).
 */
function abjadSoundMatch(query: QueryVariant, i: number, how: string, listed: string, listedSoundKey: string): boolean {
  // A key of two consonants merges letters (s and z, d and t) and drops others (h, w): Salah and
  // Syawal, Saad and Zaid share one. Read so, it is the listed name only when the letters agree too.
  if (listedSoundKey.length < 3 && consonantsOf(query.side.tokens[i]!) !== consonantsOf(listed)) return false;
  if (how === 'phonetic') return true;
  if (how !== 'fuzzy') return false;
  if (!specificSoundKey(listedSoundKey, listed.length)) return false;
  query.soundKeys ??= query.side.tokens.map(phoneticKey);
  return query.soundKeys[i] === listedSoundKey;
}

/**
 * Whether query token `i` is a name the table spelled, vowels and all, and the sound key it shares
 * is of two consonants: such a key joins names that differ in every vowel and a consonant (Salah,
 * s-l, and Syawal), and the spelling, known, says more than the sound.
 */
function shortKeyOfKnownSpelling(query: QueryVariant, i: number, listedSoundKey: string): boolean {
  return query.side.knownSpellings?.[i] === 1 && listedSoundKey.length < 3;
}

export class VariantScorer {
  private readonly matrix = new SimilarityMatrix();
  /**
   * The listed side of the comparison in progress, rewritten for every candidate: the scorer keeps
   * no reference to it (an alignment holds token positions), and explanations build their own.
   */
  private readonly candidate: CandidateSideBuffer = { tokens: [], weights: new Float64Array(64), qualifiers: undefined, company: false, legalForms: 0, parenthesised: undefined };
  private parenthesisedBuffer = new Uint8Array(64);
  private qualifierBuffer = new Uint8Array(64);
  private readonly forms: ListedNameForms;
  private readonly names: ListedNameFacts;
  /** The listed name being scored, for the cut's listedForms. */
  private name = 0;
  private readonly cut: ScoreCut = { floor: 0, typeFactor: 1, agreement: 1, listedForms: () => this.forms.legalFormsOf(this.name), bound: 0 };
  private readonly transliteratedWeights: ScoreWeights;
  private readonly syllabicWeights: ScoreWeights;
  private readonly keyWeights: ScoreWeights;
  private readonly besideKeyWeights: ScoreWeights;
  private readonly syllableNameWeights: ScoreWeights;

  constructor(
    private readonly index: CandidateIndex,
    private readonly weights: ScoreWeights,
  ) {
    // A name part left over from a romanisation may be a reading the romaniser missed, not another
    // name: no floor under its substitution (see weights.substitutedNameFloor).
    // Nor is its one word's spelling its own (see weights.oneWordRespelled): the romaniser chose its vowels.
    this.transliteratedWeights = { ...weights, spellingDistanceFactor: weights.transliteratedDistanceFactor, substitutedNameFloor: 0, oneWordRespelled: 0 };
    // No near-miss pairing of left-overs, and joins only when exact.
    // A Chinese or Korean name has no optional parts (no middle names, no particles): a syllable of
    // the query left unmatched makes another name (Zhiwei is not Zhi), so it costs more.
    // The same holds of a listed syllable left over (Zhang Wei is not Zhang Weiming).
    this.syllabicWeights = {
      ...this.transliteratedWeights,
      weakFloor: 1.01,
      joinedFloor: 1,
      unmatchedQuery: weights.unmatchedQuery * weights.syllabicUnmatchedFactor,
      unmatchedCandidate: weights.unmatchedCandidate * weights.keyUnmatchedCandidateFactor,
      // Nor lineage slots, nor the discount of a query holding the whole listed name: a syllable
      // more is another given name, not a father's name (Chen Zhi Wei is not Chen Zhi).
      lineageSlot: 1,
      fullNameQueryExtra: 1,
    };
    this.keyWeights = this.syllabicWeights;
    // A Chinese name read as keys beside Western given names (Jeff Kao Ching-feng): a Western name
    // left unmatched is an adopted name lists often leave out, not a syllable of the Chinese name,
    // and costs what any other word does.
    this.besideKeyWeights = { ...this.syllabicWeights, unmatchedQuery: weights.unmatchedQuery };
    // A Latin spelling of such a name: its words are syllables, but spelled as written, so only what
    // a syllable left unmatched costs changes (see QueryVariant.syllableName): its full price, with
    // no discount for a query that holds the whole listed name, and no lineage slots; and a listed
    // name part left over costs what it does against the name's key reading (Zhang Wei is not ZHANG
    // Wei Ming, nor Ma Long, its syllables joined, MALONG, Paul), which a spelling must not evade.
    this.syllableNameWeights = {
      ...weights,
      unmatchedQuery: weights.unmatchedQuery * weights.syllabicUnmatchedFactor,
      unmatchedCandidate: weights.unmatchedCandidate * weights.keyUnmatchedCandidateFactor,
      fullNameQueryExtra: 1,
      lineageSlot: 1,
    };
    this.forms = listedNameForms(index);
    this.names = new ListedNameFacts(index);
  }

  score(query: QueryVariant, variant: number): NameMatch {
    return this.scoreWith(query, variant, undefined)!;
  }

  /**
   * The match of `variant`, or undefined when its name score (score x typeFactor x agreement) stays
   * under `floor`: a caller that drops such matches spares their legal forms and penalty terms.
   */
  scoreAbove(query: QueryVariant, variant: number, floor: number, typeFactor: number, agreement: number): NameMatch | undefined {
    const cut = this.cut;
    cut.floor = floor;
    cut.typeFactor = typeFactor;
    cut.agreement = agreement;
    return this.scoreWith(query, variant, cut);
  }

  /** The bound of the last scoreAbove (see ScoreCut.bound): its match was dropped when bound x typeFactor x agreement stayed under its floor. */
  get lastBound(): number {
    return this.cut.bound!;
  }

  /**
   * Whether two listed variants give any query variant the same match: all scoreWith reads of them
   * (tokens, qualifier flags, a person's or not, a vessel's or aircraft's or not, and the listed name's
   * text, whose legal forms and parentheses are read) is the same. Lists repeat one another's names:
   * a query meets the same name under several entries.
   */
  scoresAlike(a: number, b: number): boolean {
    const index = this.index;
    if (index.variantPerson[a] !== index.variantPerson[b]) return false;
    const fromA = index.variantTokenStart[a]!;
    const fromB = index.variantTokenStart[b]!;
    const length = index.variantTokenStart[a + 1]! - fromA;
    if (index.variantTokenStart[b + 1]! - fromB !== length) return false;
    for (let k = 0; k < length; k++) {
      if (index.variantTokens[fromA + k] !== index.variantTokens[fromB + k] || index.variantQualifiers[fromA + k] !== index.variantQualifiers[fromB + k]) return false;
    }
    const nameA = index.variantName[a]!;
    const nameB = index.variantName[b]!;
    return this.names.namesCompany(nameA) === this.names.namesCompany(nameB) && this.names.text(nameA) === this.names.text(nameB);
  }

  private scoreWith(query: QueryVariant, variant: number, cut: ScoreCut | undefined): NameMatch | undefined {
    const index = this.index;
    const from = index.variantTokenStart[variant]!;
    const to = index.variantTokenStart[variant + 1]!;
    const matrix = this.matrix;
    matrix.reset(query.tokens.length, to - from);
    const person = index.variantPerson[variant] === 1;
    for (let i = 0; i < query.tokens.length; i++) {
      const { byId, placeForms } = query.tokens[i]!;
      for (let t = from; t < to; t++) {
        const id = index.variantTokens[t]!;
        const match = byId.get(id);
        // Kirov is not Kirovsky in a person's name: there the adjective is a family name of its own.
        if (match !== undefined && !(person && placeForms?.has(id) === true)) this.setMatch(query, i, t - from, match);
      }
    }
    const weights = query.keyed
      ? query.via === CHINESE_KEY_BESIDE
        ? this.besideKeyWeights
        : this.keyWeights
      : query.syllabic
        ? this.syllabicWeights
        : query.transliterated
          ? this.transliteratedWeights
          : query.syllableName
            ? this.syllableNameWeights
            : this.weights;
    // Qualifiers tell organisations apart; a listed person has none (Jordan is a given name).
    const candidate = this.candidate;
    if (candidate.weights.length < to - from) candidate.weights = new Float64Array((to - from) * 2);
    fillCandidateSide(index, variant, candidate);
    const organisation = index.variantPerson[variant] !== 1;
    candidate.qualifiers = organisation ? this.qualifiersOf(from, to) : undefined;
    // Asked only of a query with everyday company words (see ScoringSide.company).
    candidate.company = organisation && query.side.generic !== undefined && this.names.namesCompany(index.variantName[variant]!);
    // A listed name's legal forms matter only against a query that has one; with a cut, only for a
    // match that may be kept (the cut asks listedForms).
    const name = index.variantName[variant]!;
    this.name = name;
    candidate.legalForms = cut === undefined && organisation && query.side.legalForms !== 0 ? this.forms.legalFormsOf(name) : 0;
    const parenthesised = organisation ? this.forms.parenthesisedOf(name) : undefined;
    candidate.parenthesised = parenthesised === undefined ? undefined : parenthesisedFlags(candidate.tokens, parenthesised, this.flagsFor(to - from));
    return alignAndScoreAbove(query.side, candidate, matrix, query.syllableName ? syllableNameSimilarity : stringSimilarity, weights, query.keyed, cut);
  }

  private setMatch(query: QueryVariant, i: number, column: number, match: VocabularyMatch): void {
    const vocabulary = this.index.vocabulary;
    if (twoNamesAlike(query.side.tokens[i]!, vocabulary.tokens[match.id]!, match.how)) return;
    if (query.syllabic && !syllabicMatch(query, i, match.how, vocabulary.canonical[match.id]!)) return;
    if (query.syllableName && match.how === 'phonetic' && !sameCanonical(query, i, vocabulary.canonical[match.id]!)) return;
    if (query.syllableName && match.how === 'fuzzy' && syllablesDiffer(query.side.tokens[i]!, vocabulary.tokens[match.id]!)) return;
    if (query.abjad && finalVowelDisagrees(query.side.tokens[i]!, vocabulary.tokens[match.id]!)) return;
    // A name the name table spelled has its vowels known: by sound or spelling it meets no other known
    // name (Amr is not Omar, Hasan not Hussein, however alike their consonants), only unknown spellings (Djamel).
    if (query.abjad && (match.how === 'phonetic' || match.how === 'fuzzy') && namesAnotherKnownName(query, i, vocabulary.canonical[match.id]!)) return;
    if (query.abjad && abjadSoundMatch(query, i, match.how, vocabulary.tokens[match.id]!, vocabulary.phonetic[match.id]!) && !shortKeyOfKnownSpelling(query, i, vocabulary.phonetic[match.id]!)) {
      this.matrix.set(i, column, Math.max(match.similarity, ABJAD_SOUND_SIMILARITY), CANONICAL_CODE);
      return;
    }
    this.matrix.set(i, column, match.similarity, kindCode(match.how));
  }

  /** The listed variant's qualifier flags, copied into a buffer the scorer reuses: a view per candidate costs more than the copy. */
  private qualifiersOf(from: number, to: number): Uint8Array {
    if (this.qualifierBuffer.length < to - from) this.qualifierBuffer = new Uint8Array((to - from) * 2);
    const flags = this.qualifierBuffer;
    const source = this.index.variantQualifiers;
    for (let t = from; t < to; t++) flags[t - from] = source[t]!;
    return flags;
  }

  private flagsFor(length: number): Uint8Array {
    if (this.parenthesisedBuffer.length < length) this.parenthesisedBuffer = new Uint8Array(length * 2);
    return this.parenthesisedBuffer;
  }
}
