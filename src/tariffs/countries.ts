import countries from 'i18n-iso-countries';
import { invalidInput } from '../model/errors.js';

/**
 * Countries of origin as the duty engine reads them: ISO 3166-1 alpha-2 codes, plus the groupings the
 * tariff notes use (the European Union with its membership on a date, general note 3(b)'s Column 2
 * countries) and the names chapter 99 headings write ("the Russian Federation", "Côte d’Ivoire").
 */

/** Names the chapter 99 headings use that the ISO list spells otherwise. */
const HEADING_NAMES: Record<string, string> = {
  laos: 'LA', syria: 'SY', burma: 'MM', myanmar: 'MM', 'myanmar (burma)': 'MM', brunei: 'BN', moldova: 'MD',
  'falkland islands': 'FK', 'the russian federation': 'RU', russia: 'RU', macau: 'MO', macao: 'MO',
  "côte d'ivoire": 'CI', 'cote d’ivoire': 'CI', 'south korea': 'KR', 'the republic of korea': 'KR', korea: 'KR',
  'the philippines': 'PH', 'the united kingdom': 'GB', 'united kingdom': 'GB', 'democratic republic of the congo': 'CD',
  'the democratic republic of the congo': 'CD', turkey: 'TR', taiwan: 'TW', vietnam: 'VN', 'the dominican republic': 'DO',
};

/** Members of the European Union; the United Kingdom until it left on 31 January 2020. */
const EU_MEMBERS = [
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL',
  'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
];
const UK_LEFT_EU = '2020-02-01';

/** Members of the EU on a date (the tariff notes name "the European Union" as one origin). */
export function euMembers(date: string): string[] {
  return date < UK_LEFT_EU ? [...EU_MEMBERS, 'GB'] : [...EU_MEMBERS];
}

/**
 * General note 3(b): products of these countries pay the Column 2 rate. Cuba and North Korea
 * throughout; Russia and Belarus from 9 April 2022 (Suspending Normal Trade Relations with Russia and
 * Belarus Act, Pub. L. 117-110).
 */
const COLUMN_2: { country: string; from: string }[] = [
  { country: 'CU', from: '1962-01-01' },
  { country: 'KP', from: '1951-01-01' },
  { country: 'RU', from: '2022-04-09' },
  { country: 'BY', from: '2022-04-09' },
];

export const COLUMN_2_CITATION = 'HTSUS general note 3(b); Pub. L. 117-110 (Russia and Belarus, from 2022-04-09)';

export function isColumn2Country(country: string, date: string): boolean {
  return COLUMN_2.some((c) => c.country === country && date >= c.from);
}

/** An ISO alpha-2 country code as given (case-insensitive), upper-cased; refused with the field named. */
export function parseCountry(value: unknown, field: string): string {
  if (typeof value !== 'string') throw invalidInput(field, value, 'must be an ISO 3166 alpha-2 country code', 'invalid_country');
  const code = value.trim().toUpperCase();
  const normalised = code === 'UK' ? 'GB' : code;
  if (!/^[A-Z]{2}$/.test(normalised) || !countries.isValid(normalised)) {
    throw invalidInput(field, value, 'must be an ISO 3166 alpha-2 country code', 'invalid_country');
  }
  return normalised;
}

/**
 * Codes of the country names in a heading's text ("Cameroon or the Democratic Republic of the Congo",
 * "the European Union", "China, including Hong Kong and Macau"). The EU expands to its members on
 * `date`. Undefined when a name is not recognised (the build then fails loudly).
 */
export function codesOfNames(text: string, date: string): string[] | undefined {
  const cleaned = text.replace(/[`’]/g, "'").replace(/\s+/g, ' ').trim();
  const codes: string[] = [];
  for (const part of cleaned.split(/,? or |,? including |, /)) {
    // "Trinidad and Tobago" is one name; "China and Hong Kong" is two.
    const one = codesOfName(part.trim(), date);
    const many = one ? [one] : part.split(' and ').map((n) => codesOfName(n.trim(), date));
    for (const c of many) {
      if (!c) return undefined;
      codes.push(...c);
    }
  }
  return [...new Set(codes)];
}

function codesOfName(name: string, date: string): string[] | undefined {
  const lower = name.toLowerCase();
  if (lower === 'the european union' || lower === 'european union') return euMembers(date);
  const code = HEADING_NAMES[lower] ?? countries.getAlpha2Code(name.replace(/^the /i, ''), 'en');
  return code ? [code] : undefined;
}

/** The English name of a code, for messages. */
export function countryName(code: string): string {
  return countries.getName(code, 'en') ?? code;
}
