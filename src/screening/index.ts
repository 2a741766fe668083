/**
 * The candidate index, built once per snapshot. Every listed name (weak aliases included) is analysed
 * into Latin token variants; tokens are interned into a vocabulary, and the vocabulary is what the
 * fuzzy lookups search: there are far fewer distinct tokens than names, so a query compares its
 * tokens against a few hundred vocabulary tokens and then follows their postings to the names.
 */
import type { ListEntry, NameType } from '../model/list-entry.js';
import { analyzeName, canonicalToken, isParticle, isRomanizationKey, phoneticKey, tokenPrior } from '../names/index.js';
import { joinedInitials } from './acronyms.js';
import { deletionKeys } from './deletions.js';
import { isQualifier } from './qualifiers.js';
import { DensePostings, HashFilter, HashedPostings, PostingsBuilder } from './postings.js';
import { tokenTrigrams } from './trigrams.js';
import { LINEAGE_PARTICLES } from './score.js';
import { SCREENING_CONFIG } from './config.js';

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
  readonly byCanonical: ReadonlyMap<string, Int32Array>;
  readonly byPhonetic: ReadonlyMap<string, Int32Array>;
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

class VocabularyBuilder {
  readonly tokens: string[] = [];
  readonly ids = new Map<string, number>();
  readonly canonical: string[] = [];
  readonly phonetic: string[] = [];

  intern(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.tokens.length;
      this.ids.set(token, id);
      this.tokens.push(token);
      // A key token is its own canonical form and sound: it meets other keys only, and only exactly.
      const key = isRomanizationKey(token);
      this.canonical.push(key ? token : canonicalToken(token));
      this.phonetic.push(key ? token : phoneticKey(token));
    }
    return id;
  }
}

/** Growable Int32Array: the builder does not know the posting count in advance. */
class IntBuffer {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  frozen(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export function buildCandidateIndex(entries: readonly ListEntry[], options: IndexOptions = {}): CandidateIndex {
  const vocabulary = new VocabularyBuilder();
  const nameEntry = new IntBuffer();
  const namePosition = new IntBuffer();
  const variantName = new IntBuffer();
  const variantTokenStart = new IntBuffer();
  const variantTokens = new IntBuffer();
  const variantVia = new IntBuffer();
  const viaLabels: string[] = [];
  const viaIds = new Map<string, number>();
  // The same name appears on several lists (SDN in the CSL and in OFAC's own file): analyse it once.
  const analysisCache = new Map<string, { tokens: string[]; via: string }[]>();

  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!;
    for (let n = 0; n < entry.names.length; n++) {
      const name = entry.names[n]!;
      const cacheKey = `${entry.kind}\u0000${name.value}`;
      let variants = analysisCache.get(cacheKey);
      if (variants === undefined) {
        variants = distinctVariants(name.value, entry.kind);
        analysisCache.set(cacheKey, variants);
      }
      if (variants.length === 0) continue;
      const nameId = nameEntry.length;
      nameEntry.push(e);
      namePosition.push(n);
      for (const variant of variants) {
        variantName.push(nameId);
        variantTokenStart.push(variantTokens.length);
        let via = viaIds.get(variant.via);
        if (via === undefined) {
          via = viaLabels.length;
          viaIds.set(variant.via, via);
          viaLabels.push(variant.via);
        }
        variantVia.push(via);
        for (const token of variant.tokens) variantTokens.push(vocabulary.intern(token));
      }
    }
  }
  variantTokenStart.push(variantTokens.length);

  const frozenVariantName = variantName.frozen();
  const frozenStarts = variantTokenStart.frozen();
  const frozenTokens = variantTokens.frozen();
  const postings = invertVariants(vocabulary.tokens.length, frozenStarts, frozenTokens);
  const qualifier = Uint8Array.from(vocabulary.tokens, (t) => (isQualifier(t) ? 1 : 0));
  const variantQualifiers = Uint8Array.from(frozenTokens, (id) => qualifier[id]!);
  const variantPerson = Uint8Array.from(frozenVariantName, (name) => (entries[nameEntry.data[name]!]!.kind === 'person' ? 1 : 0));
  const weight = options.rarityFrom
    ? borrowedWeights(vocabulary, options.rarityFrom)
    : tokenWeights(vocabulary, postings, frozenVariantName, nameEntry.length);

  return {
    entries,
    vocabulary: {
      tokens: vocabulary.tokens,
      ids: vocabulary.ids,
      canonical: vocabulary.canonical,
      phonetic: vocabulary.phonetic,
      weight,
      lastWeight: lastWeights(vocabulary.tokens, weight),
      qualifier,
      byCanonical: groupBy(vocabulary.canonical),
      byPhonetic: groupBy(vocabulary.phonetic),
      byTrigram: HashedPostings.build((id) => spellingKeys(vocabulary.tokens[id]!, tokenTrigrams), vocabulary.tokens.length),
      byDeletion: HashedPostings.build((id) => spellingKeys(vocabulary.tokens[id]!, deletionKeys), vocabulary.tokens.length),
      tokenFilter: HashFilter.of(vocabulary.tokens),
      postings,
    },
    nameEntry: nameEntry.frozen(),
    namePosition: namePosition.frozen(),
    variantName: frozenVariantName,
    variantTokenStart: frozenStarts,
    variantTokens: frozenTokens,
    variantVia: variantVia.frozen(),
    variantQualifiers,
    variantPerson,
    viaLabels,
    joinedPairs: HashedPostings.build((v) => adjacentJoins(vocabulary.tokens, frozenStarts, frozenTokens, v), frozenVariantName.length),
    nameCount: nameEntry.length,
    variantCount: frozenVariantName.length,
    rarityScale: options.rarityFrom?.rarityScale ?? nameEntry.length,
    rarityFrom: options.rarityFrom,
  };
}

/** The keys a token is found by when spelled differently: none for a romanisation key, which only matches exactly. */
function spellingKeys(token: string, keysOf: (token: string) => string[]): string[] {
  return isRomanizationKey(token) ? [] : keysOf(token);
}

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

function adjacentJoins(tokens: readonly string[], starts: Int32Array, ids: Int32Array, variant: number): string[] {
  const joins: string[] = [];
  for (let t = starts[variant]!; t + 1 < starts[variant + 1]!; t++) joins.push(tokens[ids[t]!]! + tokens[ids[t + 1]!]!);
  return joins;
}

/** The analysed variants of one name, each token sequence once. */
function distinctVariants(value: string, kind: ListEntry['kind']): { tokens: string[]; via: string }[] {
  const seen = new Set<string>();
  const out: { tokens: string[]; via: string }[] = [];
  const add = (tokens: string[], via: string) => {
    const key = orderFreeKey(tokens);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ tokens, via });
  };
  for (const [text, alternative] of [[value, false], ...slashAlternatives(value).map((part) => [part, true] as const)] as const) {
    for (const variant of analyzeName(text, kind).variants) {
      const tokens = variant.tokens.filter((t) => t.length > 0).slice(0, MAX_TOKENS_PER_VARIANT);
      if (tokens.length === 0) continue;
      add(tokens, alternative ? `${variant.via}, slash part` : variant.via);
      const initialism = joinedInitials(tokens);
      if (initialism) add(initialism, 'initialism');
    }
  }
  return out;
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
  vocabulary: VocabularyBuilder,
  postings: DensePostings,
  variantName: Int32Array,
  nameCount: number,
): Float32Array {
  const lastSeen = new Int32Array(nameCount).fill(-1);
  const canonicalFrequency = new Map<string, number>();
  const byCanonical = new Map<string, number[]>();
  for (let id = 0; id < vocabulary.tokens.length; id++) {
    const key = vocabulary.canonical[id]!;
    const group = byCanonical.get(key);
    if (group) group.push(id);
    else byCanonical.set(key, [id]);
  }
  let stamp = 0;
  for (const [key, group] of byCanonical) {
    stamp++;
    let frequency = 0;
    for (const id of group) {
      for (let p = postings.starts[id]!; p < postings.starts[id + 1]!; p++) {
        const name = variantName[postings.ids[p]!]!;
        if (lastSeen[name] !== stamp) {
          lastSeen[name] = stamp;
          frequency++;
        }
      }
    }
    canonicalFrequency.set(key, frequency);
  }
  const weight = new Float32Array(vocabulary.tokens.length);
  for (let id = 0; id < vocabulary.tokens.length; id++) {
    const frequency = canonicalFrequency.get(vocabulary.canonical[id]!) ?? 1;
    weight[id] = informativeWeight(frequency, nameCount, tokenPrior(vocabulary.tokens[id]!));
  }
  return weight;
}

function borrowedWeights(vocabulary: VocabularyBuilder, background: CandidateIndex): Float32Array {
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

export function groupBy(keys: readonly string[]): Map<string, Int32Array> {
  const builder = new PostingsBuilder();
  for (let id = 0; id < keys.length; id++) {
    const key = keys[id]!;
    if (key) builder.add(key, id);
  }
  return builder.freeze();
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
