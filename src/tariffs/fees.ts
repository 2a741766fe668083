import type { EntryLine } from './entry.js';
import { adValorem, roundCents } from './money.js';

/**
 * User fees reported beside the duty, never in it. The merchandise processing fee (19 U.S.C.
 * 58c(a)(9); 19 CFR 24.23(b)(1)) is 0.3464% of the value, between a minimum and maximum that CBP
 * adjusts for inflation each fiscal year (October 1); the harbor maintenance fee (26 U.S.C. 4461;
 * 19 CFR 24.24) is 0.125% of the value of cargo unloaded from a vessel, without limits.
 *
 * Both are computed for the line as if it were the whole entry: on a multi-line entry the MPF
 * minimum and maximum apply to the entry's total.
 */

export const FEE_CONFIG = {
  mpfPpm: 3464,
  hmfPpm: 1250,
  /** MPF limits in cents from each date (CBP general notices in the Federal Register). */
  mpfLimits: [
    { from: '2016-01-01', min: 2500, max: 48500, cite: 'limits in force before 2018 ($25 / $485)' },
    { from: '2018-01-01', min: 2567, max: 49799, cite: 'CBP general notice of Nov. 1, 2017, from Jan. 1, 2018' },
    { from: '2018-10-01', min: 2622, max: 50870, cite: 'CBP fee adjustment for FY2019' },
    { from: '2019-10-01', min: 2679, max: 51976, cite: 'CBP fee adjustment for FY2020' },
    { from: '2020-10-01', min: 2723, max: 52833, cite: 'CBP fee adjustment for FY2021' },
    { from: '2021-10-01', min: 2775, max: 53840, cite: 'CBP fee adjustment for FY2022' },
    { from: '2022-10-01', min: 2966, max: 57535, cite: 'CBP fee adjustment for FY2023' },
    { from: '2023-10-01', min: 3167, max: 61435, cite: 'CBP fee adjustment for FY2024' },
    { from: '2024-10-01', min: 3271, max: 63462, cite: 'FR Doc. 2024-15990 (July 22, 2024), FY2025' },
    { from: '2025-10-01', min: 3358, max: 65150, cite: '90 FR 34665 (July 28, 2025), FY2026' },
  ],
  /**
   * Special programs whose originating goods the MPF statute or the implementing act exempts:
   * NAFTA/USMCA (CA, MX, S, S+), Israel (IL), CBI (E), ATPA (J), least-developed GSP (A+), and the
   * free trade agreements that carry the exemption (AU, BH, CL, CO, JO, KR, MA, OM, P, PA, PE, SG).
   */
  mpfExemptPrograms: ['CA', 'MX', 'S', 'S+', 'IL', 'E', 'J', 'A+', 'AU', 'BH', 'CL', 'CO', 'JO', 'KR', 'MA', 'OM', 'P', 'PA', 'PE', 'SG'],
};

export interface Fees {
  mpf_usd: number;
  hmf_usd: number;
}

const LIMIT_NOTES = new Map<(typeof FEE_CONFIG.mpfLimits)[number], string>();
const HMF_NOTE = 'HMF: mode_of_transport not given; the harbor maintenance fee (0.125%) applies only to goods unloaded from a vessel';

function mpfLimits(date: string): (typeof FEE_CONFIG.mpfLimits)[number] {
  let current = FEE_CONFIG.mpfLimits[0]!;
  for (const l of FEE_CONFIG.mpfLimits) if (l.from <= date) current = l;
  return current;
}

function limitNote(limits: (typeof FEE_CONFIG.mpfLimits)[number]): string {
  let note = LIMIT_NOTES.get(limits);
  if (!note) {
    note = `MPF: 0.3464% of the value, at least $${(limits.min / 100).toFixed(2)} and at most $${(limits.max / 100).toFixed(2)} per entry (${limits.cite}); computed as if this line were the whole entry`;
    LIMIT_NOTES.set(limits, note);
  }
  return note;
}

/** The fees of a line; `program` is the special program the line was entered under, if any. */
export function fees(line: EntryLine, date: string, program: string | null = line.specialProgram ?? null): { fees: Fees; notes: string[] } {
  const notes: string[] = [];
  let mpfCents = 0;
  if (program && FEE_CONFIG.mpfExemptPrograms.includes(program)) {
    notes.push(`MPF: not charged on goods entered under special program ${program}`);
  } else {
    const limits = mpfLimits(date);
    const raw = roundCents(adValorem(line.valueCents, FEE_CONFIG.mpfPpm));
    mpfCents = Math.min(limits.max, Math.max(limits.min, raw));
    notes.push(limitNote(limits));
  }
  const hmfCents = line.mode === 'vessel' ? roundCents(adValorem(line.valueCents, FEE_CONFIG.hmfPpm)) : 0;
  if (line.mode === undefined) notes.push(HMF_NOTE);
  return { fees: { mpf_usd: mpfCents / 100, hmf_usd: hmfCents / 100 }, notes };
}
