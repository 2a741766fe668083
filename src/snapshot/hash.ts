import { createHash } from 'node:crypto';
import type { ListEntry } from '../model/list-entry.js';
import { canonicalJson } from './canonical-json.js';

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Content hash of one entry: what "changed" means in a diff. */
export function entryHash(entry: ListEntry): string {
  return sha256(canonicalJson(entry));
}

/**
 * Content hash of a source: entries sorted by list and id, so that a publisher reordering rows does not
 * count as a new version.
 */
export function entriesHash(entries: readonly ListEntry[]): string {
  const hashes = entries.map((e) => `${e.list.code}\u0000${e.id}\u0000${entryHash(e)}`).sort();
  const h = createHash('sha256');
  for (const line of hashes) h.update(line).update('\n');
  return h.digest('hex');
}
