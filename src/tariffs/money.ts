/**
 * Exact duty arithmetic. Every amount is computed as an integer number of nanocents (1e-9 cent) and
 * rounded once per duty line, half-up, to the cent: binary floating point would put 0.125 cents on
 * the wrong side of a half in some cases, and CBP rounds each line exactly.
 *
 * An exact amount is a JavaScript number while it stays below 2^53 (every integer there is exact,
 * which covers lines up to a few hundred thousand dollars), and a bigint beyond; the functions here
 * take either and keep results exact.
 *
 * Scales: customs values in cents, ad valorem rates in parts per million of the value (16.5% =
 * 165000), specific rates in microcents per unit (4.4¢ = 4_400_000), quantities in thousandths.
 */

export type Exact = number | bigint;

const SAFE = Number.MAX_SAFE_INTEGER;
const NANO = 1_000_000_000;
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

function product(a: number, b: number, scale: number): Exact {
  const p = a * b * scale;
  return p <= SAFE ? p : BigInt(a) * BigInt(b) * BigInt(scale);
}

/** value x rate, exactly, in nanocents. */
export function adValorem(valueCents: number, ppm: number): Exact {
  return product(valueCents, ppm, 1000);
}

/** quantity x rate per unit, exactly, in nanocents. */
export function specific(quantityMilli: number, microcentsPerUnit: number): Exact {
  return product(quantityMilli, microcentsPerUnit, 1);
}

export function plus(a: Exact, b: Exact): Exact {
  if (typeof a === 'number' && typeof b === 'number') {
    const s = a + b;
    if (s <= SAFE) return s;
  }
  return BigInt(a) + BigInt(b);
}

export function minus(a: Exact, b: Exact): Exact {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return BigInt(a) - BigInt(b);
}

export function atLeast(a: Exact, b: Exact): boolean {
  return typeof a === 'number' && typeof b === 'number' ? a >= b : BigInt(a) >= BigInt(b);
}

/** Half-up rounding of an exact amount to whole cents (negative amounts never occur: they clamp to 0). */
export function roundCents(nanocents: Exact): number {
  if (typeof nanocents === 'number') {
    if (nanocents <= 0) return 0;
    const q = Math.floor(nanocents / NANO);
    const r = nanocents - q * NANO;
    return r * 2 >= NANO ? q + 1 : q;
  }
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
export function equivalentPct(nanocents: Exact, valueCents: number): number {
  if (valueCents <= 0) return 0;
  return Number(nanocents) / (valueCents * 1000) / 10_000;
}
