import { listLicenses } from '../licenses/register.js';
import { shipmentsOf } from '../licenses/shipment-history.js';
import { scenarioListEntries } from '../scenarios/list-entries.js';
import type { Scenario } from '../scenarios/schema.js';
import { today } from './clock.js';
import type { Runtime } from './runtime.js';
import { partyHitOf, scenarioScreener, type PartyHit } from './scenario-parties.js';

/**
 * `scenario run --licenses`: the open licenses and the shipments drawn on them, re-read against the
 * scenario's added list entries. A license one of whose parties would be listed would be blocked (the
 * listing's own license requirement governs those parties, whatever the license says); a shipment
 * to such a party would need a license of its own. Nothing is written.
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

export interface ScenarioLicenses {
  lists_version: string;
  licenses_read: number;
  shipments_read: number;
  blocked: LicenseExposure[];
  /** Kept for clients of the first version: always empty (chart cells are answered in the run's `chart` section). */
  not_applied: string[];
  note: string;
}

export async function scenarioLicenses(rt: Runtime, scenario: Scenario, options: { threshold?: number; list?: string[] } = {}): Promise<ScenarioLicenses> {
  const entries = scenarioListEntries(scenario);
  const lists = await rt.lists.resolve({ list: options.list });
  const result: ScenarioLicenses = {
    lists_version: lists.version,
    licenses_read: 0,
    shipments_read: 0,
    blocked: [],
    // Country Chart cells are re-decided apart (the run's `chart` section).
    not_applied: [],
    note: 'what-if only: no license, shipment or audit record was changed',
  };
  if (entries.length === 0 || (await rt.store.partyCount()) === undefined) return result;
  const screener = scenarioScreener(entries, lists.snapshot.entries);
  const hitsOf = (name: string): PartyHit[] => screener.screen({ name }, { threshold: options.threshold }).map(partyHitOf);
  const now = today(rt.clock);
  await rt.store.use('read', async (store) => {
    for (const license of await listLicenses(store.db)) {
      if (license.expires < now) continue;
      result.licenses_read++;
      const exposure: LicenseExposure = { number: license.number, destination: license.destination, expires: license.expires, parties: [], shipments: [] };
      for (const p of license.parties) {
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
