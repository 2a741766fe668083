import type { EntryKind, ListEntry } from '../model/list-entry.js';
import { scenarioListEntries } from '../scenarios/list-entries.js';
import type { Scenario } from '../scenarios/schema.js';
import { buildCandidateIndex } from '../screening/index.js';
import { screenerOver, type Screener } from '../screening/screen.js';
import type { ScreeningHit } from '../screening/types.js';
import { allParties } from '../store/parties.js';
import type { Runtime } from './runtime.js';

/**
 * `scenario run --parties`: which stored parties would get alerts if the scenario's entries were
 * listed. The parties are screened against the scenario's entries only (the entries already listed
 * gave their alerts when they were listed), with token rarity counted over the lists in force so a
 * name scores as it would in a real re-screen. Nothing is written: no alert, no audit record.
 */

export interface PartyHit {
  list: string;
  name: string;
  matched_name: string;
  score: number;
  license_requirement?: string;
  federal_register?: string[];
}

export interface PartyExposure {
  id: string;
  name: string;
  country?: string;
  hits: PartyHit[];
}

export interface ScenarioParties {
  lists_version: string;
  entries_added: number;
  parties_screened: number;
  parties: PartyExposure[];
  note: string;
}

/** A screener over the scenario's entries alone, scoring token rarity as the lists in force do. */
export function scenarioScreener(entries: readonly ListEntry[], background: readonly ListEntry[]): Screener {
  return screenerOver(buildCandidateIndex(entries, { rarityFrom: buildCandidateIndex(background) }));
}

/** A hit as the scenario answers report it. */
export function partyHitOf(h: ScreeningHit): PartyHit {
  return {
    list: h.list,
    name: h.name,
    matched_name: h.matchedName,
    score: h.score,
    ...(h.entry.legal.licenseRequirement ? { license_requirement: h.entry.legal.licenseRequirement } : {}),
    ...(h.entry.legal.federalRegister ? { federal_register: h.entry.legal.federalRegister } : {}),
  };
}

export async function scenarioParties(rt: Runtime, scenario: Scenario, options: { threshold?: number; list?: string[] } = {}): Promise<ScenarioParties> {
  const entries = scenarioListEntries(scenario);
  const lists = await rt.lists.resolve({ list: options.list });
  const result: ScenarioParties = {
    lists_version: lists.version,
    entries_added: entries.length,
    parties_screened: 0,
    parties: [],
    note: 'what-if only: no alert or audit record was written',
  };
  if (entries.length === 0 || !(await rt.store.partyCount())) return result;
  const screener = scenarioScreener(entries, lists.snapshot.entries);
  await rt.store.use('read', async (store) => {
    for await (const page of allParties(store.db)) {
      result.parties_screened += page.length;
      for (const p of page) {
        const hits = screener.screen({ name: p.name, type: p.type as EntryKind | undefined, country: p.country, dob: p.dob, identifiers: p.identifiers }, { threshold: options.threshold });
        if (hits.length === 0) continue;
        result.parties.push({
          id: p.id,
          name: p.name,
          ...(p.country ? { country: p.country } : {}),
          hits: hits.map(partyHitOf),
        });
      }
    }
  });
  return result;
}
