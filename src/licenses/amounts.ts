import { errors } from '../model/error-catalogue.js';

/**
 * Quantities are kept in thousandths of a unit and values in cents, so that balances subtract exactly.
 * The columns are integers: an amount that does not come out as a safe integer is refused here, the last
 * step before the store, whatever its caller checked (a double past 2^53 would be stored inexactly, and
 * SQLite would store a larger one as REAL in an integer column).
 */
function integerOf(amount: number, scale: number, what: string): number {
  const n = Math.round(amount * scale);
  if (!Number.isSafeInteger(n)) {
    throw errors.amountOutOfRange(what, amount, scale === 100 ? 'cents' : 'thousandths');
  }
  return n;
}

export function toMilli(quantity: number): number {
  return integerOf(quantity, 1000, 'quantity');
}

export function fromMilli(milli: number): number {
  return milli / 1000;
}

export function toCents(usd: number): number {
  return integerOf(usd, 100, 'value');
}

export function fromCents(cents: number): number {
  return cents / 100;
}

/** Made on first use: creating a currency format costs ~20 ms of ICU set-up that a check never needs. */
let usd: Intl.NumberFormat | undefined;

/** "80 ea / $40,000" */
export function formatBalance(quantity: number, unit: string, valueUsd: number): string {
  return `${quantity} ${unit} / ${(usd ??= new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 2 })).format(valueUsd)}`;
}
