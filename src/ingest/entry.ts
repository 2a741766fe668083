import type { EntryKind, EntryName, ListEntry, ListRef, NameType, PartialDate } from '../model/list-entry.js';
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

/** Drops members left undefined, so that equal dates compare and serialize equal. */
export function compactDate(d: PartialDate): PartialDate {
  const out = { ...d };
  for (const k of Object.keys(out) as Array<keyof PartialDate>) if (out[k] === undefined) delete out[k];
  return out;
}

function sameDate(a: PartialDate, b: PartialDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.fromYear === b.fromYear && a.toYear === b.toYear;
}

/** Adds a birth date unless the entry has one with the same values (the wording may differ). */
export function addBirthDate(entry: ListEntry, date: PartialDate): void {
  if (!entry.birthDates.some((d) => sameDate(d, date))) entry.birthDates.push(date);
}

/** Place parts joined by commas, empty and repeated parts (in any case) left out. */
export function joinPlace(parts: readonly string[]): string {
  const out: string[] = [];
  for (const p of parts) if (p && !out.some((o) => o.toLowerCase() === p.toLowerCase())) out.push(p);
  return out.join(', ');
}
