import type { EntryKind, ListEntry } from '../model/list-entry.js';
import { scenarioListEntries } from '../scenarios/list-entries.js';
import { entryKey, removedEntries, withoutRemoved } from '../scenarios/list-removals.js';
import type { Scenario } from '../scenarios/schema.js';
import type { Screener } from '../screening/screen.js';
import { listAlerts } from '../store/alerts.js';
import type { Store } from '../store/database.js';
import { partiesById } from '../store/parties.js';
import type { Lists } from './lists.js';
import type { Runtime } from './runtime.js';
import { partyHitOf, type PartyHit } from './scenario-hits.js';

/**
 * What a scenario's list removals would undo: the open alerts raised on a removed entry (they would
 * go away) and, for each such party, the other entries of the lists in force that would still hit it,
 * screened as the real lists screen it with the removed entries taken out. Nothing is written.
 */

export interface AlertCleared {
  alert: number;
  party: { id: string; name: string };
  list: string;
  entry_id: string;
  entry_name: string;
  /** The party's hits on entries that stay listed: non-empty means it would still be alerted on. */
  still_hit_by: PartyHit[];
}

/** The keys of the removed entries, as `withoutRemoved` takes them. */
export function removedKeys(removed: readonly ListEntry[]): Set<string> {
  return new Set(removed.map((e) => entryKey(e.list.code, e.id)));
}

/** A scenario's list changes over the lists in force: the entries it adds and the keys of those it removes (checked against the lists). */
export async function scenarioListChanges(
  rt: Runtime,
  scenario: Scenario,
  list: string[] | undefined,
): Promise<{ entries: ListEntry[]; lists: Lists; removed: Set<string> }> {
  const entries = scenarioListEntries(scenario);
  const lists = await rt.lists.resolve({ list });
  return { entries, lists, removed: removedKeys(removedEntries(scenario, lists.snapshot.entries, lists.version)) };
}

/** A party's hits on the lists in force with the removed entries taken out. */
export function hitsWithout(screener: Screener, removed: ReadonlySet<string>, party: Parameters<Screener['screen']>[0], threshold?: number): PartyHit[] {
  return withoutRemoved(screener.screen(party, { threshold }), removed).map(partyHitOf);
}

export async function alertsCleared(store: Store, screener: Screener, removed: ReadonlySet<string>, threshold?: number): Promise<AlertCleared[]> {
  const open = (await listAlerts(store.db, { status: 'open' })).filter((a) => removed.has(entryKey(a.list, a.entryId)));
  if (open.length === 0) return [];
  const parties = new Map((await partiesById(store.db, [...new Set(open.map((a) => a.partyId))])).map((p) => [p.partyId, p]));
  const still = new Map<number, PartyHit[]>();
  for (const [id, p] of parties) {
    still.set(id, hitsWithout(screener, removed, { name: p.name, type: p.type as EntryKind | undefined, country: p.country, dob: p.dob, identifiers: p.identifiers }, threshold));
  }
  return open.map((a) => ({ alert: a.id, party: a.party, list: a.list, entry_id: a.entryId, entry_name: a.entryName, still_hit_by: still.get(a.partyId) ?? [] }));
}
