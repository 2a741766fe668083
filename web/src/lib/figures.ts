/** Figures as the trade and scenario pages print them; an absent figure is a gap in the data, shown as such. */

export const GAP = '..';

/** Whole US dollars as $ billions with one decimal, as the command line's tables print them. */
export function billions(usd: number | undefined | null, digits = 1): string {
  return usd === undefined || usd === null ? GAP : (usd / 1e9).toFixed(digits);
}

export function percent(share: number | undefined, digits = 1): string {
  return share === undefined ? GAP : `${share.toFixed(digits)}%`;
}

export function dollars(usd: number): string {
  return usd.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
