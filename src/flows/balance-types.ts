/** What `trade balance` answers: whole US dollars; a figure that is absent is a gap in the data. */

export interface Figures {
  exportsUsd?: number;
  importsUsd?: number;
  /** Exports minus imports; as published when a publisher gave it without one of the flows. */
  balanceUsd?: number;
}

/** A figure of the same year from another source or vintage than the one shown. */
export interface OtherFigure extends Figures {
  source: string;
  vintage?: string;
  /** Months of the year it covers; undefined when the publisher's table does not say. */
  months?: number;
  note?: string;
}

export type YearBasis = 'months' | 'annual_total' | 'year_to_date' | 'none';

export interface BalanceYear extends Figures {
  year: number;
  /** Months of the year the figures cover: 12, fewer for a year to date, 0 without data. */
  months?: number;
  /** Sum of the twelve months of the main monthly series, a published annual total, a year to date, or nothing. */
  basis: YearBasis;
  /** The sources of the figures shown, as their files name them. */
  sources: string[];
  /** The vintage of the figures shown, where it is known. */
  vintage?: string;
  /** Estimates, gaps, part years. */
  notes: string[];
  others: OtherFigure[];
}

export interface BalanceMonth extends Figures {
  month: string;
  exportsSource?: string;
  importsSource?: string;
  /** A later vintage of the same month, when one was published. */
  revision?: Figures & { vintage: string };
  notes: string[];
}

export interface BalanceReport {
  partner: string;
  from: number;
  to: number;
  years?: BalanceYear[];
  months?: BalanceMonth[];
  /** The first and last month any series of the partner has figures for. */
  dataRange?: { first: string; last: string };
  notes: string[];
}
