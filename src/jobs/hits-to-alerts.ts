import type { ListEntry } from '../model/list-entry.js';
import { entryHash } from '../snapshot/hash.js';
import { outputScore } from '../screening/hit-json.js';
import type { ScreeningHit } from '../screening/types.js';
import type { AlertCandidate } from '../store/alerts.js';

/** Entry hashes are costly (canonical JSON of the entry), and one entry hits many parties: hash once. */
export function entryHasher(): (entry: ListEntry) => string {
  const cache = new WeakMap<ListEntry, string>();
  return (entry) => {
    let h = cache.get(entry);
    if (h === undefined) {
      h = entryHash(entry);
      cache.set(entry, h);
    }
    return h;
  };
}

export function hitsToCandidates(partyId: number, hits: readonly ScreeningHit[], listVersion: string, hash: (e: ListEntry) => string): AlertCandidate[] {
  return hits.map((h) => ({
    partyId,
    list: h.list,
    entryId: h.entityId,
    entryHash: hash(h.entry),
    entryName: h.name,
    matchedName: h.matchedName,
    listVersion,
    score: outputScore(h.score),
    explanation: h.explanation,
  }));
}

/** What the audit trail keeps of a screening result: enough to compare a replay, without the explanations. */
export function hitSummary(hits: readonly ScreeningHit[]): { list: string; entityId: string; name: string; matchedName: string; score: number }[] {
  return hits.map((h) => ({ list: h.list, entityId: h.entityId, name: h.name, matchedName: h.matchedName, score: outputScore(h.score) }));
}
