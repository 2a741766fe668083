/**
 * Inverted lists as typed arrays: while building, keys collect plain number arrays; once frozen, each
 * key holds one Int32Array so that a snapshot's hundreds of thousands of postings cost bytes, not objects.
 */
export class PostingsBuilder {
  private readonly lists = new Map<string, number[]>();

  add(key: string, id: number): void {
    const list = this.lists.get(key);
    if (list === undefined) this.lists.set(key, [id]);
    // Ids arrive in increasing order per build pass, so a repeat can only be the last one.
    else if (list[list.length - 1] !== id) list.push(id);
  }

  freeze(): Map<string, Int32Array> {
    const frozen = new Map<string, Int32Array>();
    for (const [key, list] of this.lists) frozen.set(key, Int32Array.from(list));
    this.lists.clear();
    return frozen;
  }
}

/** Postings keyed by a dense integer id (vocabulary token → variants), in compressed-row form. */
export class DensePostings {
  constructor(
    readonly starts: Int32Array,
    readonly ids: Int32Array,
  ) {}

  static fromPairs(keyCount: number, keys: Int32Array, values: Int32Array, pairCount: number): DensePostings {
    const starts = new Int32Array(keyCount + 1);
    for (let i = 0; i < pairCount; i++) starts[keys[i]! + 1]!++;
    for (let k = 0; k < keyCount; k++) starts[k + 1]! += starts[k]!;
    const cursor = starts.slice(0, keyCount);
    const ids = new Int32Array(pairCount);
    for (let i = 0; i < pairCount; i++) ids[cursor[keys[i]!]!++] = values[i]!;
    return new DensePostings(starts, ids);
  }

  length(key: number): number {
    return this.starts[key + 1]! - this.starts[key]!;
  }
}

/** FNV-1a over UTF-16 code units: cheap, and good enough to spread short keys over buckets. */
export function hashKey(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** hashKey of the first `length` characters of `key`, without slicing them off. */
export function hashKeyOfPrefix(key: string, length: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** hashKey of `key.slice(from)`, without slicing it off. */
export function hashKeyOfSuffix(key: string, from: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** hashKey of `prefix + more` from hashKey(prefix): FNV-1a runs left to right, so the hash of a join continues the first part's. */
export function hashKeyContinued(prefixHash: number, more: string): number {
  let h = prefixHash | 0;
  for (let i = 0; i < more.length; i++) {
    h ^= more.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A set of strings by their hashKey, one bit each (a Bloom filter with one hash): a clear bit means
 * the string is not in the set, a set bit that it may be. For lookups that mostly miss, it answers
 * without building the string or reading a map.
 */
export class HashFilter {
  private constructor(
    private readonly mask: number,
    private readonly bits: Uint32Array,
  ) {}

  /** At least 16 bits per key: at most about one absent string in sixteen finds its bit set. */
  static of(keys: readonly string[]): HashFilter {
    let size = 1 << 10;
    while (size < keys.length * 16) size *= 2;
    const bits = new Uint32Array(size >>> 5);
    const mask = size - 1;
    for (const key of keys) {
      const bit = hashKey(key) & mask;
      bits[bit >>> 5]! |= 1 << (bit & 31);
    }
    return new HashFilter(mask, bits);
  }

  /** Its typed-array form, to rebuild it elsewhere (another thread) without hashing the keys again. */
  parts(): { mask: number; bits: Uint32Array } {
    return { mask: this.mask, bits: this.bits };
  }

  static fromParts(parts: { mask: number; bits: Uint32Array }): HashFilter {
    return new HashFilter(parts.mask, parts.bits);
  }

  mayHold(hash: number): boolean {
    const bit = hash & this.mask;
    return (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}

/** hashKey of `key` with the character at `skip` left out, without building that string. */
export function hashKeyWithout(key: string, skip: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    if (i === skip) continue;
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * hashKeyWithout(key, skip) for skip = -1 (the whole key) and every position, written to
 * `out[skip + 1]`: FNV-1a runs left to right, so each deletion continues from the hash of the
 * letters before it instead of rehashing them. `prefix` holds at least key.length + 1 states.
 */
export function deletionHashes(key: string, prefix: Int32Array, out: Float64Array): void {
  let h = 0x811c9dc5 | 0;
  prefix[0] = h;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
    prefix[i + 1] = h;
  }
  out[0] = h >>> 0;
  for (let skip = 0; skip < key.length; skip++) {
    let g = prefix[skip]!;
    for (let i = skip + 1; i < key.length; i++) {
      g ^= key.charCodeAt(i);
      g = Math.imul(g, 0x01000193);
    }
    out[skip + 1] = g >>> 0;
  }
}

/**
 * Postings keyed by strings but stored by hash bucket, without the strings: for key sets too large
 * to keep as map entries (every one-letter deletion of every token). A bucket may hold ids of
 * colliding keys; callers verify each id anyway, so collisions cost a comparison, never a wrong match.
 */
export class HashedPostings {
  private constructor(
    private readonly mask: number,
    private readonly starts: Int32Array,
    readonly ids: Int32Array,
  ) {}

  static build(keysOf: (id: number) => readonly string[], idCount: number): HashedPostings {
    const hashes: number[] = [];
    const owners: number[] = [];
    for (let id = 0; id < idCount; id++) {
      for (const key of keysOf(id)) {
        hashes.push(hashKey(key));
        owners.push(id);
      }
    }
    let buckets = 1024;
    while (buckets < hashes.length * 2) buckets *= 2;
    const mask = buckets - 1;
    const starts = new Int32Array(buckets + 1);
    for (const h of hashes) starts[(h & mask) + 1]!++;
    for (let b = 0; b < buckets; b++) starts[b + 1]! += starts[b]!;
    const cursor = starts.slice(0, buckets);
    const ids = new Int32Array(hashes.length);
    for (let i = 0; i < hashes.length; i++) ids[cursor[hashes[i]! & mask]!++] = owners[i]!;
    return new HashedPostings(mask, starts, ids);
  }

  /** Its typed-array form, to rebuild it elsewhere (another thread) without hashing the keys again. */
  parts(): { mask: number; starts: Int32Array; ids: Int32Array } {
    return { mask: this.mask, starts: this.starts, ids: this.ids };
  }

  static fromParts(parts: { mask: number; starts: Int32Array; ids: Int32Array }): HashedPostings {
    return new HashedPostings(parts.mask, parts.starts, parts.ids);
  }

  /** [from, to) range of `ids` for the key's bucket. */
  range(key: string): [number, number] {
    return this.rangeOfHash(hashKey(key));
  }

  rangeOfHash(hash: number): [number, number] {
    const bucket = hash & this.mask;
    return [this.starts[bucket]!, this.starts[bucket + 1]!];
  }

  /** The key's bucket, for bucketStart/bucketEnd: the hot paths read a range without allocating a pair. */
  bucketOf(key: string): number {
    return hashKey(key) & this.mask;
  }

  bucketOfHash(hash: number): number {
    return hash & this.mask;
  }

  bucketStart(bucket: number): number {
    return this.starts[bucket]!;
  }

  bucketEnd(bucket: number): number {
    return this.starts[bucket + 1]!;
  }
}
