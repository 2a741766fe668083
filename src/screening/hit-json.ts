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
  /** See outputScore. */
  score: number;
  explanation: Explanation;
}

/** What the output needs of a hit: a full ScreeningHit or one that crossed a thread boundary. */
export type HitForOutput = Pick<ScreeningHit, 'entityId' | 'list' | 'name' | 'matchedName' | 'score' | 'explanation'>;

/** A score as clearance writes it anywhere outside the process (output, alerts, audit): four decimals, enough to rank and compare, and stable across platforms. */
export function outputScore(score: number): number {
  return Number(score.toFixed(4));
}

export function outputHit(hit: HitForOutput): OutputHit {
  return { entityId: hit.entityId, list: hit.list, name: hit.name, matchedName: hit.matchedName, score: outputScore(hit.score), explanation: hit.explanation };
}

/** The JSON text of a query's hits in output shape; `[]` when there are none. */
export function hitsJson(hits: readonly HitForOutput[]): string {
  return hits.length === 0 ? '[]' : JSON.stringify(hits.map(outputHit));
}
