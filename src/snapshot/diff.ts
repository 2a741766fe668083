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
  const old = new Map<string, ListEntry>();
  for (const e of before) old.set(entryKey(e), e);
  const added: ListEntry[] = [];
  const changed: ChangedEntry[] = [];
  let unchanged = 0;
  const seen = new Set<string>();
  for (const e of after) {
    const key = entryKey(e);
    seen.add(key);
    const prev = old.get(key);
    if (!prev) added.push(e);
    else if (entryHash(prev) === entryHash(e)) unchanged++;
    else changed.push({ key, before: prev, after: e, fields: changedFields(prev, e) });
  }
  const removed = before.filter((e) => !seen.has(entryKey(e)));
  return { added, removed, changed, unchanged };
}
