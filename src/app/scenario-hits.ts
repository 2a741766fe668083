import type { ListEntry } from '../model/list-entry.js';
import { buildCandidateIndex } from '../screening/index.js';
import { screenerOver, type Screener } from '../screening/screen.js';
import type { ScreeningHit } from '../screening/types.js';

/** A screening hit as the scenario answers report it, and the screener over a scenario's added entries. */

export interface PartyHit {
  list: string;
  /** The source's id of the entry (a supposed entry's is `scenario:<hash>`). */
  entry_id?: string;
  name: string;
  matched_name: string;
  score: number;
  license_requirement?: string;
  federal_register?: string[];
}

/** A screener over the scenario's entries alone, scoring token rarity as the lists in force do. */
export function scenarioScreener(entries: readonly ListEntry[], background: readonly ListEntry[]): Screener {
  return screenerOver(buildCandidateIndex(entries, { rarityFrom: buildCandidateIndex(background) }));
}

export function partyHitOf(h: ScreeningHit): PartyHit {
  return {
    list: h.list,
    entry_id: h.entityId,
    name: h.name,
    matched_name: h.matchedName,
    score: h.score,
    ...(h.entry.legal.licenseRequirement ? { license_requirement: h.entry.legal.licenseRequirement } : {}),
    ...(h.entry.legal.federalRegister ? { federal_register: h.entry.legal.federalRegister } : {}),
  };
}
