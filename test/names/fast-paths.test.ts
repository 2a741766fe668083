/**
 * The hot paths have fast forms for the common case (ASCII text, short tokens): each must agree with
 * the plain definition on any input, which these properties check against small reference versions.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { hasJoinedCapitalised } from '../../src/names/analyze.js';
import { textScript } from '../../src/names/char-script.js';
import { editDistance } from '../../src/names/fuzzy.js';
import { detectScript } from '../../src/names/script.js';
import { normalizeText } from '../../src/names/normalize.js';
import { dedupeVariants } from '../../src/names/variants.js';
import { segmentsOf } from '../../src/names/segments.js';
import type { NameVariant } from '../../src/names/types.js';
import { jaroWinkler } from '../../src/screening/token-similarity.js';

/** Optimal string alignment distance by the textbook table. */
function referenceDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** Jaro-Winkler by its definition, flags in plain arrays. */
function referenceJaroWinkler(a: string, b: string): number {
  if (a === b) return a.length === 0 ? 0 : 1;
  if (a.length === 0 || b.length === 0) return 0;
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1);
  const matchedA = new Array<boolean>(a.length).fill(false);
  const matchedB = new Array<boolean>(b.length).fill(false);
  let matches = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = Math.max(0, i - window); j <= Math.min(b.length - 1, i + window); j++) {
      if (!matchedB[j] && a[i] === b[j]) {
        matchedA[i] = matchedB[j] = true;
        matches++;
        break;
      }
    }
  }
  if (matches === 0) return 0;
  let transpositions = 0;
  let k = 0;
  for (let i = 0; i < a.length; i++) {
    if (!matchedA[i]) continue;
    while (!matchedB[k]) k++;
    if (a[i] !== b[k]) transpositions++;
    k++;
  }
  const jaro = (matches / a.length + matches / b.length + (matches - transpositions / 2) / matches) / 3;
  let prefix = 0;
  while (prefix < Math.min(4, a.length, b.length) && a[prefix] === b[prefix]) prefix++;
  return jaro + prefix * 0.1 * (1 - jaro);
}

// Few letters, so that matches, repeats and swaps are common; some beyond ASCII; lengths across 32.
const letters = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'é', 'ж');
const word = fc.array(letters, { maxLength: 40 }).map((chars) => chars.join(''));
const shortWord = fc.array(letters, { maxLength: 12 }).map((chars) => chars.join(''));
// ASCII only, across 32 letters too: the letter-mask paths of Jaro-Winkler take only such strings.
const asciiWord = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { maxLength: 36 }).map((chars) => chars.join(''));

describe('fast paths agree with the definitions', () => {
  it('edit distance', () => {
    fc.assert(fc.property(word, word, (a, b) => assert.equal(editDistance(a, b), referenceDistance(a, b), `${a} / ${b}`)), { numRuns: 2000 });
    fc.assert(fc.property(shortWord, shortWord, (a, b) => assert.equal(editDistance(a, b), referenceDistance(a, b), `${a} / ${b}`)), { numRuns: 2000 });
  });

  it('Jaro-Winkler', () => {
    fc.assert(
      fc.property(word, word, (a, b) => assert.ok(Math.abs(jaroWinkler(a, b) - referenceJaroWinkler(a, b)) < 1e-12, `${a} / ${b}`)),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(asciiWord, asciiWord, (a, b) => assert.equal(jaroWinkler(a, b), referenceJaroWinkler(a, b), `${a} / ${b}`)),
      { numRuns: 2000 },
    );
  });

  it('words run together with their capitals (FridrichBuchenberg), against the regular expression', () => {
    const pattern = /\p{Lu}\p{Ll}{3,}(?=\p{Lu}\p{Ll}{2,})/u;
    // Pieces that make the pattern often: capitals, runs of lowercase letters, breaks, non-ASCII letters.
    const text = fc.array(fc.constantFrom('A', 'Z', 'Abcd', 'Efg', 'a', 'bc', ' ', '-', '1', 'É', 'é'), { maxLength: 14 }).map((pieces) => pieces.join(''));
    fc.assert(fc.property(text, (t) => assert.equal(hasJoinedCapitalised(t), pattern.test(t), t)), { numRuns: 3000 });
  });

  it('the script of a text, against detectScript of the whole text', () => {
    const ascii = fc.string({ maxLength: 12, unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)) });
    const other = fc.constantFrom('', 'é', 'ж', '中', 'か', '한', 'ع', '٣');
    fc.assert(fc.property(ascii, other, (text, extra) => assert.equal(textScript(text + extra), detectScript(text + extra), JSON.stringify(text + extra))), { numRuns: 1000 });
  });

  it('normalisation of ASCII text, against the general path', () => {
    // A separate non-ASCII word sends the text down the general path and adds only itself ('é' → 'e').
    const ascii = fc.string({ maxLength: 40, unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)) });
    fc.assert(
      fc.property(ascii, fc.boolean(), (text, joinHyphens) => {
        const fast = normalizeText(text, { joinHyphens }).text;
        const general = normalizeText(`${text} é`, { joinHyphens }).text;
        assert.equal(general, fast === '' ? 'e' : `${fast} e`, JSON.stringify(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('repeated variants, against a set of their tokens joined', () => {
    // Tokens with spaces and empty ones too, so that different sequences can join alike ('a b' + 'c', 'a' + 'b c').
    const token = fc.constantFrom('', 'a', 'b', 'ab', 'a b', 'ba', 'c');
    const variant = fc.record({ tokens: fc.array(token, { maxLength: 4 }), via: fc.constantFrom('latin', 'split') });
    const reference = (variants: readonly NameVariant[], limit: number): NameVariant[] => {
      const seen = new Set<string>();
      const out: NameVariant[] = [];
      for (const v of variants) {
        const key = v.tokens.join(' ');
        if (v.tokens.length === 0 || seen.has(key)) continue;
        seen.add(key);
        out.push(v);
        if (out.length >= limit) break;
      }
      return out;
    };
    fc.assert(
      fc.property(fc.array(variant, { maxLength: 12 }), fc.integer({ min: 1, max: 16 }), (variants, limit) => {
        const fast = dedupeVariants(variants, limit);
        const slow = reference(variants, limit);
        assert.equal(fast.length, slow.length);
        fast.forEach((v, i) => assert.equal(v, slow[i]));
      }),
      { numRuns: 2000 },
    );
  });

  it('segments of a text, against its words split at spaces', () => {
    // Runs of spaces, spaces at the ends, digits-only words and words of other scripts.
    const text = fc.array(fc.constantFrom('a', 'bc', '12', ' ', ' ', 'ж', '中', 'ab1'), { maxLength: 12 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, (t) => {
        const words = segmentsOf(t).flatMap((segment) => segment.words);
        assert.equal(words.join(''), t.split(' ').join(''), JSON.stringify(t));
        assert.ok(words.every((w) => w.length > 0));
      }),
      { numRuns: 1000 },
    );
  });
});
