import type { Fees } from './fees.js';
import type { Program } from './measure.js';

/**
 * The answer for one entry line, in the snake_case shape. Amounts are dollars rounded
 * half-up to the cent per duty line; the total is the sum of the rounded lines; fees are apart.
 * An answer the data cannot decide is `indeterminate` with its reasons, and its total is null.
 */

export interface AdditionalDuty {
  heading: string;
  program: Program;
  description: string;
  /** The rate applied, in percent (for the 15% all-in deals: the part this heading adds). */
  rate_pct: number;
  duty_usd: number;
  /** The value the rate applied to, when not the customs value (metal content, non-metal content). */
  basis_usd?: number;
  citation: string;
  /** The curated list that decided the product scope, when one did. */
  curated_scope?: string;
}

export interface DutyAnswer {
  id?: string | number;
  hts: string;
  country_of_origin: string;
  entry_date: string;
  /** The date whose law was applied, when asked for another than the entry date. */
  as_of?: string;
  status: 'determined' | 'indeterminate';
  base_rate: string;
  base_rate_column: string;
  base_duty_usd: number | null;
  additional: AdditionalDuty[];
  total_duty_usd: number | null;
  fees: Fees;
  citations: string[];
  versions: { schedule: string; pack: string };
  notes: string[];
  indeterminate?: string[];
}

/** CBP's reporting order of chapter 99 programs, as the answer lists them. */
export const PROGRAM_ORDER: Program[] = [
  'section_301',
  'section_232',
  'ieepa_fentanyl',
  'ieepa_reciprocal',
  'ieepa_brazil',
  'ieepa_india',
  'section_122',
  'section_201',
];
