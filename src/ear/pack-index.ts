import type { ChartRow, Column, RulesPack } from './pack.js';
import { COUNTRY_GROUPS } from './pack.js';
import { UKRAINE_COVERED_REGIONS } from './regulation-facts.js';
import { inForce, type DatedFact } from './dated-facts.js';
import type { FootnoteRule } from './footnote-rules.js';

/** What the engine needs to know about a destination on a date, resolved once per pack, destination and date. */
export interface DestinationInfo {
  /** The code given (ISO-2 or a Ukrainian region code). */
  code: string;
  /** The Country Chart row that governs it (Hong Kong → CN, Liechtenstein → CH). */
  rowCode: string;
  /** The chart's name for the governing row's country. */
  name: string;
  row?: ChartRow;
  marks: ReadonlySet<Column>;
  groups: ReadonlySet<string>;
  /** Footnotes of the governing row (and of the destination's own row, when it has one), as rules. */
  footnotes: FootnoteRule[];
  /** Covered region of Ukraine (§ 746.6), if the destination is one. */
  coveredRegion?: string;
  /** How the governing row was chosen, when it is not the destination's own. */
  inheritance?: { from: string; basis: string; citation?: string; since?: string };
  /** Country Group memberships that differ on this date from the pack's tables, with the facts that say so. */
  groupChanges: DatedFact[];
}

interface Index {
  groupsByCountry: Map<string, Set<string>>;
  destinations: Map<string, DestinationInfo>;
}

const cache = new WeakMap<RulesPack, Index>();

function indexOf(pack: RulesPack): Index {
  let idx = cache.get(pack);
  if (!idx) {
    const groupsByCountry = new Map<string, Set<string>>();
    for (const g of COUNTRY_GROUPS) {
      for (const c of pack.countryGroups[g]) {
        let s = groupsByCountry.get(c);
        if (!s) groupsByCountry.set(c, (s = new Set()));
        s.add(g);
      }
    }
    idx = { groupsByCountry, destinations: new Map() };
    cache.set(pack, idx);
  }
  return idx;
}

/** A country's groups on a date: the pack's tables, with group changes made after the date undone. */
export function groupsOn(pack: RulesPack, iso2: string, asOf: string): { groups: ReadonlySet<string>; changes: DatedFact[] } {
  const base = indexOf(pack).groupsByCountry.get(iso2) ?? new Set<string>();
  const changes = pack.datedFacts.filter((f) => f.kind === 'group_change' && f.country === iso2 && asOf < f.from && f.group);
  if (changes.length === 0) return { groups: base, changes };
  const groups = new Set(base);
  for (const f of changes) {
    if (f.change === 'added') groups.delete(f.group ?? '');
    else groups.add(f.group ?? '');
  }
  return { groups, changes };
}

export function groupsOf(pack: RulesPack, iso2: string, asOf: string): ReadonlySet<string> {
  return groupsOn(pack, iso2, asOf).groups;
}

function footnotesOf(pack: RulesPack, row: ChartRow | undefined): FootnoteRule[] {
  return (row?.footnotes ?? []).map((n) => pack.footnoteRules[String(n)]).filter((f): f is FootnoteRule => f !== undefined);
}

function resolve(pack: RulesPack, code: string, asOf: string): DestinationInfo {
  const region = UKRAINE_COVERED_REGIONS[code];
  let rowCode = region ? 'UA' : code;
  let inheritance: DestinationInfo['inheritance'];
  const country = pack.countries[rowCode];
  const ownRow = pack.chart.rows[rowCode];
  // A footnote "Refer to Switzerland for licensing requirements for Liechtenstein" sends the territory to that row.
  const territory = footnotesOf(pack, ownRow).find((f) => f.kind === 'territory' && f.territory === rowCode);
  if (territory?.kind === 'territory') {
    inheritance = { from: territory.target, basis: territory.text, citation: territory.citation };
    rowCode = territory.target;
  } else if (country?.followsRowOf && !ownRow) {
    inheritance = { from: country.followsRowOf, basis: country.followsBasis ?? '' };
    const fact = pack.datedFacts.find((f) => f.kind === 'territory' && f.subject === rowCode);
    if (fact) {
      inheritance.citation = fact.citation;
      inheritance.since = fact.from;
    }
    rowCode = country.followsRowOf;
  }
  const row = pack.chart.rows[rowCode];
  const { groups, changes } = groupsOn(pack, rowCode, asOf);
  const footnotes = [...footnotesOf(pack, row)];
  for (const f of footnotesOf(pack, ownRow)) if (!footnotes.includes(f) && f.kind !== 'territory') footnotes.push(f);
  const info: DestinationInfo = {
    code,
    rowCode,
    name: pack.countries[rowCode]?.name ?? rowCode,
    marks: new Set(row?.marks ?? []),
    groups,
    footnotes,
    groupChanges: changes,
  };
  if (row) info.row = row;
  if (region) info.coveredRegion = region;
  if (inheritance) info.inheritance = inheritance;
  return info;
}

export function destinationInfo(pack: RulesPack, code: string, asOf: string): DestinationInfo {
  const idx = indexOf(pack);
  const key = `${code}|${asOf}`;
  let info = idx.destinations.get(key);
  if (!info) {
    info = resolve(pack, code, asOf);
    if (idx.destinations.size > 5000) idx.destinations.clear();
    idx.destinations.set(key, info);
  }
  return info;
}

/** Whether an inheritance applies on a date (Hong Kong follows China only from 2020-12-23). */
export function inheritanceInForce(pack: RulesPack, info: DestinationInfo, asOf: string): boolean {
  if (!info.inheritance?.since) return true;
  const fact = pack.datedFacts.find((f) => f.kind === 'territory' && f.subject === info.code);
  return fact ? inForce(fact, asOf) : asOf >= info.inheritance.since;
}
