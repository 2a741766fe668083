import type { ListEntry } from '../model/list-entry.js';
import { invalidInput } from '../model/errors.js';
import { SCENARIO_LISTS } from './list-codes.js';
import type { Scenario } from './schema.js';

/**
 * A scenario's list removals: entries of the lists in force taken out, as a delisting would. Each is
 * named by its list and the source's own id (the `entryId` of an alert, the id `clearance screen`
 * shows); an id the active lists do not hold is refused, so a typo never passes for a delisting.
 */

/** The key an entry is known by across lists (ids are only unique within a list). */
export function entryKey(list: string, id: string): string {
  return `${list.toUpperCase()}\u0000${id}`;
}

function listCode(name: string): string {
  return (SCENARIO_LISTS[name.toLowerCase()]?.code ?? name).toUpperCase();
}

/** The entries of `active` the scenario removes, or an error naming `lists.remove[i]` and the value. */
export function removedEntries(scenario: Scenario, active: readonly ListEntry[], version: string): ListEntry[] {
  const wanted = scenario.lists?.remove ?? [];
  if (wanted.length === 0) return [];
  const byId = new Map<string, ListEntry[]>();
  for (const e of active) {
    const same = byId.get(e.id);
    if (same) same.push(e);
    else byId.set(e.id, [e]);
  }
  return wanted.map((r, i) => {
    const found = byId.get(r.id);
    if (!found) throw invalidInput(`lists.remove[${i}].id`, r.id, `no entry with this id in the active lists (${version})`);
    const code = listCode(r.list);
    const entry = found.find((e) => e.list.code.toUpperCase() === code);
    if (!entry) throw invalidInput(`lists.remove[${i}].list`, r.list, `entry ${r.id} is on ${[...new Set(found.map((e) => e.list.code))].join(', ')}, not ${code}`);
    return entry;
  });
}

/** Hits with the removed entries taken out: what screening would find once they are delisted. */
export function withoutRemoved<H extends { list: string; entityId: string }>(hits: readonly H[], removed: ReadonlySet<string>): H[] {
  return removed.size === 0 ? [...hits] : hits.filter((h) => !removed.has(entryKey(h.list, h.entityId)));
}
