import type { EntryKind, EntryName, ListEntry, ListRef, NameType } from '../model/list-entry.js';
import { detectScript } from '../names/script.js';

/** A ListEntry with every collection empty, for parsers to fill. */
export function emptyEntry(id: string, list: ListRef, kind: EntryKind): ListEntry {
  return {
    id,
    list,
    kind,
    names: [],
    addresses: [],
    countries: [],
    birthDates: [],
    placesOfBirth: [],
    nationalities: [],
    citizenships: [],
    identifiers: [],
    programs: [],
    legal: {},
  };
}

/** Adds a name unless it is empty or already present with the same value. */
export function addName(entry: ListEntry, value: string | undefined | null, type: NameType): void {
  const clean = (value ?? '').replace(/\s+/g, ' ').trim();
  if (!clean) return;
  if (entry.names.some((n) => n.value === clean)) return;
  const name: EntryName = { value: clean, type, script: detectScript(clean) };
  entry.names.push(name);
}

/** Adds an ISO-2 code to a list once. */
export function addUnique(list: string[], value: string | undefined | null): void {
  if (value && !list.includes(value)) list.push(value);
}
