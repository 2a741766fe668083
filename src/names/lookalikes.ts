/**
 * Letters that look alike in print and handwriting, and that a misread scan, a hurried typist or
 * someone dodging a screen swaps for each other: Chima for China, Cock for Cook, Nichaela for
 * Michaela. One such swap is a smaller change to a name than any other letter would be.
 */
const LOOKALIKE_PAIRS: readonly (readonly [string, string])[] = [
  ['m', 'n'],
  ['c', 'o'],
  ['c', 'e'],
  ['i', 'l'],
  ['u', 'v'],
  ['g', 'q'],
];

const lookalikeCodes = new Set(LOOKALIKE_PAIRS.flatMap(([a, b]) => [pairCode(a.charCodeAt(0), b.charCodeAt(0)), pairCode(b.charCodeAt(0), a.charCodeAt(0))]));

function pairCode(a: number, b: number): number {
  return (a << 16) | b;
}

/** Whether `a` and `b` have one length and differ in exactly one letter, a look-alike of the other's. */
export function differByOneLookalike(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let found = false;
  for (let i = 0; i < a.length; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (found || !lookalikeCodes.has(pairCode(x, y))) return false;
    found = true;
  }
  return found;
}
