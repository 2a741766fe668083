import type { CountryGroup, DestinationPredicate, Unparsed } from './pack.js';
import { COUNTRY_GROUPS } from './pack.js';

/**
 * Parser for the destination prose of CCL License Requirements rows ("China, Russia, or Venezuela",
 * "D:1, D:4, and D:5 ... excluding any destination also specified in Country Groups A:5 or A:6").
 *
 * It is deliberately strict: every word of the destination phrase must be accounted for, or the row
 * stays unparsed. A wrong parse would turn into a false "no license required"; an unparsed row only
 * turns into "indeterminate".
 */

export type ResolveCountry = (name: string) => string | undefined;

/** Sets of destinations that a row names only by pointing at a section; each is a regulation fact. */
export interface NamedSet {
  countries: string[];
  worldwide?: boolean;
  exceptCountries?: string[];
  basis: string;
}

export interface ParseContext {
  resolveCountry: ResolveCountry;
  /** § 746.1(b)(2) UN arms-embargo destinations. */
  unArmsEmbargo: NamedSet;
  /** § 746.8(a)(1): any ECCN to Russia or Belarus. */
  russiaBelarus: NamedSet;
  /** § 742.15(a): encryption items to all destinations except Canada. */
  encryption: NamedSet;
}

const GROUP_SET = new Set<string>(COUNTRY_GROUPS);

export function isUnparsed(d: DestinationPredicate | Unparsed | undefined): d is Unparsed {
  return d !== undefined && 'unparsed' in d;
}

function fromNamedSet(set: NamedSet): DestinationPredicate {
  return {
    worldwide: set.worldwide ?? false,
    countries: [...set.countries],
    groups: [],
    exceptCountries: [...(set.exceptCountries ?? [])],
    exceptGroups: [],
    basis: set.basis,
  };
}

/** Rows that only point at a section whose destinations are a known set. */
function byReference(text: string, ctx: ParseContext): DestinationPredicate | undefined {
  if (/^see §+ ?(746\.1(\(b\))?|764\.1\(b\))( of the ear)? for un controls\.?$/i.test(text)) {
    // "§ 764.1(b)" appears once in the CCL where § 746.1(b) is meant; the sentence is otherwise identical.
    return fromNamedSet(ctx.unArmsEmbargo);
  }
  if (/^see § 746\.8 for specific license requirements and license review policy\.?$/i.test(text)) {
    return fromNamedSet(ctx.russiaBelarus);
  }
  if (/^refer to § 742\.15 of the ear\./i.test(text) || /^refer to § 742\.15 of the ear\.?$/i.test(text)) {
    return fromNamedSet(ctx.encryption);
  }
  return undefined;
}

/** "A license is required for items controlled by this entry ... to Iraq or Pakistan ... for X reasons." */
const LICENSE_REQUIRED_TO =
  /^a license is required for (?:export or reexport of these items|items controlled by (?:this entry|paragraph \.[a-z] of this entry)(?:, other than [^,]+,)?) (?:for export or reexport )?to ([a-z ,]+?)(?: (?:or|and) transfer within [a-z ,]+?)? for (?:anti-terrorism|regional stability) reasons\b/i;

const FILLER: RegExp[] = [
  /\bto or within\b/g,
  /\bdestinations? specified in\b/g,
  /\bany destination also specified in\b/g,
  /\bof supplement no\. ?1 to part 740 of the ear\b/g,
  /\bcountry groups?\b/g,
  /\bregardless of end use\b/g,
  /\bas specified in § [\d.]+(?: of the ear)?/g,
  /\bfor items controlled by this entry\b/g,
  /\ba license is required\b/g,
  /\bfor\b/g,
  /\ba\b(?!:)/g,
];

/** Splits the phrase into include and exclude parts at the first exclusion marker. */
function splitExclusion(core: string): [string, string] {
  const m = /\b(excluding|except(?: for)?)\b/.exec(core);
  if (!m) return [core, ''];
  return [core.slice(0, m.index), core.slice(m.index + m[0].length)];
}

interface Terms {
  countries: string[];
  groups: CountryGroup[];
  worldwide: boolean;
}

function readTerms(part: string, resolve: ResolveCountry): Terms | undefined {
  let s = ` ${part} `;
  let worldwide = false;
  for (const w of [/\bany destination worldwide\b/g, /\ball destinations\b/g, /\bworldwide control\b/g, /\bworldwide\b/g]) {
    if (w.test(s)) {
      worldwide = true;
      s = s.replace(w, ' ');
    }
  }
  for (const f of FILLER) s = s.replace(f, ' ');
  const countries: string[] = [];
  const groups: CountryGroup[] = [];
  for (const raw of s.split(/,|\bor\b|\band\b/)) {
    const piece = raw.trim().replace(/^the\s+/, '');
    if (!piece) continue;
    const group = piece.toUpperCase();
    if (GROUP_SET.has(group)) {
      groups.push(group as CountryGroup);
      continue;
    }
    const iso = resolve(piece);
    if (!iso) return undefined;
    countries.push(iso);
  }
  return { countries, groups, worldwide };
}

function stripParentheses(text: string): string {
  let prev = '';
  let s = text;
  while (s !== prev) {
    prev = s;
    s = s.replace(/\([^()]*\)/g, ' ');
  }
  return s;
}

function stripCitations(text: string): string {
  return stripParentheses(text.replace(/^[A-Z]{2} applies to [^.]*\.\s/, ' '))
    .replace(/\b(see|refer to)\b.*?(\.(\s|$)|$)/gi, ' ')
    .replace(/\bthe commerce country chart is not designed[^.]*\./gi, ' ')
    .replace(/\baccordingly,[^.]*\./gi, ' ')
    .replace(/\bnote[^:]*:.*$/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Parses destination prose into a predicate; anything it cannot fully account for stays unparsed. */
export function parseDestinations(text: string, ctx: ParseContext): DestinationPredicate | Unparsed {
  const unparsed: Unparsed = { unparsed: text };
  if (typeof text !== 'string') return { unparsed: String(text) };
  const trimmed = text.replace(/\s+/g, ' ').trim();
  if (!trimmed || trimmed.length > 2000) return unparsed;
  try {
    const ref = byReference(trimmed, ctx);
    if (ref) return ref;

    let core: string;
    const lr = LICENSE_REQUIRED_TO.exec(trimmed);
    if (lr?.[1]) core = lr[1].toLowerCase();
    else {
      const stripped = stripCitations(trimmed).replace(/\.$/, '').toLowerCase();
      // Only phrases that are about destinations; anything else (CWC States Parties, "N/A") is left alone.
      if (!/\b(to or within|worldwide|all destinations|destinations?|country groups?|to)\b/.test(stripped) && !/,| or /.test(stripped)) {
        const single = readTerms(stripped, ctx.resolveCountry);
        if (!single || (single.countries.length === 0 && !single.worldwide)) return unparsed;
      }
      core = stripped;
    }
    const [incl, excl] = splitExclusion(core);
    const include = readTerms(incl, ctx.resolveCountry);
    const exclude = excl ? readTerms(excl, ctx.resolveCountry) : { countries: [], groups: [], worldwide: false };
    if (!include || !exclude || exclude.worldwide) return unparsed;
    if (!include.worldwide && include.countries.length === 0 && include.groups.length === 0) return unparsed;
    return {
      worldwide: include.worldwide,
      countries: include.countries,
      groups: include.groups,
      exceptCountries: exclude.countries,
      exceptGroups: exclude.groups,
    };
  } catch {
    return unparsed;
  }
}

/** Whether a destination (its ISO-2 and the groups it belongs to) satisfies a predicate. */
export function matchesDestination(p: DestinationPredicate, iso2: string, groups: ReadonlySet<string>): boolean {
  const named = p.countries.includes(iso2);
  const included = p.worldwide || named || p.groups.some((g) => groups.has(g));
  if (!included) return false;
  if (p.exceptCountries.includes(iso2)) return false;
  if (!named && p.exceptGroups.some((g) => groups.has(g))) return false;
  return true;
}

/** Human-readable rendering, for reasons and reports. */
export function describeDestinations(p: DestinationPredicate): string {
  const inc = [p.worldwide ? 'worldwide' : '', ...p.countries, ...p.groups].filter(Boolean).join(', ');
  const exc = [...p.exceptCountries, ...p.exceptGroups].join(', ');
  return exc ? `${inc} except ${exc}` : inc;
}
