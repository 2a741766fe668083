import type { EffectiveRateReport } from '../flows/effective-rate-types.js';
import type { RateOptions } from './effective-rate.js';
import type { NationalDate } from './scenario-national.js';
import type { Scenario } from '../scenarios/schema.js';
import type { TradeDataChoice } from './trade.js';

/** Work asked of the worker thread: everything it needs to read for itself, by path and version. */
export interface JobBase {
  id: number;
  /** The data folder whose tariff pack is priced (unless `packDir` names one) and whose trade version is read. */
  dataDir: string;
  packDir?: string;
  /** The version the asking thread holds: the worker refuses to price another. */
  packVersion: string;
  data: TradeDataChoice;
}

/** One date's effective rate. */
export interface RateJob extends JobBase {
  kind: 'rate';
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

/** `scenario national`'s dates before and after a scenario, priced on the worker. */
export interface NationalJob extends JobBase {
  kind: 'national';
  scenario: Scenario;
  dates: string[];
}

export interface NationalJobAnswer {
  id: number;
  packs: { base: string; scenario: string };
  dates: NationalDate[];
  files: string[];
  warnings: string[];
}
