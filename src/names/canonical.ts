import { ABBREVIATIONS } from './abbreviations.js';
import { NAME_GROUPS } from './name-equivalents.js';

let table: Map<string, string> | undefined;

// Built on first use: importing the module stays free for code that never canonicalises.
function canonicalTable(): Map<string, string> {
  if (table) return table;
  const map = new Map<string, string>();
  for (const [from, to] of Object.entries(ABBREVIATIONS)) map.set(from, to);
  for (const canonical of Object.keys(NAME_GROUPS)) if (!map.has(canonical)) map.set(canonical, canonical);
  // A spelling listed under two names keeps the first: the table is ordered by how often each reading occurs.
  for (const [canonical, spellings] of Object.entries(NAME_GROUPS)) {
    for (const spelling of spellings) if (!map.has(spelling)) map.set(spelling, canonical);
  }
  table = map;
  return map;
}

/** Canonical spelling of one normalised token (an abbreviation's expansion, a name's usual spelling), or the token itself. */
export function canonicalToken(token: string): string {
  const key = token.toLowerCase();
  return canonicalTable().get(key) ?? key;
}
