import { parseEncodingName, type InputEncoding } from '../ingest/text-encoding.js';
import { errors } from '../model/error-catalogue.js';
import { SCREENING_CONFIG } from '../screening/config.js';

/**
 * Checks of the plain values use cases take (a threshold, a count, an id), shared by every adapter:
 * each names the value by the adapter's own word for it (`--threshold` on the command line,
 * `threshold` in a request body), as typed.
 */

/** The screener's default threshold (screening/screen.ts), read from its config: the CLI's help names it without loading the engine. */
export const DEFAULT_THRESHOLD = SCREENING_CONFIG.thresholds.default;

/** A score from 0 to 1; the screener's default when absent. */
export function parseThreshold(raw: string | number | undefined, field = '--threshold'): number {
  const t = raw === undefined ? DEFAULT_THRESHOLD : Number(raw);
  if (!Number.isFinite(t) || t < 0 || t > 1 || (typeof raw === 'string' && raw.trim() === '')) throw errors.invalidOption(field, raw, 'must be a number from 0 to 1');
  return t;
}

/** A whole number from `min` to `max`. */
export function parseCount(raw: string | number, field: string, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  const n = typeof raw === 'number' ? raw : raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? (min === 1 ? 'a positive integer' : `an integer of at least ${min}`) : `an integer from ${min} to ${max}`;
    throw errors.invalidOption(field, raw, `must be ${range}`);
  }
  return n;
}

/** An id the store gave (alert, audit record, shipment): a positive integer. */
export function parseId(raw: string | number, what: string, field = what): number {
  const n = typeof raw === 'number' ? raw : raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw errors.invalidOption(field, raw, 'must be a positive integer');
  return n;
}

/** The text encoding a user names for an input file (`--encoding latin1`); absent: UTF-8 (or as a BOM says). */
export function parseEncoding(raw: string | undefined, field = '--encoding'): InputEncoding | undefined {
  return raw === undefined ? undefined : parseEncodingName(raw, field);
}
