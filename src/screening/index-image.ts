/**
 * A candidate index as plain data: typed arrays and string arrays, which cross to a worker thread
 * as a copy of bytes (or, placed in shared memory, not at all) instead of the per-name analysis that
 * building the index costs. Maps are left out and rebuilt from the arrays they index, in a few
 * milliseconds.
 */
import type { ListEntry } from '../model/list-entry.js';
import type { CandidateIndex } from './index.js';
import { DensePostings, GroupedIds, HashedPostings, HashFilter } from './postings.js';

type Parts<T extends { parts(): unknown }> = ReturnType<T['parts']>;

export interface IndexImage {
  vocabulary: {
    tokens: readonly string[];
    canonical: readonly string[];
    phonetic: readonly string[];
    weight: Float32Array;
    lastWeight: Float32Array;
    qualifier: Uint8Array;
    byTrigram: Parts<HashedPostings>;
    byDeletion: Parts<HashedPostings>;
    tokenFilter: Parts<HashFilter>;
    postingStarts: Int32Array;
    postingIds: Int32Array;
    /** byCanonical and byPhonetic as they are: regrouping every token on load cost a cold command a fifth of a second. */
    canonicalGroups: Parts<GroupedIds>;
    phoneticGroups: Parts<GroupedIds>;
  };
  nameEntry: Int32Array;
  namePosition: Int32Array;
  variantName: Int32Array;
  variantTokenStart: Int32Array;
  variantTokens: Int32Array;
  variantVia: Int32Array;
  variantQualifiers: Uint8Array;
  variantPerson: Uint8Array;
  viaLabels: readonly string[];
  joinedPairs: Parts<HashedPostings>;
  nameCount: number;
  variantCount: number;
  rarityScale: number;
  /** How many entries the index was built over: the entries themselves travel separately. */
  entryCount: number;
}

type AnyTypedArray = Int32Array | Uint32Array | Uint8Array | Float32Array;

/**
 * A copy of the array in shared memory: every thread that receives the image reads the same bytes,
 * so workers neither copy nor each keep their own.
 */
function inSharedMemory<T extends AnyTypedArray>(array: T): T {
  const Type = array.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Type(new SharedArrayBuffer(array.byteLength));
  copy.set(array as never);
  return copy;
}

/**
 * The index's data. `shared` (the default) copies its arrays into shared memory, for worker threads;
 * without it the image holds the index's own arrays, for writing to a file. An index that borrows
 * rarity from another has no image.
 */
export function indexImage(index: CandidateIndex, options: { shared?: boolean } = {}): IndexImage {
  if (index.rarityFrom) throw new Error('an index that borrows rarity from another index cannot be imaged');
  const shared = options.shared === false ? <T extends AnyTypedArray>(array: T) => array : inSharedMemory;
  const sharedHashed = (parts: Parts<HashedPostings>): Parts<HashedPostings> => ({ mask: parts.mask, starts: shared(parts.starts), ids: shared(parts.ids) });
  const sharedGroups = (parts: Parts<GroupedIds>): Parts<GroupedIds> => ({ keys: parts.keys, starts: shared(parts.starts), ids: shared(parts.ids), groupOf: shared(parts.groupOf) });
  const v = index.vocabulary;
  const filter = v.tokenFilter.parts();
  return {
    vocabulary: {
      tokens: v.tokens,
      canonical: v.canonical,
      phonetic: v.phonetic,
      weight: shared(v.weight),
      lastWeight: shared(v.lastWeight),
      qualifier: shared(v.qualifier),
      byTrigram: sharedHashed(v.byTrigram.parts()),
      byDeletion: sharedHashed(v.byDeletion.parts()),
      tokenFilter: { mask: filter.mask, bits: shared(filter.bits) },
      postingStarts: shared(v.postings.starts),
      postingIds: shared(v.postings.ids),
      canonicalGroups: sharedGroups(v.byCanonical.parts()),
      phoneticGroups: sharedGroups(v.byPhonetic.parts()),
    },
    nameEntry: shared(index.nameEntry),
    namePosition: shared(index.namePosition),
    variantName: shared(index.variantName),
    variantTokenStart: shared(index.variantTokenStart),
    variantTokens: shared(index.variantTokens),
    variantVia: shared(index.variantVia),
    variantQualifiers: shared(index.variantQualifiers),
    variantPerson: shared(index.variantPerson),
    viaLabels: index.viaLabels,
    joinedPairs: sharedHashed(index.joinedPairs.parts()),
    nameCount: index.nameCount,
    variantCount: index.variantCount,
    rarityScale: index.rarityScale,
    entryCount: index.entries.length,
  };
}

/** The index again, over the same entries it was built from (in the same order). */
export function indexFromImage(entries: readonly ListEntry[], image: IndexImage): CandidateIndex {
  if (entries.length !== image.entryCount) {
    throw new Error(`index image was built over ${image.entryCount} entries, not ${entries.length}`);
  }
  const v = image.vocabulary;
  return {
    entries,
    vocabulary: {
      tokens: v.tokens,
      ids: new Map(v.tokens.map((token, id) => [token, id])),
      canonical: v.canonical,
      phonetic: v.phonetic,
      weight: v.weight,
      lastWeight: v.lastWeight,
      qualifier: v.qualifier,
      byCanonical: GroupedIds.fromParts(v.canonicalGroups),
      byPhonetic: GroupedIds.fromParts(v.phoneticGroups),
      byTrigram: HashedPostings.fromParts(v.byTrigram),
      byDeletion: HashedPostings.fromParts(v.byDeletion),
      tokenFilter: HashFilter.fromParts(v.tokenFilter),
      postings: new DensePostings(v.postingStarts, v.postingIds),
    },
    nameEntry: image.nameEntry,
    namePosition: image.namePosition,
    variantName: image.variantName,
    variantTokenStart: image.variantTokenStart,
    variantTokens: image.variantTokens,
    variantVia: image.variantVia,
    variantQualifiers: image.variantQualifiers,
    variantPerson: image.variantPerson,
    viaLabels: image.viaLabels,
    joinedPairs: HashedPostings.fromParts(image.joinedPairs),
    nameCount: image.nameCount,
    variantCount: image.variantCount,
    rarityScale: image.rarityScale,
  };
}
