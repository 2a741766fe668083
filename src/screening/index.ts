/**
 * The candidate index, built once per snapshot. Every listed name (weak aliases included) is analysed
 * into Latin token variants; tokens are interned into a vocabulary, and the vocabulary is what the
 * fuzzy lookups search: there are far fewer distinct tokens than names, so a query compares its
 * tokens against a few hundred vocabulary tokens and then follows their postings to the names.
 */
import type { ListEntry, NameType } from '../model/list-entry.js';
import { analyzeName, canonicalToken, CHINESE_KEY_READINGS, chineseReadingKeys, isParticle, isRomanizationKey, parenthesisedNames, tokenPrior } from '../names/index.js';
import { joinedInitials } from './acronyms.js';
import { forEachDeletionHash } from './deletions.js';
import { isQualifier } from './qualifiers.js';
import { DensePostings, GroupedIds, HashFilter, HashedPostings, hashKey, hashKeyContinued, KeyHashes } from './postings.js';
import { forEachTrigramHash } from './trigrams.js';
import { LINEAGE_PARTICLES } from './score.js';
import { SCREENING_CONFIG } from './config.js';
import { VariantArrays, type FinishedVariantArrays, type ListedVariant, type VocabularyBuilder } from './variant-arrays.js';

/** See index.nameTypeFactor in config.ts. */
export const NAME_TYPE_FACTOR: Readonly<Record<NameType, number>> = SCREENING_CONFIG.index.nameTypeFactor;
const MAX_TOKENS_PER_VARIANT = SCREENING_CONFIG.index.maxTokensPerVariant;
const RARITY_FLOOR = SCREENING_CONFIG.index.rarityFloor;

export interface Vocabulary {
  readonly tokens: readonly string[];
  readonly ids: ReadonlyMap<string, number>;
  readonly canonical: readonly string[];
  readonly phonetic: readonly string[];
  /** Informativeness of a token, 0..1: rarity across the listed names times the language prior. */
  readonly weight: Float32Array;
  /** The weight of a token standing last in a name: a particle there is a name (see lastTokenWeight). */
  readonly lastWeight: Float32Array;
  /** 1 for a token that tells organisations apart (a country, a series numeral: see qualifiers.ts). */
  readonly qualifier: Uint8Array;
  readonly byCanonical: GroupedIds;
  readonly byPhonetic: GroupedIds;
  /** Trigram → vocabulary tokens containing it; hashed, a collision only costs a comparison. */
  readonly byTrigram: HashedPostings;
  /** One-deletion neighbourhoods of short tokens (see deletions.ts). */
  readonly byDeletion: HashedPostings;
  /** The tokens by hash: rules out most spellings that are no token (joins, stems) before a map lookup. */
  readonly tokenFilter: HashFilter;
  /** Vocabulary token → variants containing it. */
  readonly postings: DensePostings;
}

export interface CandidateIndex {
  readonly entries: readonly ListEntry[];
  readonly vocabulary: Vocabulary;
  /** Per name: its entry and its position in `entry.names`. */
  readonly nameEntry: Int32Array;
  readonly namePosition: Int32Array;
  /** Per variant: the name it belongs to, its tokens (vocabulary ids) and the transliteration used. */
  readonly variantName: Int32Array;
  readonly variantTokenStart: Int32Array;
  readonly variantTokens: Int32Array;
  readonly variantVia: Int32Array;
  /** Per variant token (parallel to variantTokens): 1 when it is a qualifier (see Vocabulary.qualifier). */
  readonly variantQualifiers: Uint8Array;
  /** Per variant: 1 when its entry is a person (persons have no qualifiers). */
  readonly variantPerson: Uint8Array;
  readonly viaLabels: readonly string[];
  /**
   * Two adjacent listed tokens written as one (jong + un → jongun) → variants, for split/joined
   * names. Hashed: a collision only hands the scorer one more candidate to reject.
   */
  readonly joinedPairs: HashedPostings;
  readonly nameCount: number;
  readonly variantCount: number;
  /** Number of names rarity was counted over (this index's, or the background's). */
  readonly rarityScale: number;
  /** The index rarity was borrowed from, when it was. */
  readonly rarityFrom?: CandidateIndex;
}

export interface IndexOptions {
  /**
   * Count rarity over another index: a one-entry index (screening a name against a name) cannot
   * tell a common name from a rare one, a snapshot of real lists can.
   */
  rarityFrom?: CandidateIndex;
}

/** The weight formula, shared with the query side so that both halves of a pair are on one scale. */
export function informativeWeight(documentFrequency: number, nameCount: number, prior: number): number {
  const total = Math.max(2, nameCount);
  const rarity = Math.log((total + 1) / (documentFrequency + 0.5)) / Math.log(total + 1);
  const clamped = Math.min(1, Math.max(0, rarity));
  return prior * (RARITY_FLOOR + (1 - RARITY_FLOOR) * clamped);
}

export function buildCandidateIndex(entries: readonly ListEntry[], options: IndexOptions = {}): CandidateIndex {
  const arrays = new VariantArrays();
  // The same name appears on several lists (SDN in the CSL and in OFAC's own file, the UN's in the EU's
  // and the UK's): analyse it once, and for each later listing copy the variants of the first one
  // (-1: a name with no variants). Keyed by the entry's kind, as the analysis is.
  const firstNamed = new Map<ListEntry['kind'], Map<string, number>>();
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!;
    let seen = firstNamed.get(entry.kind);
    if (seen === undefined) firstNamed.set(entry.kind, (seen = new Map()));
    for (let n = 0; n < entry.names.length; n++) {
      const value = entry.names[n]!.value;
      const earlier = seen.get(value);
      if (earlier === undefined) {
        const variants = distinctVariants(value, entry.kind);
        seen.set(value, variants.length === 0 ? -1 : arrays.addName(e, n, variants));
      } else if (earlier >= 0) arrays.addCopy(e, n, earlier);
    }
  }
  return assembleIndex(entries, options, arrays.finish());
}

/** The index over the variant arrays: postings, token facts and weights, and the spelling keys' postings. */
function assembleIndex(entries: readonly ListEntry[], options: IndexOptions, built: FinishedVariantArrays): CandidateIndex {
  const { nameEntry, namePosition, variantVia, viaLabels } = built;
  const { variantName: frozenVariantName, variantTokenStart: frozenStarts, variantTokens: frozenTokens } = built;
  const vocabulary = compactVocabulary(built.vocabulary);
  const tokens = vocabulary.tokens;
  const postings = invertVariants(tokens.length, frozenStarts, frozenTokens);
  const qualifier = new Uint8Array(tokens.length);
  for (let id = 0; id < tokens.length; id++) qualifier[id] = isQualifier(tokens[id]!) ? 1 : 0;
  const variantQualifiers = new Uint8Array(frozenTokens.length);
  for (let t = 0; t < frozenTokens.length; t++) variantQualifiers[t] = qualifier[frozenTokens[t]!]!;
  const variantPerson = new Uint8Array(frozenVariantName.length);
  for (let v = 0; v < frozenVariantName.length; v++) variantPerson[v] = entries[nameEntry[frozenVariantName[v]!]!]!.kind === 'person' ? 1 : 0;
  const byCanonical = GroupedIds.of(vocabulary.canonical);
  const weight = options.rarityFrom
    ? borrowedWeights(vocabulary, options.rarityFrom)
    : tokenWeights(vocabulary, byCanonical, postings, frozenVariantName, nameEntry.length);
  const tokenHashes = Uint32Array.from(tokens, hashKey);

  return {
    entries,
    vocabulary: {
      tokens,
      ids: vocabulary.ids,
      canonical: vocabulary.canonical,
      phonetic: vocabulary.phonetic,
      weight,
      lastWeight: lastWeights(tokens, weight),
      qualifier,
      byCanonical,
      byPhonetic: GroupedIds.of(vocabulary.phonetic),
      byTrigram: spellingPostings(tokens, forEachTrigramHash),
      byDeletion: spellingPostings(tokens, forEachDeletionHash),
      tokenFilter: HashFilter.ofHashes(tokenHashes),
      postings,
    },
    nameEntry,
    namePosition,
    variantName: frozenVariantName,
    variantTokenStart: frozenStarts,
    variantTokens: frozenTokens,
    variantVia,
    variantQualifiers,
    variantPerson,
    viaLabels,
    joinedPairs: joinedPairPostings(tokens, tokenHashes, frozenStarts, frozenTokens),
    nameCount: nameEntry.length,
    variantCount: frozenVariantName.length,
    rarityScale: options.rarityFrom?.rarityScale ?? nameEntry.length,
    rarityFrom: options.rarityFrom,
  };
}

/**
 * The vocabulary with its tokens, canonical forms and sound keys copied afresh, one after another,
 * and its id map keyed by the copies. The strings as analysis cut them lie scattered over the heap
 * among the build's garbage (and the longer ones are slices of whole names): every lookup compares a
 * query token with dozens of listed ones, and each first read of one cost a cache miss. Copied in id
 * order, they lie side by side. A canonical form that is the token itself stays the token's copy.
 */
function compactVocabulary(vocabulary: VocabularyBuilder): VocabularyWords {
  // One JSON round trip copies every string at once, in the order written: each id's token, its
  // canonical form when that differs (0 when it is the token) and its sound key.
  const flat: (string | 0)[] = [];
  for (let id = 0; id < vocabulary.tokens.length; id++) {
    const token = vocabulary.tokens[id]!;
    flat.push(token, vocabulary.canonical[id] === token ? 0 : vocabulary.canonical[id]!, vocabulary.phonetic[id]!);
  }
  const copied = JSON.parse(JSON.stringify(flat)) as (string | 0)[];
  const tokens: string[] = [];
  const canonical: string[] = [];
  const phonetic: string[] = [];
  const ids = new Map<string, number>();
  for (let id = 0, at = 0; id < vocabulary.tokens.length; id++, at += 3) {
    const token = copied[at] as string;
    tokens.push(token);
    ids.set(token, id);
    const form = copied[at + 1]!;
    canonical.push(form === 0 ? token : form);
    phonetic.push(copied[at + 2] as string);
  }
  return { tokens, ids, canonical, phonetic };
}

/** What the index keeps of the vocabulary builder's words. */
type VocabularyWords = Pick<VocabularyBuilder, 'tokens' | 'ids' | 'canonical' | 'phonetic'>;

/**
 * The keys a token is found by when spelled differently (its trigrams, its one-letter deletions),
 * by hash: none for a romanisation key, which only matches exactly.
 */
function spellingPostings(tokens: readonly string[], forEachHash: (token: string, add: (hash: number) => void) => void): HashedPostings {
  const keys = new KeyHashes();
  let owner = 0;
  const add = (hash: number) => keys.add(hash, owner);
  for (owner = 0; owner < tokens.length; owner++) {
    const token = tokens[owner]!;
    if (!isRomanizationKey(token)) forEachHash(token, add);
  }
  return HashedPostings.fromHashes(keys);
}

/** Each two adjacent tokens of a variant written as one, by hash: FNV-1a of the join continues the first token's. */
function joinedPairPostings(tokens: readonly string[], tokenHashes: Uint32Array, starts: Int32Array, ids: Int32Array): HashedPostings {
  const keys = new KeyHashes();
  for (let v = 0; v + 1 < starts.length; v++) {
    const end = starts[v + 1]!;
    for (let t = starts[v]!; t + 1 < end; t++) {
      const pair = hashKeyContinued(tokenHashes[ids[t]!]!, tokens[ids[t + 1]!]!);
      keys.add(pair, v);
      // Three syllables written apart that a query writes as one word (Qian Xi Long, Qianxilong).
      if (t + 2 < end && shortSyllables(tokens[ids[t]!]!, tokens[ids[t + 1]!]!, tokens[ids[t + 2]!]!)) keys.add(hashKeyContinued(pair, tokens[ids[t + 2]!]!), v);
    }
  }
  return HashedPostings.fromHashes(keys);
}

/** Whether three listed tokens are short enough to be the syllables of one name or word (see joinedPairPostings). @internal */
export function shortSyllables(a: string, b: string, c: string): boolean {
  return a.length <= JOINED_SYLLABLE_MAX && b.length <= JOINED_SYLLABLE_MAX && c.length <= JOINED_SYLLABLE_MAX;
}
const JOINED_SYLLABLE_MAX = 5;

/**
 * A particle (bin, de, van) introduces the name part after it, so one standing last is itself a
 * name (the Chinese given name Bin in 'Xu Bin'): it keeps its rarity but not the particle's low prior.
 */
export function lastTokenWeight(token: string, weight: number): number {
  if (!isParticle(token)) return weight;
  const prior = tokenPrior(token);
  return prior > 0 ? Math.min(1, weight / prior) : weight;
}

function lastWeights(tokens: readonly string[], weight: Float32Array): Float32Array {
  const out = new Float32Array(weight);
  for (let id = 0; id < tokens.length; id++) out[id] = lastTokenWeight(tokens[id]!, weight[id]!);
  return out;
}

/** The analysed variants of one name, each token sequence once. */
function distinctVariants(value: string, kind: ListEntry['kind']): ListedVariant[] {
  const out = new DistinctVariants();
  out.addAnalysed(value, kind, '');
  const parts = slashAlternatives(value);
  for (let p = 0; p < parts.length; p++) out.addAnalysed(parts[p]!, kind, ', slash part');
  const parenthesised = parenthesisedNames(value, kind === 'person');
  if (parenthesised.without !== undefined) out.addAnalysed(parenthesised.without, kind === 'unknown' ? 'person' : kind, ', without parentheses');
  for (const other of parenthesised.others) out.addAnalysed(other, kind, ', parenthesised name');
  return out.variants;
}

/** Variants collected once per token sequence (see orderFreeKey). Plain loops: this runs for every listed name. */
class DistinctVariants {
  readonly variants: ListedVariant[] = [];
  private readonly seen = new Set<string>();

  /** The variants of `text` analysed as a name, their labels followed by `viaSuffix`. */
  addAnalysed(text: string, kind: ListEntry['kind'], viaSuffix: string): void {
    const analysed = analyzeName(text, kind).variants;
    for (let v = 0; v < analysed.length; v++) {
      const variant = analysed[v]!;
      const tokens: string[] = [];
      for (let t = 0; t < variant.tokens.length && tokens.length < MAX_TOKENS_PER_VARIANT; t++) {
        if (variant.tokens[t]!.length > 0) tokens.push(variant.tokens[t]!);
      }
      if (tokens.length === 0) continue;
      this.add(tokens, viaSuffix === '' ? variant.via : variant.via + viaSuffix);
      const initialism = joinedInitials(tokens);
      if (initialism) this.add(initialism, 'initialism');
    }
    // A listed Chinese name in Cantonese or Wade-Giles spelling, read in pinyin for names written in
    // characters (Kwok-ki Chan for 陳國基): listed names only, as queries in characters carry exact keys.
    const first = analysed[0];
    if ((kind === 'person' || kind === 'unknown') && first?.via === 'latin') for (const tokens of chineseReadingKeys(first.tokens)) this.add(tokens, CHINESE_KEY_READINGS);
  }

  private add(tokens: string[], via: string): void {
    const key = orderFreeKey(tokens);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.variants.push({ tokens, via });
  }
}

/**
 * A listed name that gives two names split by a slash (MAKHTAB AL-KHIDAMAT/AL KIFAH, Al-Qa'ida/Islamic
 * Army) names the organisation by each: each is indexed as a name of its own too. A slash between
 * short parts is an abbreviation (A/S, S/A, C/O), not two names.
 */
export function slashAlternatives(value: string): string[] {
  if (!value.includes('/')) return [];
  const parts = value.split('/').map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => letters(p) < SLASH_PART_MIN_LETTERS)) return [];
  // The words either side of each slash: one letter each is an abbreviation (A/S, C/O).
  for (let k = 1; k < parts.length; k++) {
    if (letters(parts[k - 1]!.split(' ').at(-1)!) < 2 || letters(parts[k]!.split(' ')[0]!) < 2) return [];
  }
  return parts;
}

const SLASH_PART_MIN_LETTERS = 4;

function letters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

function invertVariants(vocabularySize: number, starts: Int32Array, tokens: Int32Array): DensePostings {
  const keys = new Int32Array(tokens.length);
  const values = new Int32Array(tokens.length);
  let pairs = 0;
  const variantCount = starts.length - 1;
  for (let v = 0; v < variantCount; v++) {
    for (let i = starts[v]!; i < starts[v + 1]!; i++) {
      const token = tokens[i]!;
      // A token repeated within a variant (Sergey Sergey Shoigu) is posted once.
      let repeated = false;
      for (let k = starts[v]!; k < i; k++) if (tokens[k] === token) repeated = true;
      if (repeated) continue;
      keys[pairs] = token;
      values[pairs] = v;
      pairs++;
    }
  }
  return DensePostings.fromPairs(vocabularySize, keys, values, pairs);
}

/**
 * Rarity is counted over names, not variants, and over the canonical form of a token, so that
 * Mohamed, Muhammad and Mohammad are all recognised as the one very common name they are.
 */
function tokenWeights(
  vocabulary: VocabularyWords,
  byCanonical: GroupedIds,
  postings: DensePostings,
  variantName: Int32Array,
  nameCount: number,
): Float32Array {
  const lastSeen = new Int32Array(nameCount).fill(-1);
  let stamp = 0;
  /** The number of names holding any of ids[from..to). */
  const namesHolding = (ids: ArrayLike<number>, from: number, to: number): number => {
    stamp++;
    let frequency = 0;
    for (let k = from; k < to; k++) {
      const id = ids[k]!;
      for (let p = postings.starts[id]!; p < postings.starts[id + 1]!; p++) {
        const name = variantName[postings.ids[p]!]!;
        if (lastSeen[name] !== stamp) {
          lastSeen[name] = stamp;
          frequency++;
        }
      }
    }
    return frequency;
  };
  const groupFrequency = new Int32Array(byCanonical.groupCount);
  for (let g = 0; g < groupFrequency.length; g++) groupFrequency[g] = namesHolding(byCanonical.ids, byCanonical.starts[g]!, byCanonical.starts[g + 1]!);
  // Tokens without a canonical form are counted together, as one form.
  const formless: number[] = [];
  for (let id = 0; id < vocabulary.tokens.length; id++) if (byCanonical.groupOf[id]! < 0) formless.push(id);
  const formlessFrequency = namesHolding(formless, 0, formless.length);
  const weight = new Float32Array(vocabulary.tokens.length);
  for (let id = 0; id < vocabulary.tokens.length; id++) {
    const group = byCanonical.groupOf[id]!;
    const frequency = group >= 0 ? groupFrequency[group]! : formlessFrequency;
    weight[id] = informativeWeight(frequency, nameCount, tokenPrior(vocabulary.tokens[id]!));
  }
  return weight;
}

function borrowedWeights(vocabulary: VocabularyWords, background: CandidateIndex): Float32Array {
  const weight = new Float32Array(vocabulary.tokens.length);
  for (let id = 0; id < vocabulary.tokens.length; id++) {
    weight[id] = backgroundWeight(background, vocabulary.tokens[id]!, vocabulary.canonical[id]!);
  }
  return weight;
}

function backgroundWeight(background: CandidateIndex, token: string, canonical: string): number {
  const known = background.vocabulary.ids.get(token) ?? background.vocabulary.byCanonical.get(canonical)?.[0];
  return known !== undefined ? background.vocabulary.weight[known]! : unseenTokenWeight(background, token);
}

/** Rarity-based weight of a query token that is not in the vocabulary: unseen means informative. */
export function unseenTokenWeight(index: CandidateIndex, token: string): number {
  if (index.rarityFrom) return backgroundWeight(index.rarityFrom, token, canonicalToken(token));
  return informativeWeight(0, index.rarityScale, tokenPrior(token));
}

/**
 * The scorer ignores token order, so variants that only reorder tokens are the same variant; except
 * around a lineage particle (X bin Y), whose order tells son from father (see score.ts).
 */
export function orderFreeKey(tokens: readonly string[]): string {
  if (tokens.some((t) => LINEAGE_PARTICLES.has(t))) return tokens.join(' ');
  return [...tokens].sort().join(' ');
}
