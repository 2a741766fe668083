import type { ListEntry } from '../model/list-entry.js';
import { canonicalJson } from './canonical-json.js';
import { entryHash } from './hash.js';

export interface ChangedEntry {
  key: string;
  before: ListEntry;
  after: ListEntry;
  /** Top-level ListEntry fields whose content differs. */
  fields: string[];
}

export interface ListDiff {
  added: ListEntry[];
  removed: ListEntry[];
  changed: ChangedEntry[];
  unchanged: number;
}

/** Entries are matched by list code and the source's own id. */
export function entryKey(entry: ListEntry): string {
  return `${entry.list.code}:${entry.id}`;
}

/**
 * Keys for a whole version. Some sources repeat an id (the CSL publishes one row per country for a few
 * parties under one `_id`); the n-th repeat is keyed `id#n` so that no row hides another.
 */
function keyed(entries: readonly ListEntry[]): [string, ListEntry][] {
  const seen = new Map<string, number>();
  return entries.map((e) => {
    const base = entryKey(e);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return [n === 1 ? base : `${base}#${n}`, e];
  });
}

function changedFields(before: ListEntry, after: ListEntry): string[] {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const fields: string[] = [];
  for (const key of [...keys].sort()) {
    const a = (before as unknown as Record<string, unknown>)[key];
    const b = (after as unknown as Record<string, unknown>)[key];
    if (canonicalJson(a ?? null) !== canonicalJson(b ?? null)) fields.push(key);
  }
  return fields;
}

/** Added, removed and changed entries between two versions of a list. */
export function diffEntries(before: readonly ListEntry[], after: readonly ListEntry[]): ListDiff {
  const beforeKeyed = keyed(before);
  const old = new Map<string, ListEntry>(beforeKeyed);
  const added: ListEntry[] = [];
  const changed: ChangedEntry[] = [];
  let unchanged = 0;
  const seen = new Set<string>();
  for (const [key, e] of keyed(after)) {
    seen.add(key);
    const prev = old.get(key);
    if (!prev) added.push(e);
    else if (entryHash(prev) === entryHash(e)) unchanged++;
    else changed.push({ key, before: prev, after: e, fields: changedFields(prev, e) });
  }
  const removed = beforeKeyed.filter(([key]) => !seen.has(key)).map(([, e]) => e);
  return { added, removed, changed, unchanged };
}
