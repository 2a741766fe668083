import type { ListEntry } from '../model/list-entry.js';
import { canonicalJson } from '../snapshot/canonical-json.js';
import { addBirthDate, addName, addUnique } from './entry.js';

function addAllUnique<T>(target: T[], items: readonly T[]): void {
  const keys = new Set(target.map((t) => canonicalJson(t)));
  for (const item of items) {
    const key = canonicalJson(item);
    if (!keys.has(key)) {
      keys.add(key);
      target.push(item);
    }
  }
}

function joinLines(a: string | undefined, b: string | undefined): string | undefined {
  const lines: string[] = [];
  for (const text of [a, b]) for (const line of (text ?? '').split('\n')) if (line && !lines.includes(line)) lines.push(line);
  return lines.length ? lines.join('\n') : undefined;
}

function joinTitles(a: string | undefined, b: string | undefined): string | undefined {
  const parts: string[] = [];
  for (const text of [a, b]) for (const part of (text ?? '').split('; ')) if (part && !parts.includes(part)) parts.push(part);
  return parts.length ? parts.join('; ') : undefined;
}

/**
 * Folds a second record of the same listing into the first. Some sources publish one listing as
 * several records, one per regime (the EU file repeats a `sanctionEntity` with the same logicalId
 * under each programme); screening and diffs need it as one entry. Names keep the first record's
 * primary; the second's names become aliases. Facts are united, the earliest listing date kept.
 */
export function mergeInto(target: ListEntry, extra: ListEntry): void {
  for (const name of extra.names) addName(target, name.value, name.type === 'primary' ? 'aka' : name.type);
  addAllUnique(target.addresses, extra.addresses);
  for (const c of extra.countries) addUnique(target.countries, c);
  for (const d of extra.birthDates) addBirthDate(target, d);
  for (const p of extra.placesOfBirth) addUnique(target.placesOfBirth, p);
  for (const c of extra.nationalities) addUnique(target.nationalities, c);
  for (const c of extra.citizenships) addUnique(target.citizenships, c);
  addAllUnique(target.identifiers, extra.identifiers);
  for (const p of extra.programs) addUnique(target.programs, p);
  if (extra.legal.legalActs) {
    target.legal.legalActs ??= [];
    for (const act of extra.legal.legalActs) addUnique(target.legal.legalActs, act);
  }
  const from = extra.legal.effectiveDate;
  if (from && (!target.legal.effectiveDate || from < target.legal.effectiveDate)) target.legal.effectiveDate = from;
  const title = joinTitles(target.title, extra.title);
  if (title) target.title = title;
  const remarks = joinLines(target.remarks, extra.remarks);
  if (remarks) target.remarks = remarks;
  if (!target.sourceUrl && extra.sourceUrl) target.sourceUrl = extra.sourceUrl;
  if (extra.vessel) target.vessel = { ...extra.vessel, ...target.vessel };
  if (target.kind === 'unknown') target.kind = extra.kind;
}
