/**
 * Token sequences told apart by a key made from them: the tokens joined with spaces, in their order
 * or in another (a sorted copy). Such a key is as long as the sequence joined, whatever the order, and
 * most sequences differ from every earlier one in that length already: lengths are compared first and
 * a key is made only when two agree. The answer is the key's, to the byte.
 */
export class DistinctSequences {
  private readonly sequences: (readonly string[])[] = [];
  private readonly lengths: number[] = [];
  /** Each sequence's key, made when some later sequence first has its length. */
  private readonly keys: (string | undefined)[] = [];

  /** `keyOf` must join the tokens (in any order) with single spaces: its length is then joinedLength's. */
  constructor(private readonly keyOf: (tokens: readonly string[]) => string) {}

  /** Records `tokens` and returns true, unless a sequence with the same key was recorded before (false). */
  add(tokens: readonly string[]): boolean {
    const length = joinedLength(tokens);
    let key: string | undefined;
    for (let i = 0; i < this.lengths.length; i++) {
      if (this.lengths[i] !== length) continue;
      key ??= this.keyOf(tokens);
      const known = (this.keys[i] ??= this.keyOf(this.sequences[i]!));
      if (known === key) return false;
    }
    this.sequences.push(tokens);
    this.lengths.push(length);
    this.keys.push(key);
    return true;
  }
}

/** The length of `tokens.join(' ')`, without the string. */
export function joinedLength(tokens: readonly string[]): number {
  let length = tokens.length > 0 ? tokens.length - 1 : 0;
  for (let i = 0; i < tokens.length; i++) length += tokens[i]!.length;
  return length;
}
