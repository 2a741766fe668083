/** Tuning of the flows engine, in one place. */
export const FLOWS_CONFIG = {
  /**
   * An annual total is taken for the sum of a monthly series' first k months when each of its flows is
   * within this much per month of that sum: monthly figures are rounded to a tenth of a million, so sums
   * of the same figures may differ by that much for each month summed.
   */
  monthSumSlackUsdPerMonth: 150_000,
  /**
   * Another vintage's figure for a year is listed beside the one shown when their balances differ by at
   * least this much: half of the tenth of a billion the tables show.
   */
  otherFigureFromUsd: 50_000_000,
} as const;
