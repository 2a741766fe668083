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
