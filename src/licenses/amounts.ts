/** Quantities are kept in thousandths of a unit and values in cents, so that balances subtract exactly. */

export function toMilli(quantity: number): number {
  return Math.round(quantity * 1000);
}

export function fromMilli(milli: number): number {
  return milli / 1000;
}

export function toCents(usd: number): number {
  return Math.round(usd * 100);
}

export function fromCents(cents: number): number {
  return cents / 100;
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 0, maximumFractionDigits: 2 });

/** "80 ea / $40,000" */
export function formatBalance(quantity: number, unit: string, valueUsd: number): string {
  return `${quantity} ${unit} / ${usd.format(valueUsd)}`;
}
