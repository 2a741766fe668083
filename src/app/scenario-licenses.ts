import { listLicenses } from '../licenses/register.js';
import { shipmentsOf } from '../licenses/shipment-history.js';
import { entryKey } from '../scenarios/list-removals.js';
import type { Scenario } from '../scenarios/schema.js';
import { today } from './clock.js';
import type { Runtime } from './runtime.js';
import { partyHitOf, scenarioScreener, type PartyHit } from './scenario-hits.js';
import { scenarioListChanges } from './scenario-removals.js';

/**
 * `scenario run --licenses`: the open licenses and the shipments drawn on them, re-read against the
 * scenario's added list entries. A license one of whose parties would be listed would be blocked (the
 * listing's own license requirement governs those parties, whatever the license says); a shipment
 * to such a party would need a license of its own. The scenario's removals: the licenses' parties the
 * lists in force hit on a removed entry, which would be unblocked unless another entry still hits them.
 * Nothing is written.
 */

export interface LicenseExposure {
  number: string;
  destination: string;
  expires: string;
  /** The license's parties that would be listed. */
  parties: { role: string; name: string; hits: PartyHit[] }[];
  /** Drawn shipments to a party that would be listed. */
  shipments: { id: number; party: string; eccn: string; value_usd: number; at: string; hits: PartyHit[] }[];
}

/** A license party hit today by an entry the scenario removes. */
export interface LicensePartyRelief {
  number: string;
  destination: string;
  role: string;
  name: string;
  /** The removed entries that hit the party. */
  removed: PartyHit[];
  /** Entries that stay listed and still hit the party: non-empty means it stays blocked. */
  still_hit_by: PartyHit[];
}

export interface ScenarioLicenses {
  lists_version: string;
  licenses_read: number;
  shipments_read: number;
  blocked: LicenseExposure[];
  /** License parties the removals would unblock (or leave blocked by another entry). */
  unblocked: LicensePartyRelief[];
  /** Kept for clients of the first version: always empty (chart cells are answered in the run's `chart` section). */
  not_applied: string[];
  note: string;
}

export async function scenarioLicenses(rt: Runtime, scenario: Scenario, options: { threshold?: number; list?: string[] } = {}): Promise<ScenarioLicenses> {
  const { entries, lists, removed } = await scenarioListChanges(rt, scenario, options.list);
  const result: ScenarioLicenses = {
    lists_version: lists.version,
    licenses_read: 0,
    shipments_read: 0,
    blocked: [],
    unblocked: [],
    // Country Chart cells are re-decided apart (the run's `chart` section).
    not_applied: [],
    note: 'what-if only: no license, shipment or audit record was changed',
  };
  if (entries.length + removed.size === 0 || (await rt.store.partyCount()) === undefined) return result;
  const screener = entries.length > 0 ? scenarioScreener(entries, lists.snapshot.entries) : undefined;
  const hitsOf = (name: string): PartyHit[] => (screener ? screener.screen({ name }, { threshold: options.threshold }).map(partyHitOf) : []);
  const relief = (license: { number: string; destination: string }, p: { role: string; name: string }): void => {
    if (removed.size === 0) return;
    const all = lists.screener().screen({ name: p.name }, { threshold: options.threshold }).map(partyHitOf);
    const gone = all.filter((h) => removed.has(entryKey(h.list, h.entry_id ?? '')));
    if (gone.length > 0) result.unblocked.push({ number: license.number, destination: license.destination, role: p.role, name: p.name, removed: gone, still_hit_by: all.filter((h) => !gone.includes(h)) });
  };
  const now = today(rt.clock);
  await rt.store.use('read', async (store) => {
    for (const license of await listLicenses(store.db)) {
      if (license.expires < now) continue;
      result.licenses_read++;
      const exposure: LicenseExposure = { number: license.number, destination: license.destination, expires: license.expires, parties: [], shipments: [] };
      for (const p of license.parties) {
        relief(license, p);
        const hits = hitsOf(p.name);
        if (hits.length > 0) exposure.parties.push({ role: p.role, name: p.name, hits });
      }
      for (const s of await shipmentsOf(store.db, license.id)) {
        if (s.status !== 'drawn') continue;
        result.shipments_read++;
        const hits = s.party ? hitsOf(s.party) : [];
        if (hits.length > 0) exposure.shipments.push({ id: s.id, party: s.party!, eccn: s.eccn, value_usd: s.valueUsd, at: s.at, hits });
      }
      if (exposure.parties.length + exposure.shipments.length > 0) result.blocked.push(exposure);
    }
  });
  return result;
}
