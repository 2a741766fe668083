/**
 * Exact duty arithmetic. Every amount is computed as an integer number of nanocents (1e-9 cent) and
 * rounded once per duty line, half-up, to the cent: binary floating point would put 0.125 cents on
 * the wrong side of a half in some cases, and CBP rounds each line exactly.
 *
 * Scales: customs values in cents, ad valorem rates in parts per million of the value (16.5% =
 * 165000), specific rates in microcents per unit (4.4¢ = 4_400_000), quantities in thousandths.
 */

export const NANO_PER_CENT = 1_000_000_000n;

/** Cents of a dollar amount given with at most two decimals (as numbers.ts validates). */
export function toCents(usd: number): number {
  return Math.round(usd * 100);
}

/** Thousandths of a quantity (numbers.ts keeps quantities to the thousandth). */
export function toMilli(quantity: number): number {
  return Math.round(quantity * 1000);
}

/** A percentage as parts per million of the value: 16.5 -> 165000 (rates carry at most 4 decimals). */
export function pctToPpm(pct: number): number {
  return Math.round(pct * 10_000);
}

/** The rate in parts per million as a percentage for display: 165000 -> 16.5. */
export function ppmToPct(ppm: number): number {
  return Math.round(ppm) / 10_000;
}

/** value x rate, exactly, in nanocents. */
export function adValorem(valueCents: number, ppm: number): bigint {
  return BigInt(valueCents) * BigInt(ppm) * 1000n;
}

/** quantity x rate per unit, exactly, in nanocents. */
export function specific(quantityMilli: number, microcentsPerUnit: number): bigint {
  return BigInt(quantityMilli) * BigInt(microcentsPerUnit);
}

/** Half-up rounding of an exact amount to whole cents (negative amounts never occur: they clamp to 0). */
export function roundCents(nanocents: bigint): number {
  if (nanocents <= 0n) return 0;
  const q = nanocents / NANO_PER_CENT;
  const r = nanocents % NANO_PER_CENT;
  return Number(r * 2n >= NANO_PER_CENT ? q + 1n : q);
}

/** Cents as dollars for output (two decimals at most). */
export function centsToUsd(cents: number): number {
  return cents / 100;
}

/** The effective ad valorem rate of an exact amount on a value, as a percentage (display only). */
export function equivalentPct(nanocents: bigint, valueCents: number): number {
  if (valueCents <= 0) return 0;
  return Number(nanocents) / (valueCents * 1000) / 10_000;
}
