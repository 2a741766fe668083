import type { EntryKind } from '../model/list-entry.js';
import type { Scenario } from '../scenarios/schema.js';
import { allParties } from '../store/parties.js';
import type { Runtime } from './runtime.js';
import { partyHitOf, scenarioScreener, type PartyHit } from './scenario-hits.js';
import { alertsCleared, scenarioListChanges, type AlertCleared } from './scenario-removals.js';

export { partyHitOf, scenarioScreener, type PartyHit };

/**
 * `scenario run --parties`: which stored parties would get alerts if the scenario's entries were
 * listed. The parties are screened against the scenario's entries only (the entries already listed
 * gave their alerts when they were listed), with token rarity counted over the lists in force so a
 * name scores as it would in a real re-screen. The scenario's removals: which open alerts were raised
 * on a removed entry and would go away, and whether the party would still be hit by another entry.
 * Nothing is written: no alert, no audit record.
 */

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
  entries_removed: number;
  /** Open alerts on a removed entry (with the party's remaining hits, if any). */
  alerts_cleared: AlertCleared[];
  note: string;
}

export async function scenarioParties(rt: Runtime, scenario: Scenario, options: { threshold?: number; list?: string[] } = {}): Promise<ScenarioParties> {
  const { entries, lists, removed } = await scenarioListChanges(rt, scenario, options.list);
  const result: ScenarioParties = {
    lists_version: lists.version,
    entries_added: entries.length,
    parties_screened: 0,
    parties: [],
    entries_removed: removed.size,
    alerts_cleared: [],
    note: 'what-if only: no alert or audit record was written',
  };
  if (entries.length + removed.size === 0 || !(await rt.store.partyCount())) return result;
  if (removed.size > 0) result.alerts_cleared = await rt.store.use('read', (store) => alertsCleared(store, lists.screener(), removed, options.threshold));
  if (entries.length === 0) return result;
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
