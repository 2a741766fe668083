import countries from './iso-countries.js';

/**
 * Country names as the lists write them that the ISO name tables do not carry. Facts, not a copy of a table:
 * each line is a spelling seen in OFAC, UN, BIS or UK (OFSI) files.
 */
const EXTRA_NAMES: ReadonlyMap<string, string> = new Map(Object.entries({
  'iran': 'IR',
  'iran (islamic republic of)': 'IR',
  'korea, north': 'KP',
  'north korea': 'KP',
  "democratic people's republic of korea": 'KP',
  'korea, south': 'KR',
  'south korea': 'KR',
  'republic of korea': 'KR',
  'burma': 'MM',
  'russia': 'RU',
  'russian federation': 'RU',
  'syria': 'SY',
  'syrian arab republic': 'SY',
  'venezuela (bolivarian republic of)': 'VE',
  'bolivia (plurinational state of)': 'BO',
  'the democratic republic of the congo': 'CD',
  'congo, democratic republic of the': 'CD',
  'democratic republic of the congo': 'CD',
  'congo, republic of the': 'CG',
  'republic of the congo': 'CG',
  'united republic of tanzania': 'TZ',
  'tanzania': 'TZ',
  'laos': 'LA',
  "lao people's democratic republic": 'LA',
  'vietnam': 'VN',
  'viet nam': 'VN',
  'west bank': 'PS',
  'gaza': 'PS',
  'palestinian': 'PS',
  'palestinian territories': 'PS',
  'state of palestine': 'PS',
  'kosovo': 'XK',
  'turkey': 'TR',
  'turkiye': 'TR',
  'türkiye': 'TR',
  'czech republic': 'CZ',
  'macedonia': 'MK',
  'the former yugoslav republic of macedonia': 'MK',
  'ivory coast': 'CI',
  "cote d'ivoire": 'CI',
  'moldova, republic of': 'MD',
  'republic of moldova': 'MD',
  'hong kong': 'HK',
  'macau': 'MO',
  'macao': 'MO',
  'taiwan': 'TW',
  'region: crimea': 'UA',
  'crimea': 'UA',
  'united kingdom': 'GB',
  'united kingdom of great britain and northern ireland': 'GB',
  'united states': 'US',
  'united states of america': 'US',
  'usa': 'US',
  'uae': 'AE',
  'brunei': 'BN',
  'cape verde': 'CV',
  'swaziland': 'SZ',
  'eswatini': 'SZ',
  'micronesia, federated states of': 'FM',
  'saint kitts and nevis': 'KN',
  'netherlands antilles': 'AN',
  'serbia and montenegro': 'CS',
  'yugoslavia': 'YU',
  'holy see': 'VA',
  'moldova': 'MD',
  'cabo verde': 'CV',
  'cote d ivoire': 'CI',
  'bahamas': 'BS',
  'gambia': 'GM',
  'prc': 'CN',
  "people's republic of china": 'CN',
  'china, hong kong special administrative region': 'HK',
  'china, macao special administrative region': 'MO',
  'british virgin islands': 'VG',
  'congo (democratic republic)': 'CD',
  'dprk': 'KP',
  'guinea bissau': 'GW',
  'bosnia-herzegovina': 'BA',
  'occupied palestinian territories': 'PS',
}));

const cache = new Map<string, string | undefined>();

/** ISO 3166-1 alpha-2 for a country name or code as a list writes it, or undefined when unknown. */
export function toIso2(text: string | undefined | null): string | undefined {
  if (!text) return undefined;
  const trimmed = text.trim().replace(/\s+/g, ' ').replace(/\.$/, '');
  if (!trimmed) return undefined;
  if (cache.has(trimmed)) return cache.get(trimmed);
  let code: string | undefined;
  // Codes count only in capitals: lists write 'na' and 'Na' for "not available", never for Namibia.
  if (/^[A-Z]{2}$/.test(trimmed)) {
    code = countries.isValid(trimmed) || trimmed === 'XK' ? trimmed : undefined;
  } else if (/^[A-Z]{3}$/.test(trimmed) && trimmed !== 'PRC' && countries.isValid(trimmed)) {
    code = countries.alpha3ToAlpha2(trimmed);
  } else {
    // "St. Kitts & Nevis", "Bahamas, The": spell out and drop the article before looking up.
    const lower = trimmed
      .toLowerCase()
      .replace(/^st\.?\s+/, 'saint ')
      .replace(/\s*&\s*/g, ' and ')
      .replace(/,\s*the$/, '')
      .replace(/^the\s+/, '');
    code = EXTRA_NAMES.get(lower) ?? countries.getAlpha2Code(trimmed, 'en') ?? countries.getAlpha2Code(lower, 'en') ?? undefined;
    if (!code) {
      // "Korea, Democratic People's Republic of" style: try the inverted form.
      const comma = lower.indexOf(', ');
      if (comma > 0) {
        const inverted = `${lower.slice(comma + 2)} ${lower.slice(0, comma)}`;
        code = EXTRA_NAMES.get(inverted) ?? countries.getAlpha2Code(inverted, 'en') ?? undefined;
      }
    }
  }
  if (cache.size < 10_000) cache.set(trimmed, code);
  return code;
}
