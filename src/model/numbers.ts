import { invalidInput } from './errors.js';

/**
 * Amounts as input: finite, within what the store keeps exactly. Money is stored in integer cents and
 * quantities in thousandths, and read back as JavaScript numbers; a double carries 15 significant decimal
 * digits without loss, so amounts are bounded to 15 digits including their smallest step.
 */

/** The largest dollar amount kept to the cent through a round trip (one trillion dollars). */
export const MAX_USD = 1_000_000_000_000;
/** The largest quantity kept to the thousandth through a round trip. */
export const MAX_QUANTITY = 1_000_000_000_000;

export interface AmountRule {
  /** Largest accepted value (inclusive). */
  max: number;
  /** Decimal places allowed (2 for dollars, 3 for quantities); undefined: any. */
  decimals?: number;
  /** Whether zero is accepted (default true). */
  allowZero?: boolean;
}

function hasAtMostDecimals(n: number, decimals: number): boolean {
  const scaled = n * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6 * Math.max(1, Math.abs(scaled));
}

/**
 * A non-negative amount given as a JSON number or as text ("1e300", "12.50"). The value as typed is what
 * the message shows: JSON text such as 1e400 parses to Infinity, so callers that can should pass the raw
 * text too (`typed`).
 */
export function parseAmount(value: unknown, field: string, rule: AmountRule, typed?: string): number {
  const shown = typed ?? value;
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || Number.isNaN(n)) throw invalidInput(field, shown, 'must be a number', 'invalid_number');
  if (n < 0) throw invalidInput(field, shown, 'must not be negative', 'number_out_of_range');
  if (!Number.isFinite(n) || n > rule.max) throw invalidInput(field, shown, `must be at most ${rule.max}`, 'number_out_of_range');
  if (n === 0 && rule.allowZero === false) throw invalidInput(field, shown, 'must be greater than zero', 'number_out_of_range');
  if (rule.decimals !== undefined && !hasAtMostDecimals(n, rule.decimals)) {
    throw invalidInput(field, shown, `must have at most ${rule.decimals} decimals`, 'invalid_number');
  }
  return n;
}
