import type { ApprovedEntity } from './supplements.js';
import type { TxParty } from './transaction.js';
import { normalizeName } from './steps/screen-parties.js';
import { GOVERNMENT_AGENCY_HEADS, NOT_AN_AGENCY } from './knowledge/government-agency-terms.js';
import { earCountryIso2 } from './country-names.js';

/**
 * Who Supp. No. 8 to Part 740 approves in the UAE on a date, for advanced computing items (§ 742.6(a)(6)(iii))
 * or for STA (§ 740.2(a)(26)): the entities of its table by name, and from the date its paragraph (a) gives,
 * the UAE's government agencies, recognised by name or stated in `facts` (GOVERNMENT_AGENCY_FACT).
 */

export type Approval = 'advancedComputing' | 'sta';

/** true: every consignee and end user named is a UAE government agency (Supp. No. 8(a) to Part 740). */
export const GOVERNMENT_AGENCY_FACT = '740 Supp. 8(a):uae_government_agency';

function namesOtherCountry(lower: string): boolean {
  const m = /.*\bof (?:the )?(.+)$/.exec(lower);
  if (!m?.[1]) return false;
  const iso = earCountryIso2(m[1].trim());
  return iso !== undefined && iso !== 'AE';
}

/** Whether a name reads as that of a UAE government agency (see the knowledge file). */
export function isGovernmentAgencyName(name: string, country: string): boolean {
  if (country !== 'AE') return false;
  const lower = name.toLowerCase().replace(/\s+/g, ' ').trim();
  if (NOT_AN_AGENCY.test(lower) || namesOtherCountry(lower)) return false;
  return GOVERNMENT_AGENCY_HEADS.some((h) => h.test(lower));
}

function inForce(e: ApprovedEntity, asOf: string): boolean {
  return (!e.from || e.from <= asOf) && (!e.until || asOf <= e.until);
}

/** The approval that covers a party on a date, or undefined. `agencyFact`: the answer to GOVERNMENT_AGENCY_FACT. */
export function approvalOf(rows: readonly ApprovedEntity[], party: Pick<TxParty, 'name' | 'country'>, asOf: string, what: Approval, agencyFact: boolean | undefined): ApprovedEntity | undefined {
  return rows.find((e) => {
    if (!e[what] || !inForce(e, asOf)) return false;
    if (e.governmentAgencies) return agencyFact ?? isGovernmentAgencyName(party.name, party.country);
    const key = normalizeName(e.name).split(' d b a ')[0] ?? '';
    return key.length > 2 && normalizeName(party.name).includes(key);
  });
}
