import { toIso2 } from '../ingest/countries.js';

/**
 * Spellings the EAR tables use that neither the ISO name tables nor the list parsers know,
 * including the tables' own typos ("Seycheles", "Cote d'lvoire" with a lower-case L).
 */
const EAR_SPELLINGS: Record<string, string> = {
  'china (prc)': 'CN',
  'china': 'CN',
  'seycheles': 'SC',
  "cote d'lvoire": 'CI',
  'micronesia (federated state of)': 'FM',
  'sint maarten (the dutch two-fifths of the island of saint martin)': 'SX',
  'congo (democratic republic of the)': 'CD',
  'congo (democratic republic of)': 'CD',
  'congo (republic of the)': 'CG',
  'south sudan, republic of': 'SS',
  'bahamas, the': 'BS',
  'gambia, the': 'GM',
  'st. kitts and nevis': 'KN',
  'st. lucia': 'LC',
  'st. vincent and the grenadines': 'VC',
  'vatican city': 'VA',
  'burma': 'MM',
  'macau': 'MO',
  'curaçao': 'CW',
  'curacao': 'CW',
  'korea, north': 'KP',
  'korea, south': 'KR',
  'western sahara': 'EH',
  'venezuela': 'VE',
  'iran': 'IR',
  'russia': 'RU',
  'syria': 'SY',
  'taiwan': 'TW',
  'vietnam': 'VN',
  'laos': 'LA',
  'moldova': 'MD',
  'bolivia': 'BO',
  'tanzania': 'TZ',
  'brunei': 'BN',
  'kosovo': 'XK',
  'surinam': 'SR',
  'micronesia, federated states of': 'FM',
  'united states': 'US',
};

/** ISO-2 for a country as an EAR table writes it, or undefined when the spelling is unknown. */
export function earCountryIso2(name: string): string | undefined {
  const key = name.trim().toLowerCase().replace(/\s+/g, ' ').replace(/ & /g, ' and ');
  const bare = key.replace(/^the /, '');
  return EAR_SPELLINGS[key] ?? EAR_SPELLINGS[bare] ?? toIso2(key) ?? toIso2(bare);
}
