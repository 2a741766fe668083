import { invalidInput } from './errors.js';

/**
 * Calendar dates as the whole project reads them: ISO `YYYY-MM-DD`, a real day of the proleptic
 * Gregorian calendar (2026-02-30 and 2025-02-29 are refused, 2024-02-29 is accepted), years 1000-9999.
 * One parser, so that `check --as-of`, a transaction's `as_of`, `ship --date`, a license's dates and
 * a duty entry's `entry_date` all refuse the same things with the same words.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether `text` is exactly an ISO date naming a day that exists. */
export function isIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1000 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The date, or a ClearanceError (kind `invalid`) naming the field and the value as given. */
export function parseIsoDate(value: unknown, field: string): string {
  if (typeof value !== 'string') throw invalidInput(field, value, 'must be a date YYYY-MM-DD', 'invalid_date');
  const text = value.trim();
  if (!ISO_DATE.test(text)) throw invalidInput(field, value, 'must be a date YYYY-MM-DD', 'invalid_date');
  if (!isIsoDate(text)) throw invalidInput(field, value, 'is not a day of the calendar', 'invalid_date');
  return text;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A date that may be partial, as dates of birth are given: YYYY, YYYY-MM or YYYY-MM-DD, each part real
 * (2026-02-30 and 2026-13 are refused). Returns the text as given (trimmed), or a ClearanceError naming
 * the field.
 */
export function parsePartialIsoDate(value: unknown, field: string): string {
  const text = typeof value === 'string' ? value.trim() : '';
  const m = PARTIAL_DATE.exec(text);
  if (!m) throw invalidInput(field, value, 'must be a date YYYY, YYYY-MM or YYYY-MM-DD', 'invalid_date');
  const year = Number(m[1]);
  const month = m[2] === undefined ? 1 : Number(m[2]);
  const real = m[3] !== undefined ? isIsoDate(text) : year >= 1000 && month >= 1 && month <= 12;
  if (!real) throw invalidInput(field, value, 'is not a day of the calendar', 'invalid_date');
  return text;
}

/** Today in UTC as YYYY-MM-DD (callers that need a clock take one; this is the default clock's view). */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The ISO date `days` after (or before, when negative) `date`. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
