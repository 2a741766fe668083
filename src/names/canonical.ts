import { ABBREVIATIONS } from './abbreviations.js';
import { koreanSyllableTable } from './korean-syllables.js';
import { lookup } from './lookup.js';
import { NAME_GROUPS } from './name-equivalents.js';
import { NICKNAMES } from './nicknames.js';
import { ORG_TERMS } from './org-terms.js';
import { PLACE_SPELLINGS } from './place-names.js';

let table: Map<string, string> | undefined;

// Built on first use: importing the module stays free for code that never canonicalises.
function canonicalTable(): Map<string, string> {
  if (table) return table;
  const map = new Map<string, string>();
  for (const [from, to] of Object.entries(ABBREVIATIONS)) map.set(from, to);
  for (const [from, to] of Object.entries(ORG_TERMS)) if (!map.has(from)) map.set(from, lookup(ABBREVIATIONS, to) ?? to);
  // Places' old and new official spellings (Kiev, Kyiv), before personal names' spellings.
  for (const [canonical, spellings] of Object.entries(PLACE_SPELLINGS)) {
    if (!map.has(canonical)) map.set(canonical, canonical);
    for (const spelling of spellings) if (!map.has(spelling)) map.set(spelling, canonical);
  }
  for (const canonical of Object.keys(NAME_GROUPS)) if (!map.has(canonical)) map.set(canonical, canonical);
  // A spelling listed under two names keeps the first: the table is ordered by how often each reading occurs.
  for (const [canonical, spellings] of Object.entries(NAME_GROUPS)) {
    for (const spelling of spellings) if (!map.has(spelling)) map.set(spelling, canonical);
  }
  // Familiar forms come after the transliterations, which keep a spelling they share (Ben → bin).
  for (const full of Object.keys(NICKNAMES)) if (!map.has(full)) map.set(full, full);
  for (const [full, forms] of Object.entries(NICKNAMES)) {
    const canonical = map.get(full) ?? full;
    for (const form of forms) if (!map.has(form)) map.set(form, canonical);
  }
  // Korean syllables in Revised Romanization go to their McCune-Reischauer form, itself canonicalised.
  for (const [rr, mr] of koreanSyllableTable()) if (!map.has(rr)) map.set(rr, map.get(mr) ?? mr);
  table = map;
  return map;
}

/**
 * Parts of names that alphabets and languages spell differently, as rewrites applied in turn:
 * Slavic patronymics and surnames (-ovich in English, -ovič in Czech, -owitsch in German, -owicz in
 * Polish, -ovics in Hungarian; -sky/-skiy/-skyi/-ski), Russian given-name endings (ICAO -ii, BGN -iy,
 * common -y: Arkadii/Arkadiy/Arkady; -iia/-iya/-ia), ICAO's initial 'iu'/'ia' for 'yu'/'ya'
 * (Iurii, Iakov), and Persian surname suffixes. Each rewrite leaves its own output unchanged, so
 * canonical forms are fixed points.
 */
const NAME_ENDINGS: ReadonlyArray<readonly [RegExp, string]> = [
  [/([oe])(?:vich|vic|vici|vics|vitj|vitx|vitch|vitsj|vitsch|vitz|vits|wicz|witsch|witsj|witch|wich|vych)$/u, '$1vich'],
  [/([oe])(?:vna|wna)$/u, '$1vna'],
  [/(s|ts|c)(?:kiy|kii|kyi|kyy|kij|ky|ki|kyj)$/u, '$1ky'],
  [/([oe])(?:ff|w)$/u, '$1v'],
  // Persian surname endings: -nejad/-nezhad/-nejhad ('of the lineage of'), -zadeh/-zada/-zade ('son of').
  [/ne(?:zh|jh|j)aa?d$/u, 'nejad'],
  [/zad(?:eh|a|e|ah)$/u, 'zadeh'],
  [/([^aeiou])(?:iy|ii)$/u, '$1y'],
  [/i*(?:iia|iya|ija)$/u, 'ia'],
  [/^iu(?=[^aeiou])/u, 'yu'],
  [/^ia(?=[^aeiou])/u, 'ya'],
];

/** Canonical spelling of one normalised token (an abbreviation's expansion, a name's usual spelling), or the token itself. */
export function canonicalToken(token: string): string {
  const key = token.toLowerCase();
  const known = canonicalTable().get(key);
  if (known !== undefined) return known;
  if (key.length < 6) return key;
  let canonical = rewrittenCache.get(key);
  if (canonical === undefined) {
    canonical = rewrittenCanonical(key);
    if (rewrittenCache.size >= REWRITTEN_CACHE_LIMIT) rewrittenCache.clear();
    rewrittenCache.set(key, canonical);
  }
  return canonical;
}

/**
 * canonicalToken of the tokens the table does not know, by token: each runs every rewrite's pattern,
 * and names share their words across queries (every query's tokens are canonicalised, several times).
 * Cleared, not evicted, when full: the next tokens refill it with what is current.
 */
const REWRITTEN_CACHE_LIMIT = 20_000;
const rewrittenCache = new Map<string, string>();

function rewrittenCanonical(key: string): string {
  let rewritten = key;
  for (const [pattern, replacement] of NAME_ENDINGS) rewritten = rewritten.replace(pattern, replacement);
  if (rewritten === key) return key;
  return canonicalTable().get(rewritten) ?? rewritten;
}
