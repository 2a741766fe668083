import type { ChartRow, Column, RulesPack } from './pack.js';
import { COUNTRY_GROUPS } from './pack.js';
import { UKRAINE_COVERED_REGIONS } from './regulation-facts.js';
import { DATED_FACTS, inForce } from './dated-facts.js';

/** What the engine needs to know about a destination, resolved once per pack and destination. */
export interface DestinationInfo {
  /** The code given (ISO-2 or a Ukrainian region code). */
  code: string;
  /** The Country Chart row that governs it (Hong Kong → CN). */
  rowCode: string;
  row?: ChartRow;
  marks: ReadonlySet<Column>;
  groups: ReadonlySet<string>;
  /** Covered region of Ukraine (§ 746.6), if the destination is one. */
  coveredRegion?: string;
  /** How the governing row was chosen, when it is not the destination's own. */
  inheritance?: { from: string; basis: string; citation?: string; since?: string };
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

export function groupsOf(pack: RulesPack, iso2: string): ReadonlySet<string> {
  return indexOf(pack).groupsByCountry.get(iso2) ?? new Set();
}

const HK_FACT = DATED_FACTS.find((f) => f.id === 'hong-kong-follows-china-2020');

function resolve(pack: RulesPack, code: string): DestinationInfo {
  const region = UKRAINE_COVERED_REGIONS[code];
  let rowCode = region ? 'UA' : code;
  let inheritance: DestinationInfo['inheritance'];
  const country = pack.countries[rowCode];
  if (country?.followsRowOf && !pack.chart.rows[rowCode]) {
    inheritance = { from: country.followsRowOf, basis: country.followsBasis ?? '' };
    if (rowCode === 'HK' && HK_FACT) {
      inheritance.citation = HK_FACT.citation;
      inheritance.since = HK_FACT.from;
    }
    rowCode = country.followsRowOf;
  }
  const row = pack.chart.rows[rowCode];
  const info: DestinationInfo = {
    code,
    rowCode,
    marks: new Set(row?.marks ?? []),
    groups: groupsOf(pack, rowCode),
  };
  if (row) info.row = row;
  if (region) info.coveredRegion = region;
  if (inheritance) info.inheritance = inheritance;
  return info;
}

export function destinationInfo(pack: RulesPack, code: string): DestinationInfo {
  const idx = indexOf(pack);
  let info = idx.destinations.get(code);
  if (!info) {
    info = resolve(pack, code);
    idx.destinations.set(code, info);
  }
  return info;
}

/** Whether an inheritance applies on a date (Hong Kong follows China only from 2020-12-23). */
export function inheritanceInForce(info: DestinationInfo, asOf: string): boolean {
  if (!info.inheritance?.since) return true;
  const fact = DATED_FACTS.find((f) => f.kind === 'territory' && f.subject === info.code);
  return fact ? inForce(fact, asOf) : asOf >= info.inheritance.since;
}
