/**
 * Qualifiers: tokens of an organisation's name that tell related organisations apart — a country
 * (Banco Santander Chile, Bowne Global Solutions Canada) or a series numeral (Fund II, Trust XV).
 */
import countries from '../ingest/iso-countries.js';
import { normalizeText } from '../names/index.js';

const ROMAN_SERIES = /^(?:x{0,2})(?:ix|iv|v?i{0,3})$/u;

let countryWords: Set<string> | undefined;

/** One-word English country names (and the short forms lists use: Russia, Iran, Syria, Burma), normalised. */
function countryNames(): Set<string> {
  if (countryWords) return countryWords;
  const words = new Set(['russia', 'iran', 'syria', 'burma', 'laos', 'vietnam', 'turkey', 'taiwan', 'kosovo', 'macau', 'macao', 'crimea']);
  for (const names of Object.values(countries.getNames('en', { select: 'all' }))) {
    for (const name of names) {
      const text = normalizeText(name).text;
      // Codes and abbreviations (US, UK, USA) are words in names too often ('us' in 'join us').
      if (!text.includes(' ') && text.length >= 4) words.add(text);
    }
  }
  countryWords = words;
  return words;
}

export function isQualifier(token: string): boolean {
  // Roman numerals of two letters or more (a lone i, v or x is more often an initial).
  if (token.length >= 2 && token.length <= 6 && ROMAN_SERIES.test(token)) return true;
  return token.length >= 4 && countryNames().has(token);
}
