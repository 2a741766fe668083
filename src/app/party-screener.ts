import type { PartyHit, RulesPack, ScreenParty } from '../ear/index.js';
import { createScreener, type Screener } from '../screening/screen.js';

/**
 * Party screening for `check`: the list snapshot's screener and one over the rules pack's own dated
 * list entries (the 2016 ZTE listing, the 2018 ZTE denial order, ...), through the same screening
 * engine, with each hit's legal effect.
 */

/**
 * Hits kept per party and screener. A well-known name matches dozens of listed affiliates (Huawei has
 * ~150 Entity List entries); the strongest few decide the outcome, and the engine keeps one per list.
 */
const PARTY_HITS = 5;

function hitsOf(screener: Screener): ScreenParty {
  return (party) =>
    screener.screen({ name: party.name, country: party.country, identifiers: party.identifiers }, { limit: PARTY_HITS }).map((hit): PartyHit => {
      const legal = hit.entry.legal;
      const out: PartyHit = { list: hit.list, entityId: hit.entityId, name: hit.name, score: hit.score };
      if (hit.entry.countries.length > 0) out.countries = [...hit.entry.countries];
      if (Object.keys(legal).length > 0) {
        out.legal = {
          licenseRequirement: legal.licenseRequirement,
          licensePolicy: legal.licensePolicy,
          federalRegister: legal.federalRegister,
          effectiveDate: legal.effectiveDate,
          expiryDate: legal.expiryDate,
        };
      }
      return out;
    });
}

const packScreeners = new WeakMap<RulesPack, Screener>();

/** The screener over a pack's dated list entries, built once per pack. */
export function packListScreener(pack: RulesPack): Screener {
  let s = packScreeners.get(pack);
  if (!s) {
    s = createScreener({ entries: pack.listEntries });
    packScreeners.set(pack, s);
  }
  return s;
}

/** Screens a party against the lists (when given) and the pack's dated entries. */
export function checkScreenParty(lists: Screener | undefined, pack: RulesPack): ScreenParty {
  const fromLists = lists ? hitsOf(lists) : undefined;
  const fromPack = hitsOf(packListScreener(pack));
  return (party) => [...(fromLists ? fromLists(party) : []), ...fromPack(party)];
}

/** Party screening against one screener only (kept for callers that screen without a pack). */
export const partyScreener = hitsOf;
