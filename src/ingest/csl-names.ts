import type { NameType } from '../model/list-entry.js';
import { splitList } from './csl-fields.js';

/**
 * Names in the CSL `name` and `alt_names` fields. OFAC rows are clean; the BIS, State and DDTC rows
 * write aliases into the name itself in half a dozen ways, and a screening engine that indexes
 * "JIE LUO -AKA- IVY LUO" as one name finds neither person. This file takes those apart:
 *
 *   "Kreig; a.k.a. Cow Craig; a.k.a. Hall Jermaine"      -> Kreig + akas
 *   "JIE LUO -AKA- IVY LUO", "X, AKAS, A, B, C"          -> primary + akas
 *   "Cory (a.k.a Jason Cory Wilson) Wilson"              -> "Cory Wilson" + aka "Jason Cory Wilson"
 *   "LTS Holding Limited (f.k.a. IPP ...)"              -> primary + fka
 *   "X ALSO KNOWN AS Y", "X D/B/A Y"                     -> primary + aka
 *   "PMC Wagner; and any successor, sub-unit, ..."       -> primary + a qualifier (kept as a remark)
 *   "CNOOC Limited (a subsidiary of China National ...)" -> primary as written + aka "CNOOC Limited"
 *
 * A company literally called "AKA INTEGRAL SERVICES" keeps its name: an undotted "aka" is only a
 * marker between hyphens or commas, inside brackets, or as "AKAS".
 */

export interface ParsedName {
  value: string;
  type: NameType;
}

function typeOfMarker(marker: string): NameType {
  const l = marker.trim().charAt(0).toLowerCase();
  return l === 'f' ? 'fka' : l === 'n' ? 'nka' : 'aka';
}

/** "(a.k.a. Y)", "(AKA: Y)", "[aka Y, aka Z]", "(aka VKS)": an alias group inside a name. */
const BRACKETED_ALIAS = /\s*[([]\s*([afn]\.?k\.?a)\b\.?[:,]?\s*([^()[\]]*)[)\]]/gi;
const INNER_AKA = /,?\s*\b[afn]\.?k\.?a\b\.?[:,]?\s+/i;

/**
 * Markers between a name and the alias that follows it. Groups: 1 dotted marker, 2 hyphenated,
 * 3 comma-delimited, 4 words.
 */
const INLINE_ALIAS =
  /(?:,\s*)?\b([afn]\.k\.a)\.?[,:]?\s+|\s*-\s*(akas?)\s*-\s*|,\s*(akas?)\s*,\s*|,?\s+(also known as|d\/b\/a)\s+/i;

/** State and DDTC wording that extends a listing to successors: a qualifier, not a name. */
const SUCCESSOR_SEGMENT = /^and any successor\b/i;
const SUCCESSOR_TAIL = /,?\s+and (?:its|any) (?:sub-units?|successors?)\b.*$/i;

/** Drops a bracket left over when an alias was split off, and trailing commas. */
function tidy(text: string): string {
  let t = text.replace(/\s+/g, ' ').trim().replace(/\s*[([]$/, '');
  const open = (t.match(/[([]/g) ?? []).length;
  const close = (t.match(/[)\]]/g) ?? []).length;
  if (close > open && /[)\]]$/.test(t)) t = t.slice(0, -1).trim();
  if (open > close && /^[([]/.test(t)) t = t.slice(1).trim();
  return t.replace(/^[,;]\s*|[,;]$/g, '').trim();
}

function push(out: ParsedName[], value: string, type: NameType): void {
  const clean = tidy(value);
  if (clean) out.push({ value: clean, type });
}

function splitSegment(segment: string, type: NameType, out: ParsedName[], qualifiers: string[]): void {
  let host = segment;
  const tail = SUCCESSOR_TAIL.exec(host);
  if (tail && tail.index > 0) {
    qualifiers.push(tidy(tail[0]));
    host = host.slice(0, tail.index);
  }
  const bracketed: ParsedName[] = [];
  host = host.replace(BRACKETED_ALIAS, (_all, marker: string, inside: string) => {
    for (const alias of inside.split(INNER_AKA)) push(bracketed, alias, typeOfMarker(marker));
    return ' ';
  });
  let rest = host;
  let currentType = type;
  let plural = false;
  for (let guard = 0; guard < 50; guard++) {
    const m = INLINE_ALIAS.exec(rest);
    if (!m) break;
    if (m.index === 0 && m[0].length === 0) break;
    pushPart(out, rest.slice(0, m.index), currentType, plural);
    const marker = m[1] ?? m[2] ?? m[3] ?? 'aka';
    currentType = m[4] ? 'aka' : typeOfMarker(marker);
    plural = /s$/i.test(marker);
    rest = rest.slice(m.index + m[0].length);
  }
  pushPart(out, rest, currentType, plural);
  out.push(...bracketed);
}

/** After "AKAS" the aliases are a comma-separated list. */
function pushPart(out: ParsedName[], text: string, type: NameType, plural: boolean): void {
  if (!plural) {
    push(out, text, type);
    return;
  }
  for (const piece of text.split(',')) push(out, piece, type);
}

/**
 * A closing parenthesis that says how the entity relates to another ("(a subsidiary of China National
 * Offshore Oil Corporation)", "(a subordinate institute of CETC-7)", "(Parent Organization: ...)"): it
 * describes the entity, it is not part of its name, and a screener that reads it as name words never
 * finds the name the entity trades under. The listed name stays as written; the bare name is added.
 */
const RELATION =
  /\s*\((?:(?:a|an|the)\s+)?(?:(?:wholly[- ]owned|majority[- ]owned)\s+)?(?:subsidiary|subordinate(?:\s+(?:institute|institution|entity|unit|organization))?|affiliate|division|branch|department|unit)\s+(?:of|to)\s+[^()]*(?:\([^()]*\)[^()]*)*\)$|\s*\(parent (?:organization|company):[^()]*(?:\([^()]*\)[^()]*)*\)$/i;

function withBareNames(names: ParsedName[]): ParsedName[] {
  const out = [...names];
  for (const n of names) {
    const bare = n.value.replace(RELATION, '').trim();
    if (bare !== n.value && bare.length > 1 && !out.some((o) => o.value === bare)) out.push({ value: bare, type: n.type === 'primary' ? 'aka' : n.type });
  }
  return out;
}

/** Marker opening an `alt_names` item or a `;`-segment of a name ("a.k.a. Cow Craig", "F.K.A. Office of ..."). */
const LEADING_MARKER = /^([afn])\.k\.a\b\.?[\s,:]+/i;

/**
 * Names in one CSL name field. The first name found gets `firstType` ('primary' for the `name`
 * column); later ones are aliases of the type their marker says. Returns the names and the legal
 * qualifiers found among them.
 */
export function parseNames(text: string | undefined | null, firstType: NameType): { names: ParsedName[]; qualifiers: string[] } {
  const names: ParsedName[] = [];
  const qualifiers: string[] = [];
  for (const raw of splitList(text)) {
    if (SUCCESSOR_SEGMENT.test(raw)) {
      qualifiers.push(raw);
      continue;
    }
    // BIS and State join extra names with a lowercase "and " ("...; and CETC Research Institute 13").
    let segment = raw.startsWith('and ') ? raw.slice(4).trim() : raw;
    let type: NameType = names.length === 0 ? firstType : 'aka';
    const marker = LEADING_MARKER.exec(segment);
    if (marker && marker[0].length < segment.length) {
      if (names.length > 0 || firstType !== 'primary') type = typeOfMarker(marker[1]!);
      segment = segment.slice(marker[0].length);
    }
    splitSegment(segment, type, names, qualifiers);
  }
  return { names: withBareNames(names), qualifiers };
}
