import { createHash } from 'node:crypto';
import type { ListEntry } from '../model/list-entry.js';
import { addName, emptyEntry } from '../ingest/entry.js';
import { SCENARIO_LISTS } from './list-codes.js';
import type { Scenario } from './schema.js';

/**
 * A scenario's list additions as list entries, the shape every list source parses to, so the
 * screening engine reads them as it reads the real lists. Their ids are stable (a hash of the
 * scenario's name and the entry) and say they are supposed: `scenario:<hash>`.
 */

type ListAddSpec = NonNullable<NonNullable<Scenario['lists']>['add']>[number];

function entryOf(scenario: string, a: ListAddSpec): ListEntry {
  const list = SCENARIO_LISTS[a.list.toLowerCase()] ?? { code: a.list.toUpperCase(), name: a.list };
  const id = `scenario:${createHash('sha256').update(JSON.stringify([scenario, a])).digest('hex').slice(0, 12)}`;
  const entry = emptyEntry(id, list, 'organization');
  addName(entry, a.name, 'primary');
  for (const alias of a.aliases ?? []) addName(entry, alias, 'aka');
  if (a.country) {
    entry.addresses.push({ country: a.country });
    entry.countries.push(a.country);
  }
  if (a.license_requirement) entry.legal.licenseRequirement = a.license_requirement;
  if (a.federal_register) entry.legal.federalRegister = [a.federal_register];
  entry.remarks = `supposed by scenario "${scenario}" (not a real listing)`;
  return entry;
}

/** The entries a scenario adds to the lists. */
export function scenarioListEntries(scenario: Scenario): ListEntry[] {
  return (scenario.lists?.add ?? []).map((a) => entryOf(scenario.name, a));
}
