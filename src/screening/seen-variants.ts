/**
 * The token sequences a query's variants already have, told apart by orderFreeKey. A key is a new
 * string (a sorted copy joined) for every variant of every fresh query, and most candidates differ
 * from every earlier one in length already: the key's length (the tokens' lengths and the spaces
 * between them, whatever their order) is compared first, and keys are made only when two lengths
 * agree. The answer is orderFreeKey's, to the byte.
 */
import { joinedLength } from '../names/index.js';
import { orderFreeKey } from './index.js';

export class SeenVariants {
  private readonly tokens: (readonly string[])[] = [];
  private readonly lengths: number[] = [];
  /** Each sequence's orderFreeKey, made when some later sequence first has its length. */
  private readonly keys: (string | undefined)[] = [];

  /** Records `tokens` and returns true, unless a sequence with the same orderFreeKey was recorded before (false). */
  add(tokens: readonly string[]): boolean {
    const length = joinedLength(tokens);
    let key: string | undefined;
    for (let i = 0; i < this.lengths.length; i++) {
      if (this.lengths[i] !== length) continue;
      key ??= orderFreeKey(tokens);
      const known = (this.keys[i] ??= orderFreeKey(this.tokens[i]!));
      if (known === key) return false;
    }
    this.tokens.push(tokens);
    this.lengths.push(length);
    this.keys.push(key);
    return true;
  }
}
