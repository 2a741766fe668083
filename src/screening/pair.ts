/**
 * One name against one name, through the same index and scorer as list screening, so that a pair's
 * score is exactly the score the name would get as a listed entry. Rarity comes from a background
 * index when given: alone, a pair cannot tell a common name from a rare one.
 */
import type { EntryKind, ListEntry } from '../model/list-entry.js';
import { addName, emptyEntry } from '../ingest/entry.js';
import { buildCandidateIndex, type CandidateIndex } from './index.js';
import { screenerOver, type ScreenerOptions } from './screen.js';
import type { ScreeningHit } from './types.js';

export interface PairOptions extends ScreenerOptions {
  kind?: EntryKind;
  rarityFrom?: CandidateIndex;
}

function listedAs(name: string, kind: EntryKind): ListEntry {
  const entry = emptyEntry('pair', { code: 'PAIR', name: 'name pair' }, kind);
  addName(entry, name, 'primary');
  return entry;
}

/** The hit of `query` against `listed` at any score (undefined only when they share nothing at all). */
export function matchNamePair(query: string, listed: string, options: PairOptions = {}): ScreeningHit | undefined {
  const index = buildCandidateIndex([listedAs(listed, options.kind ?? 'unknown')], { rarityFrom: options.rarityFrom });
  return screenerOver(index, options).screen({ name: query }, { threshold: 0, limit: 1 })[0];
}

export function scoreNamePair(query: string, listed: string, options: PairOptions = {}): number {
  return matchNamePair(query, listed, options)?.score ?? 0;
}
