import type { PreferenceClaim, PricedLine, RateLine } from './effective-rate-types.js';
import { PREFERENCE_PROGRAMS } from './preference-programs.js';

/**
 * How much of each line entered under a trade preference, as the 2024 duty shows it: a line whose
 * statutory base duty is B and whose 2024 calculated duty is C had 1 - C/B of its value claimed (0 to 1).
 * A line with no base duty to compare with (duty-free at the general rate, where claiming changed
 * nothing in 2024, or a specific rate) takes its partner's share over the lines that show it; a specific
 * rate line that paid nothing in 2024 was claimed whole. The statutory answers are kept for the main pass.
 */

export interface ClaimShares {
  /** Statutory answers of the partners' lines, by index in the lines, priced once. */
  statutory: ReadonlyMap<number, PricedLine>;
  /** Share of the line's value priced under the preference (0 for partners without one). */
  shareOf(at: number, line: RateLine): number;
  programOf(line: RateLine): string;
  report(totalCents: number): PreferenceClaim[];
}

const HOW =
  "lines with a general-rate duty: 1 - 2024 calculated duty / statutory base duty; lines duty-free at the general rate: the partner's share over those lines; specific-rate lines: whole when they paid nothing in 2024, else the partner's share";

export interface ClaimOptions {
  /** Estimate every partner's share from its 2024 duty (else only the fixed shares are claimed). */
  estimate: boolean;
  /** Shares given outright for some partners (the USMCA share of Canada and Mexico), used as they are. */
  fixed: Readonly<Record<string, number>>;
}

export function claimShares(lines: readonly RateLine[], priceStatutory: (line: RateLine) => PricedLine, options: ClaimOptions): ClaimShares {
  const claims = (origin: string) => PREFERENCE_PROGRAMS[origin] !== undefined && (options.estimate || options.fixed[origin] !== undefined);
  const statutory = new Map<number, PricedLine>();
  const own = new Float64Array(lines.length).fill(Number.NaN);
  const partner = new Map<string, { claimed: number; value: number }>();
  lines.forEach((line, at) => {
    if (!claims(line.origin)) return;
    const answer = priceStatutory(line);
    statutory.set(at, answer);
    const base = answer.base_duty_usd;
    if (base === null) {
      if (line.calculatedDutyUsd === 0) own[at] = 1;
      return;
    }
    if (base <= 0) return;
    const share = Math.min(1, Math.max(0, 1 - line.calculatedDutyUsd / base));
    own[at] = share;
    const p = partner.get(line.origin) ?? { claimed: 0, value: 0 };
    p.claimed += share * line.valueUsd;
    p.value += line.valueUsd;
    partner.set(line.origin, p);
  });
  const partnerShare = (origin: string) => {
    const p = partner.get(origin);
    return p && p.value > 0 ? p.claimed / p.value : 0;
  };
  const used = new Map<string, { lines: number; value: number; claimed: number }>();
  return {
    statutory,
    shareOf(at, line) {
      if (!claims(line.origin)) return 0;
      const share = options.fixed[line.origin] ?? (Number.isNaN(own[at]!) ? partnerShare(line.origin) : own[at]!);
      const u = used.get(line.origin) ?? { lines: 0, value: 0, claimed: 0 };
      u.lines++;
      u.value += line.valueUsd;
      u.claimed += share * line.valueUsd;
      used.set(line.origin, u);
      return share;
    },
    programOf: (line) => PREFERENCE_PROGRAMS[line.origin]!,
    report: () =>
      [...used]
        .map(([country, u]) => ({
          country,
          program: PREFERENCE_PROGRAMS[country]!,
          lines: u.lines,
          value_usd: u.value,
          claimed_pct: u.value > 0 ? (u.claimed / u.value) * 100 : 0,
          how: options.fixed[country] !== undefined ? 'the share given, on every line' : HOW,
        }))
        .sort((a, b) => b.value_usd - a.value_usd),
  };
}
