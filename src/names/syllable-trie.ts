/**
 * A set of short syllables (pinyin, Wade-Giles) read by prefix: which of a word's stretches from a
 * given letter are syllables, found by one walk over its letters rather than one cut string and set
 * lookup per length tried. Words are cut into syllables this way for every token of most names.
 */

/** Syllables longer than this are not found (pinyin and Wade-Giles write six letters at most). */
export const MAX_SYLLABLE_LETTERS = 6;

const LETTERS = 26;
const A = 0x61;

export class SyllableTrie {
  /** Per node and letter a-z, the child node's number plus one; 0 for none. Node 0 is the root. */
  private readonly children: Int32Array;
  private readonly terminal: Uint8Array;

  constructor(syllables: Iterable<string>) {
    const children: number[] = [];
    const terminal: number[] = [0];
    for (let n = 0; n < LETTERS; n++) children.push(0);
    for (const syllable of syllables) {
      if (syllable.length === 0 || syllable.length > MAX_SYLLABLE_LETTERS) throw new Error(`no syllable: '${syllable}'`);
      let node = 0;
      for (let i = 0; i < syllable.length; i++) {
        const letter = syllable.charCodeAt(i) - A;
        if (letter < 0 || letter >= LETTERS) throw new Error(`syllables are written in a-z: '${syllable}'`);
        if (children[node * LETTERS + letter] === 0) {
          children[node * LETTERS + letter] = terminal.length + 1;
          terminal.push(0);
          for (let n = 0; n < LETTERS; n++) children.push(0);
        }
        node = children[node * LETTERS + letter]! - 1;
      }
      terminal[node] = 1;
    }
    this.children = Int32Array.from(children);
    this.terminal = Uint8Array.from(terminal);
  }

  /**
   * Which stretches of `word` from `at` are syllables: bit k set when word.slice(at, at + k + 1) is
   * one, for the first MAX_SYLLABLE_LETTERS letters at most.
   */
  syllablesFrom(word: string, at: number): number {
    const children = this.children;
    let node = 0;
    let found = 0;
    const end = Math.min(word.length, at + MAX_SYLLABLE_LETTERS);
    for (let i = at; i < end; i++) {
      const letter = word.charCodeAt(i) - A;
      if (letter < 0 || letter >= LETTERS) break;
      const child = children[node * LETTERS + letter]!;
      if (child === 0) break;
      node = child - 1;
      if (this.terminal[node] === 1) found |= 1 << (i - at);
    }
    return found;
  }
}
