/**
 * The effective tariff rate over national import weights. The flows engine does not know tariff law:
 * it asks a `RatePricing` (the duty engine, wired by the application layer) for the duty on each line at
 * a date's law, and adds up what comes back. These are the shapes of that conversation and of the answer.
 */

/** One chapter 99 duty of a priced line (the duty engine's answer has this shape). */
export interface PricedDuty {
  heading: string;
  program: string;
  description: string;
  duty_usd: number;
}

/** What the duty engine answers for a line (a structural subset of its DutyAnswer). */
export interface PricedLine {
  status: 'determined' | 'indeterminate';
  /** The rate text of the base column; empty when the schedule had no rate for the number. */
  base_rate: string;
  /** Null when the base rate could not be applied (a specific rate with no quantity, no rate). */
  base_duty_usd: number | null;
  additional: readonly PricedDuty[];
  indeterminate?: readonly string[];
}

export interface LineToPrice {
  hts: string;
  /** ISO alpha-2 origin. */
  origin: string;
  valueUsd: number;
  /** Declared value of the steel, aluminum or copper content, when a measure taxes it. */
  metalContentUsd?: number;
  /** The goods enter under a trade preference: `S` for the USMCA, else the special program indicator. */
  preference?: string;
}

/** Pricing at one date's law. */
export interface DatePricer {
  price(line: LineToPrice): PricedLine;
  /** Whether a measure in force taxes the declared metal content of this product from this origin. */
  taxesMetalContent(hts: string, origin: string): boolean;
}

export interface RatePricing {
  on(date: string): DatePricer;
}

/** A line of the weights as the rate reads it. */
export interface RateLine {
  /** How the line is reported: ISO code, or `EU` for the block. */
  country: string;
  /** The origin it is priced as (a member for the EU block). */
  origin: string;
  hs10: string;
  valueUsd: number;
  calculatedDutyUsd: number;
}

/** Duty of a group of lines, by program (`base` for the column 1 or column 2 duty). */
export interface RateRow {
  key: string;
  value_usd: number;
  duty_usd: number;
  rate_pct: number;
  /** Duty by program, in dollars. */
  programs: Record<string, number>;
}

/** Lines set apart and why, with the share of the priced value they carry. */
export interface LineClass {
  what: string;
  lines: number;
  value_usd: number;
  share_pct: number;
  treatment: string;
}

/** The 2024 import value under one chapter 99 action on the date, by country. */
export interface CoverageRow {
  heading: string;
  program: string;
  description: string;
  value_usd: number;
  share_pct: number;
  duty_usd: number;
  by_country: { country: string; value_usd: number; duty_usd: number }[];
}

export interface RealisedRate {
  what: string;
  file: string;
  year: number;
  value_usd: number;
  duty_usd: number;
  rate_pct: number;
}

export interface EffectiveRateReport {
  date: string;
  weights: { file: string; year: number; lines: number; value_usd: number };
  /** Import-weighted statutory rate over the priced lines, in percent. */
  rate_pct: number;
  value_usd: number;
  duty_usd: number;
  by_program: RateRow[];
  by_country: RateRow[];
  by_chapter: RateRow[];
  coverage: CoverageRow[];
  /** Lines outside the rate (chapters 98 and 99, unknown partners, lines the schedule cannot price). */
  left_out: LineClass[];
  /** Lines inside the rate whose duty rests on an assumption (base estimated, metal content, quota). */
  assumed: LineClass[];
  metal_content: { share: number; lines: number; value_usd: number; rate_pct_if_none: number; rate_pct_if_all: number };
  realised: RealisedRate[];
  /** With preferences claimed: the share of each partner's value priced under its agreement. */
  preferences?: PreferenceClaim[];
  notes: string[];
}

export interface PreferenceClaim {
  country: string;
  program: string;
  lines: number;
  value_usd: number;
  /** Value-weighted share of the partner's priced value entered under the program. */
  claimed_pct: number;
  /** How the share was found for lines whose 2024 duty does not show it. */
  how: string;
}
