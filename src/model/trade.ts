/**
 * Trade statistics as the flows engine reads them, whatever file they came from. Amounts are whole US
 * dollars: the official files give millions with one decimal or whole dollars, both of which are exact as
 * integers, so sums over years of months stay exact.
 */

/** One monthly figure of one flow, with the source its file names for it. */
export interface TradeCell {
  usd: number;
  /** The source as the file names it (a column such as `exports_source`), else the file's own label. */
  source: string;
  /** Why the figure is an estimate rather than a published number, when its source says so. */
  approximate?: string;
}

/** One month of a bilateral goods series; a flow that is absent is a gap in the data, never a zero. */
export interface TradeMonth {
  /** YYYY-MM */
  month: string;
  exports?: TradeCell;
  imports?: TradeCell;
}

/**
 * A monthly series of US goods trade with one partner. The main series is what a file's own columns say;
 * a revision is a later vintage of some of the same months, published beside them (`*_vintage_YYYY-MM`).
 */
export interface MonthlyTradeSeries {
  /** The trade data file, relative to the trade folder. */
  file: string;
  /** ISO 3166 alpha-2 code of the partner (the reporter is always the United States). */
  partner: string;
  /** `main`, or the vintage of a revision (YYYY-MM or YYYY-MM-DD). */
  vintage: 'main' | string;
  months: TradeMonth[];
}

/** A year's totals as a publisher (or a fetch of a publisher's page) gave them. */
export interface AnnualTradeTotal {
  file: string;
  partner: string;
  year: number;
  exportsUsd?: number;
  importsUsd?: number;
  /** As published; present even when one of the flows is not. */
  balanceUsd?: number;
  /** Who published the figure, as the file says. */
  source: string;
  /** When it was published or fetched (YYYY-MM-DD or YYYY-MM), when the file says. */
  vintage?: string;
  /** Free text the file keeps beside the figure (e.g. the first-release figure). */
  note?: string;
  /**
   * The newest year of a fetch of an annual table: the publisher's page shows the current year to date,
   * so such a row may cover only part of the year.
   */
  newestOfFetch: boolean;
}

/** What `trade balance` reads. */
export interface BalanceData {
  series: MonthlyTradeSeries[];
  annual: AnnualTradeTotal[];
}

/** US exports to the partner of one product line in one month, as the export statistics give them. */
export interface ProductExportLine {
  month: string;
  /** HS6 code; absent where the file gives the month at HS4 only. */
  hs6?: string;
  hs4?: string;
  usd: number;
  /** The category the file assigns, as written (`phase_one_high_category` / `_low_category`). */
  givenGroup?: string;
  givenCategory?: string;
}

/** One code of a concordance from HS codes (of any length from 4 digits) to an agreement's product categories. */
export interface ConcordanceCode {
  code: string;
  /** The agreement's top-level category as the file writes it ("1. Manufactured Goods"). */
  group: string;
  /** The product category below it ("Industrial machinery"). */
  category: string;
}

/** A purchase commitment: the increase over the baseline year's exports promised for one category and year. */
export interface PurchaseCommitment {
  /** The category as the file writes it ("manufactured goods"). */
  group: string;
  baselineYear: number;
  year: number;
  additionalUsd: number;
  /** The text the commitment comes from (article and annex). */
  source: string;
}

/** What `trade commitments` reads. */
export interface CommitmentData {
  exports: { file: string; partner: string; lines: ProductExportLine[] };
  concordance?: { file: string; codes: ConcordanceCode[] };
  commitments: { file: string; rows: PurchaseCommitment[] };
}

/**
 * Imports for consumption of one product from one partner over a year, as Census publishes them: the
 * customs value and the calculated duty (the duty the year's entries paid, after preferences and
 * exclusions claimed). The partner is kept as the file gives it (a Census country code, where 0003 is the
 * European Union as one block); the effective-rate engine decides what origin that is.
 */
export interface ImportLine {
  partnerCode: string;
  partnerName: string;
  /** ISO 3166 alpha-2 code of the partner; absent for a block and for a name no country table knows. */
  origin?: string;
  /** The partner is the European Union as one block (its members may also appear on their own). */
  euBlock?: true;
  /** Digits: 10 for HS10 weights, 2 for HS2 totals. */
  product: string;
  valueUsd: number;
  calculatedDutyUsd: number;
}

/** A file of import lines: one year, at one level of product detail. */
export interface ImportLines {
  year: number;
  level: 'hs10' | 'hs2';
  lines: ImportLine[];
}

/** What `tariffs effective-rate` reads: HS10 weights, and the HS2 totals of every partner when the folder has them. */
export interface ImportData {
  weights: ImportLines & { file: string };
  totals?: ImportLines & { file: string };
}
