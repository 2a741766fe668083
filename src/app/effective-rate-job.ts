import type { EffectiveRateReport } from '../flows/effective-rate-types.js';
import type { RateOptions } from './effective-rate.js';
import type { TradeDataChoice } from './trade.js';

/** One date's effective rate asked of the worker thread: everything it needs to read for itself, by path and version. */
export interface RateJob {
  id: number;
  /** The data folder whose tariff pack is priced (unless `packDir` names one) and whose trade version is read. */
  dataDir: string;
  packDir?: string;
  /** The version the asking thread holds: the worker refuses to price another. */
  packVersion: string;
  data: TradeDataChoice;
  date: string;
  /** Without `estimateWith`: a pack does not cross threads. */
  options: Omit<RateOptions, 'estimateWith'>;
}

export interface RateJobAnswer {
  id: number;
  report: EffectiveRateReport;
  /** The trade files read and the rows left out, as the answer names them. */
  files: string[];
  warnings: string[];
}

export interface RateJobFailure {
  id: number;
  error: { message: string; code?: string; kind?: string; field?: string };
}
