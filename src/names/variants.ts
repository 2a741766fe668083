import type { NameVariant } from './types.js';
import type { Rendering } from './rendering.js';
import { DistinctSequences } from './distinct-sequences.js';

/** Most variants a name gets: enough for every scheme of one script plus reorderings, few enough to index. */
export const MAX_VARIANTS = 16;

/**
 * Combines per-segment renderings into whole-name variants. Each scheme ('pinyin', 'mr', 'icao')
 * gives one variant in which the segments that know that scheme use it and the others their first
 * rendering; mixing schemes inside one name ('pinyin' surname, 'wade-giles' given name) is not tried.
 */
export function combineRenderings(perSegment: readonly Rendering[][]): NameVariant[] {
  // One segment of one rendering (most names): that rendering, its tokens copied as below.
  if (perSegment.length === 1 && perSegment[0]!.length === 1) {
    const only = perSegment[0]![0]!;
    return [{ tokens: only.tokens.slice(), via: only.via }];
  }
  const out: NameVariant[] = [];
  let schemes: string[] = [];
  for (const renderings of perSegment) for (const r of renderings) if (!schemes.includes(r.via)) schemes.push(r.via);
  // Latin segments have one rendering that every variant carries: they name a variant only when alone.
  if (schemes.length > 1) schemes = schemes.filter((via) => via !== 'latin');
  // Within one scheme a segment may offer several renderings (split and joined given names): take each in turn.
  for (const via of schemes) {
    const depth = Math.max(...perSegment.map((rs) => rs.filter((r) => r.via === via).length));
    for (let k = 0; k < depth; k += 1) {
      // A loop rather than flatMap: flatMap costs a call and an array per segment, and every name comes here.
      const tokens: string[] = [];
      for (const rs of perSegment) {
        const own = rs.filter((r) => r.via === via);
        for (const token of (own[Math.min(k, own.length - 1)] ?? rs[0])?.tokens ?? []) tokens.push(token);
      }
      out.push({ tokens, via });
    }
  }
  return out;
}

/**
 * Drops empty and repeated variants (same tokens in the same order), keeping the first, and caps the
 * count (every name analysed comes here, a query's and a listed one's).
 */
export function dedupeVariants(variants: readonly NameVariant[], limit = MAX_VARIANTS): NameVariant[] {
  const out: NameVariant[] = [];
  const seen = new DistinctSequences(inOrder);
  for (const v of variants) {
    if (v.tokens.length === 0 || !seen.add(v.tokens)) continue;
    out.push(v);
    if (out.length >= limit) break;
  }
  return out;
}

function inOrder(tokens: readonly string[]): string {
  return tokens.join(' ');
}
