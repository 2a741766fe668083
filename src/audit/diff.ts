import { canonicalJson } from '../snapshot/canonical-json.js';

/** What changed between a recorded answer and the same question decided again. */
export interface Difference {
  path: string;
  recorded: unknown;
  now: unknown;
}

interface HitLike {
  list: string;
  entityId: string;
  score: number;
}

/** Hits compared by list entry: appeared, disappeared, or scored differently (beyond rounding). */
export function diffHits(recorded: readonly HitLike[], now: readonly HitLike[], path = 'hits'): Difference[] {
  const key = (h: HitLike) => `${h.list}:${h.entityId}`;
  const before = new Map(recorded.map((h) => [key(h), h]));
  const after = new Map(now.map((h) => [key(h), h]));
  const out: Difference[] = [];
  for (const [k, h] of before) {
    const n = after.get(k);
    if (!n) out.push({ path: `${path}[${k}]`, recorded: h, now: null });
    else if (Math.abs(n.score - h.score) > 0.0005) out.push({ path: `${path}[${k}].score`, recorded: h.score, now: n.score });
  }
  for (const [k, n] of after) if (!before.has(k)) out.push({ path: `${path}[${k}]`, recorded: null, now: n });
  return out;
}

/**
 * One difference when the values differ as data. Compared as canonical JSON: the recorded side was stored
 * with its keys sorted and the side decided now has them in the order it was built, which is no difference.
 */
export function diffValue(path: string, recorded: unknown, now: unknown): Difference[] {
  return canonicalJson(recorded) === canonicalJson(now) ? [] : [{ path, recorded, now }];
}
