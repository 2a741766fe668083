/**
 * One listing, one hit. The same listing reaches a snapshot through more than one source (an SDN
 * entry from the CSL and from OFAC's own files): two entries with one list and one source id. Their
 * hits are merged into the best-scoring one, which names the others and what matched in them, so
 * that a duplicate never takes a second of the caller's hit slots.
 */
import type { ListEntry } from '../model/list-entry.js';

/**
 * A source id as a key across sources: trimmed, case-folded, and a number written with a list
 * prefix ('SDN-12345', 'sdn:12345') reduced to the number, as OFAC writes its ent_num bare and other
 * publishers prefix it. Content hashes and other ids are kept whole.
 */
export function listingId(id: string): string {
  // Most ids are lowercase letters and digits not opening with a zero (OFAC's and the UN's
  // numbers, the CSL's hashes): nothing to trim, fold, strip or cut, and every entry with a hit asks.
  if (isPlainId(id)) return id;
  const trimmed = id.trim().toLowerCase();
  const prefixed = /^[a-z]+[-_:.\s]+(\d+)$/u.exec(trimmed);
  return prefixed ? prefixed[1]!.replace(/^0+(?=\d)/u, '') : trimmed.replace(/^0+(?=\d)/u, '');
}

/** Lowercase ASCII letters and digits only, the first no zero: listingId's general path leaves such an id as it is. */
function isPlainId(id: string): boolean {
  if (id.length === 0 || id.charCodeAt(0) === 0x30) return false;
  for (let i = 0; i < id.length; i++) {
    const code = id.charCodeAt(i);
    if (!((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39))) return false;
  }
  return true;
}

/** The key two entries share when they are one listing: the list code and the source id. */
export function listingKey(entry: Pick<ListEntry, 'id' | 'list'>): string {
  return `${entry.list.code.toUpperCase()}\u0000${listingId(entry.id)}`;
}

export interface ListingGroup<T> {
  /** The best-scoring copy (the items arrive best first). */
  best: T;
  /** The other copies of the same listing, best first. */
  others: T[];
}

/**
 * Groups items (sorted best first) by listing, keeping the order of each listing's best copy; stops
 * once `limit` listings are found, as later ones would be cut anyway. `keyOf` gives an item's
 * listingKey: the screener keeps them per entry, as every query groups its hits.
 */
export function groupByListing<T>(items: readonly T[], keyOf: (item: T) => string, limit: number): ListingGroup<T>[] {
  // Most queries have no hit or one: nothing to group.
  if (items.length === 0 || limit <= 0) return [];
  if (items.length === 1) return [{ best: items[0]!, others: [] }];
  const groups: ListingGroup<T>[] = [];
  const byKey = new Map<string, ListingGroup<T>>();
  for (const item of items) {
    const key = keyOf(item);
    const known = byKey.get(key);
    if (known !== undefined) {
      known.others.push(item);
      continue;
    }
    if (groups.length >= limit) continue;
    const group = { best: item, others: [] };
    byKey.set(key, group);
    groups.push(group);
  }
  return groups;
}
