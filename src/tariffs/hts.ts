import { invalidInput } from '../model/errors.js';

/**
 * HTS numbers as the engine keys them: digits only, 8 (tariff line) or 10 (statistical reporting
 * number). Users write them with dots ("8481.30.20", "8481.30.2010") or without; anything else is
 * refused with the field named.
 */

const HTS_INPUT = /^\d{4}(\.?\d{2}){2}(\.?\d{2})?$/;

/** The digits of an HTS number given as 8 or 10 digits, dots optional. */
export function parseHts(value: unknown, field = 'hts'): string {
  if (typeof value !== 'string' && typeof value !== 'number') throw invalidInput(field, value, 'must be an HTS number of 8 or 10 digits', 'invalid_hts');
  const text = String(value).trim();
  if (!HTS_INPUT.test(text)) throw invalidInput(field, value, 'must be an HTS number of 8 or 10 digits (dots optional)', 'invalid_hts');
  return text.replace(/\./g, '');
}

/** Digits as the schedule prints them: 8481.30.20 or 8481.30.20.10. */
export function formatHts(digits: string): string {
  const parts = [digits.slice(0, 4), digits.slice(4, 6), digits.slice(6, 8)];
  if (digits.length > 8) parts.push(digits.slice(8, 10));
  return parts.filter((p) => p !== '').join('.');
}

/** Digits of any HTS-like text found in a data file ("8481.30.20", "84813020", "8471"), or undefined. */
export function htsDigits(text: string): string | undefined {
  const digits = text.trim().replace(/\./g, '');
  return /^\d{2,10}$/.test(digits) ? digits : undefined;
}

/** The HTS chapter (first two digits). */
export function chapterOf(digits: string): string {
  return digits.slice(0, 2);
}
