import type { EntryKind } from '../model/list-entry.js';
import { analyzeName, canonicalToken, phoneticKey } from '../names/index.js';
import type { CandidateIndex } from '../screening/index.js';

/** Same bounds as the screener's query analysis: more variants add time, not recall. */
const MAX_VARIANTS = 8;
/** Sound keys this short join unrelated names by the hundred (the matcher ignores them too). */
const MIN_PHONETIC = 3;

/**
 * Lookup keys of one token: its canonical form and its sound. Two tokens the screener can match by
 * spelling, canonical name or sound share one of these; see the note on recall in delta-rescreen.ts.
 */
export function tokenKeys(token: string): string[] {
  const keys = [`c:${canonicalToken(token)}`];
  const sound = phoneticKey(token);
  if (sound.length >= MIN_PHONETIC) keys.push(`p:${sound}`);
  return keys;
}

/** Keys of a stored party's name, kept beside the party so that a list change can find it by key. */
export function partyNameKeys(name: string, kind?: EntryKind): string[] {
  const keys = new Set<string>();
  for (const variant of analyzeName(name, kind).variants.slice(0, MAX_VARIANTS)) {
    for (const token of variant.tokens) if (token.length > 0) for (const k of tokenKeys(token)) keys.add(k);
  }
  return [...keys];
}

/** Keys of every token of the changed entries' names. */
export function indexKeys(index: CandidateIndex): string[] {
  const keys = new Set<string>();
  for (const token of index.vocabulary.tokens) for (const k of tokenKeys(token)) keys.add(k);
  return [...keys];
}
