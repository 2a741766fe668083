import type { DutyAnswer } from './answer.js';
import type { Program } from './measure.js';

/**
 * One line's duty as a book's totals need it: amounts in cents, the chapter 99 headings and programs
 * they fall under in the answer's order, and the status. Lighter than a DutyAnswer (no notes, fees or
 * citations), so that a large book keeps and sums millions of them cheaply.
 */
export interface LineDuty {
  /** The HTS number as printed (8481.30.20.10). */
  hts: string;
  country: string;
  entryDate: string;
  status: DutyAnswer['status'];
  /** Null when the base duty could not be computed. */
  baseCents: number | null;
  headings: readonly string[];
  programs: readonly Program[];
  /** The amount of each heading, in cents. */
  cents: readonly number[];
}

/** The line duty of an engine answer (its dollar amounts are whole cents). */
export function lineDutyOf(a: DutyAnswer): LineDuty {
  return {
    hts: a.hts,
    country: a.country_of_origin,
    entryDate: a.entry_date,
    status: a.status,
    baseCents: a.base_duty_usd === null ? null : Math.round(a.base_duty_usd * 100),
    headings: a.additional.map((x) => x.heading),
    programs: a.additional.map((x) => x.program),
    cents: a.additional.map((x) => Math.round(x.duty_usd * 100)),
  };
}

/**
 * The line's total in cents as the scenario reports it: the dollar amounts summed as the answer's
 * were (chapter 99 amounts first, then the base), then rounded, so that figures match to the cent.
 */
export function lineTotalCents(d: LineDuty): number {
  let extra = 0;
  for (const c of d.cents) extra += c / 100;
  return Math.round(((d.baseCents ?? 0) / 100 + extra) * 100);
}
