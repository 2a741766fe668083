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
    return HashFilter.ofHashes(Uint32Array.from(keys, hashKey));
  }

  /** The filter of the keys whose hashKeys these are. */
  static ofHashes(hashes: Uint32Array): HashFilter {
    let size = 1 << 10;
    while (size < hashes.length * 16) size *= 2;
    const bits = new Uint32Array(size >>> 5);
    const mask = size - 1;
    for (let i = 0; i < hashes.length; i++) {
      const bit = hashes[i]! & mask;
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
    const keys = new KeyHashes();
    for (let id = 0; id < idCount; id++) {
      for (const key of keysOf(id)) keys.add(hashKey(key), id);
    }
    return HashedPostings.fromHashes(keys);
  }

  /**
   * From keys already hashed, in increasing id order (as `build` hashes them): the index builds its
   * largest key sets (every trigram and one-letter deletion of every token) this way, hashing the
   * letters in place instead of making a string of each key first.
   */
  static fromHashes(keys: KeyHashes): HashedPostings {
    const { hashes, owners, length } = keys;
    let buckets = 1024;
    while (buckets < length * 2) buckets *= 2;
    const mask = buckets - 1;
    const starts = new Int32Array(buckets + 1);
    for (let i = 0; i < length; i++) starts[(hashes[i]! & mask) + 1]!++;
    for (let b = 0; b < buckets; b++) starts[b + 1]! += starts[b]!;
    const cursor = starts.slice(0, buckets);
    const ids = new Int32Array(length);
    for (let i = 0; i < length; i++) ids[cursor[hashes[i]! & mask]!++] = owners[i]!;
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

/** (key hash, owner id) pairs in two growable typed arrays: the input of HashedPostings.fromHashes. */
export class KeyHashes {
  hashes = new Uint32Array(1024);
  owners = new Int32Array(1024);
  length = 0;

  add(hash: number, owner: number): void {
    if (this.length === this.hashes.length) {
      const hashes = new Uint32Array(this.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
      const owners = new Int32Array(this.length * 2);
      owners.set(this.owners);
      this.owners = owners;
    }
    this.hashes[this.length] = hash;
    this.owners[this.length++] = owner;
  }
}

/**
 * Ids grouped by a string key (vocabulary token → the tokens sharing its canonical form or sound key),
 * in compressed-row form: one map from key to group number and two typed arrays, where a map of one
 * Int32Array per key cost about 250 bytes a key. Empty keys form no group.
 */
export class GroupedIds {
  private constructor(
    private readonly groups: ReadonlyMap<string, number>,
    /** Per group, where its ids start in `ids` (one more entry than there are groups). */
    readonly starts: Int32Array,
    /** Ids by group, increasing within each group. */
    readonly ids: Int32Array,
    /** Per id, its group (-1 for an empty key). */
    readonly groupOf: Int32Array,
  ) {}

  static of(keys: readonly string[]): GroupedIds {
    const groups = new Map<string, number>();
    const groupOf = new Int32Array(keys.length);
    const sizes: number[] = [];
    for (let id = 0; id < keys.length; id++) {
      const key = keys[id]!;
      if (!key) {
        groupOf[id] = -1;
        continue;
      }
      let group = groups.get(key);
      if (group === undefined) {
        group = sizes.length;
        groups.set(key, group);
        sizes.push(0);
      }
      groupOf[id] = group;
      sizes[group]!++;
    }
    const starts = new Int32Array(sizes.length + 1);
    for (let g = 0; g < sizes.length; g++) starts[g + 1] = starts[g]! + sizes[g]!;
    const cursor = starts.slice(0, sizes.length);
    const ids = new Int32Array(starts[sizes.length]!);
    for (let id = 0; id < keys.length; id++) {
      const group = groupOf[id]!;
      if (group >= 0) ids[cursor[group]!++] = id;
    }
    return new GroupedIds(groups, starts, ids, groupOf);
  }

  get groupCount(): number {
    return this.starts.length - 1;
  }

  /** As plain data (the keys in group order), for an index image: loading it regroups nothing. */
  parts(): { keys: string[]; starts: Int32Array; ids: Int32Array; groupOf: Int32Array } {
    return { keys: [...this.groups.keys()], starts: this.starts, ids: this.ids, groupOf: this.groupOf };
  }

  static fromParts(parts: { keys: readonly string[]; starts: Int32Array; ids: Int32Array; groupOf: Int32Array }): GroupedIds {
    const groups = new Map<string, number>();
    for (let g = 0; g < parts.keys.length; g++) groups.set(parts.keys[g]!, g);
    return new GroupedIds(groups, parts.starts, parts.ids, parts.groupOf);
  }

  /**
   * The group of `key`, -1 when no id has it: its ids are `ids` from `starts[group]` to
   * `starts[group + 1]`. For hot loops, which a view per call (see get) would slow down.
   */
  groupOfKey(key: string): number {
    return this.groups.get(key) ?? -1;
  }

  /** The ids under `key`, as a view (no copy); undefined when no id has it. */
  get(key: string): Int32Array | undefined {
    const group = this.groups.get(key);
    return group === undefined ? undefined : this.ids.subarray(this.starts[group]!, this.starts[group + 1]!);
  }
}
