import type { GroupKey } from './agreements.js';

/** What `trade commitments` answers, in whole US dollars; an absent figure is not in the data. */

export type CommitmentGroup = GroupKey | 'goods' | 'uncovered';

export interface CommitmentRow {
  year: number;
  group: CommitmentGroup;
  name: string;
  /** Covered exports of the baseline year. */
  baselineUsd?: number;
  /** The increase over the baseline the agreement commits to for this year. */
  committedIncreaseUsd?: number;
  /** Baseline plus committed increase. */
  targetUsd?: number;
  /** Covered exports of the year (to date when the data stops inside it). */
  actualUsd?: number;
  /** Months of the year the export data has. */
  monthsOfData: number;
  /** Actual over target. */
  shareOfTarget?: number;
  notes: string[];
}

/** One month of the cumulative path of a group against its year's target. */
export interface CommitmentMonth {
  month: string;
  group: CommitmentGroup;
  name: string;
  usd: number;
  cumulativeUsd: number;
  targetUsd?: number;
  cumulativeShare?: number;
}

export interface CommitmentsReport {
  agreement: { id: string; title: string; partner: string; citations: string[] };
  baselineYear: number;
  years: number[];
  rows: CommitmentRow[];
  path?: CommitmentMonth[];
  /** What the actual purchases are measured by. */
  basis: string;
  /** How export lines were placed in the agreement's categories. */
  concordance: string;
  /** The last month of product detail in the data. */
  dataEnds?: string;
  notes: string[];
  sources: { exports: string; commitments: string; concordance?: string; agreement: string[] };
}
