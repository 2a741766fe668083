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
  effectiveRate: {
    /** HS chapters outside the rate: special classification provisions (98) and chapter 99 itself. */
    excludedChapters: ['98', '99'],
    /** The member the EU block of Census files is priced as (no chapter 99 measure tells members apart). */
    euBlockPricedAs: 'DE',
    /**
     * Share of the customs value taken as steel, aluminum or copper content where a Section 232 duty
     * taxes the content (derivatives): the weights do not say it. Half, the flat share the Tax Policy
     * Center applies and the Budget Lab tracker keeps as its fallback (its config: metal_content.flat_share);
     * the report gives the rate with none and with all of the value as metal beside it.
     */
    metalContentShare: 0.5,
    /**
     * The law whose chapter 99 duties are taken out of a line's 2024 calculated duty to estimate its base
     * duty, when the base rate is specific (per kg, per barrel) and the weights carry no quantity.
     */
    baseYearLawDate: '2024-07-01',
  },
} as const;
