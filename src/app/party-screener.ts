import type { PartyHit, ScreenParty } from '../ear/index.js';
import type { Screener } from '../screening/screen.js';

/**
 * Hits kept per party. A well-known name matches dozens of listed affiliates (Huawei has ~150 Entity List
 * entries); the strongest few decide the outcome, and the rest would bury the reasons an officer reads.
 */
const PARTY_HITS = 5;

/** Party screening for the EAR engine: every hit of the screener, with the listing's legal effect. */
export function partyScreener(screener: Screener): ScreenParty {
  return (party) =>
    screener.screen({ name: party.name, country: party.country, identifiers: party.identifiers }, { limit: PARTY_HITS }).map((hit): PartyHit => {
      const legal = hit.entry.legal;
      const out: PartyHit = { list: hit.list, entityId: hit.entityId, name: hit.name, score: hit.score };
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
