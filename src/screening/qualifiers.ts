/**
 * Qualifiers: tokens of an organisation's name that tell related organisations apart — a country
 * (Banco Santander Chile, Bowne Global Solutions Canada) or a series numeral (Fund II, Trust XV).
 */
import { toIso2 } from '../ingest/countries.js';

const ROMAN_SERIES = /^(?:x{0,2})(?:ix|iv|v?i{0,3})$/u;

export function isQualifier(token: string): boolean {
  // Roman numerals of two letters or more (a lone i, v or x is more often an initial).
  if (token.length >= 2 && token.length <= 6 && ROMAN_SERIES.test(token)) return true;
  // Country names, not codes: lower-case two- and three-letter tokens are words (co, uk aside).
  return token.length >= 4 && toIso2(token) !== undefined;
}
