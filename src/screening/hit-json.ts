/**
 * A hit as `clearance screen` writes it: the shape DESIGN.md's command-line contract promises, kept in
 * one place so that the in-process screener and the batch workers write the very same bytes.
 */
import type { Explanation, ScreeningHit } from './types.js';

export interface OutputHit {
  entityId: string;
  list: string;
  name: string;
  matchedName: string;
  /** Four decimals: enough to rank and compare, and stable across platforms. */
  score: number;
  explanation: Explanation;
}

/** What the output needs of a hit: a full ScreeningHit or one that crossed a thread boundary. */
export type HitForOutput = Pick<ScreeningHit, 'entityId' | 'list' | 'name' | 'matchedName' | 'score' | 'explanation'>;

export function outputHit(hit: HitForOutput): OutputHit {
  return { entityId: hit.entityId, list: hit.list, name: hit.name, matchedName: hit.matchedName, score: Number(hit.score.toFixed(4)), explanation: hit.explanation };
}

/** The JSON text of a query's hits in output shape; `[]` when there are none. */
export function hitsJson(hits: readonly HitForOutput[]): string {
  return hits.length === 0 ? '[]' : JSON.stringify(hits.map(outputHit));
}
