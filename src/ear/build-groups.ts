import type { CountryGroup } from './pack.js';
import { COUNTRY_GROUPS } from './pack.js';
import { earCountryIso2 } from './country-names.js';

/** Shape of country-groups.json (Supp. No. 1 to Part 740). */
export interface GroupsJson {
  ecfrIssueDate?: string;
  retrievedAt?: string;
  groups: Record<string, string[]>;
}

export function buildGroups(json: GroupsJson): Record<CountryGroup, string[]> {
  const out = {} as Record<CountryGroup, string[]>;
  for (const g of COUNTRY_GROUPS) {
    const names = json.groups[g];
    if (!names) throw new Error(`country-groups.json: group ${g} missing`);
    const codes = names.map((n) => {
      const code = earCountryIso2(n);
      if (!code) throw new Error(`country-groups.json: cannot resolve "${n}" in ${g}`);
      return code;
    });
    out[g] = [...new Set(codes)].sort();
  }
  return out;
}
