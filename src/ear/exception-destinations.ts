import type { Column } from './pack.js';
import { earCountryIso2 } from './country-names.js';

/**
 * Destination conditions inside an ECCN's LVS or GBS field, which limit a value or an eligibility to
 * some destinations only: "$500 for 0A509.b, .c, and .d if the ultimate destination is Canada", "$3000
 * for 1B018.a for countries WITHOUT an “X” in RS Column 2", "$2,000 for all Country Group B
 * destinations, except those also listed under Country Group D:3". A value limited so is no value for
 * any other destination; a condition the reader cannot place leaves the exception unoffered.
 */

export interface ExceptionDestinations {
  /** The condition as written. */
  text: string;
  countries?: string[];
  groups?: string[];
  exceptGroups?: string[];
  /** Only destinations whose Country Chart row has no X in this column. */
  withoutMark?: Column;
  /** A condition the reader recognised as one but could not place. */
  unplaced?: true;
}

const GROUP = /Country Groups? ([A-E](?::\d)?)/g;

function groupsIn(text: string): string[] {
  return [...text.matchAll(GROUP)].map((m) => m[1]!);
}

/** One destination condition's reading, or undefined when the words are not one the reader knows. */
function read(condition: string): ExceptionDestinations | undefined {
  const text = condition.trim();
  const country = /^if the (?:ultimate )?destination is ([A-Z][A-Za-z .'-]+?)\.?$/.exec(text);
  if (country?.[1]) {
    const iso2 = earCountryIso2(country[1]);
    return iso2 ? { text, countries: [iso2] } : { text, unplaced: true };
  }
  const without = /^for countries WITHOUT an “?X”? in ([A-Z]{2}) Column (\d)/i.exec(text);
  if (without?.[1] && without[2]) return { text, withoutMark: `${without[1].toUpperCase()}${without[2]}` as Column };
  const groups = /^for all (Country Group [A-E](?::\d)?) destinations(?:,? except those also listed under (Country Groups? [A-E](?::\d)?(?:(?:,| or| and) [A-E](?::\d)?)*))?/i.exec(text);
  if (groups?.[1]) {
    const out: ExceptionDestinations = { text, groups: groupsIn(groups[1]) };
    if (groups[2]) out.exceptGroups = [...groups[2].matchAll(/([A-E]:\d)/g)].map((m) => m[1]!);
    return out;
  }
  if (/\bdestinations?\b|\bcountr(?:y|ies)\b/i.test(text)) return { text, unplaced: true };
  return undefined;
}

/** Where a destination condition starts inside a segment. */
const STARTS = /\s*,?\s*(?=\bif the (?:ultimate )?destination is\b|\bfor countries WITHOUT\b|\bfor all Country Group\b|\bfor destinations\b)/i;

/** Splits a segment into its value part and its destination condition, when it has one. */
export function splitDestinations(segment: string): { rest: string; destinations?: ExceptionDestinations } {
  const m = STARTS.exec(segment);
  if (!m) return { rest: segment };
  const condition = segment.slice(m.index + m[0].length).replace(/\s*\(see [^)]*\)\.?$/i, '').replace(/[;.]$/, '');
  const destinations = read(condition.replace(/ on the Country Chart.*$/i, ''));
  if (!destinations) return { rest: segment };
  return { rest: segment.slice(0, m.index).trim(), destinations };
}

/** Whether a destination meets the condition. */
export function destinationsAllow(d: ExceptionDestinations, dest: { rowCode: string; groups: ReadonlySet<string>; marks: ReadonlySet<Column> }): boolean {
  if (d.unplaced) return false;
  if (d.countries && !d.countries.includes(dest.rowCode)) return false;
  if (d.groups && !d.groups.some((g) => dest.groups.has(g))) return false;
  if (d.exceptGroups?.some((g) => dest.groups.has(g))) return false;
  if (d.withoutMark && dest.marks.has(d.withoutMark)) return false;
  return true;
}
