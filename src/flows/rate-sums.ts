import type { CoverageRow, RateRow } from './effective-rate-types.js';

/**
 * Sums of value and duty for the effective rate, kept in cents so that adding 200,000 lines is exact,
 * grouped by a key (country, chapter) with the duty of each program beside the total.
 */

export const BASE_PROGRAM = 'base';

export const toCents = (usd: number): number => Math.round(usd * 100);

interface Group {
  value: number;
  duty: number;
  programs: Map<string, number>;
}

const pct = (duty: number, value: number): number => (value > 0 ? (duty / value) * 100 : 0);

export class GroupSums {
  private readonly groups = new Map<string, Group>();

  private group(key: string): Group {
    let g = this.groups.get(key);
    if (!g) {
      g = { value: 0, duty: 0, programs: new Map() };
      this.groups.set(key, g);
    }
    return g;
  }

  addValue(key: string, valueCents: number): void {
    this.group(key).value += valueCents;
  }

  addDuty(key: string, program: string, cents: number): void {
    const g = this.group(key);
    g.duty += cents;
    g.programs.set(program, (g.programs.get(program) ?? 0) + cents);
  }

  /** Rows with their rate over their own value, in the order given (default: most duty first). */
  rows(order?: (a: RateRow, b: RateRow) => number): RateRow[] {
    const rows = [...this.groups].map(([key, g]) => ({
      key,
      value_usd: g.value / 100,
      duty_usd: g.duty / 100,
      rate_pct: pct(g.duty, g.value),
      programs: Object.fromEntries([...g.programs].map(([p, c]) => [p, c / 100])),
    }));
    return rows.sort(order ?? ((a, b) => b.duty_usd - a.duty_usd || (a.key < b.key ? -1 : 1)));
  }
}

interface Covered {
  program: string;
  description: string;
  value: number;
  duty: number;
  countries: Map<string, [number, number]>;
}

/** The value each chapter 99 heading reaches (lines it charges a duty on), by country. */
export class CoverageSums {
  private readonly headings = new Map<string, Covered>();

  add(heading: string, program: string, description: string, country: string, valueCents: number, dutyCents: number): void {
    let c = this.headings.get(heading);
    if (!c) {
      c = { program, description, value: 0, duty: 0, countries: new Map() };
      this.headings.set(heading, c);
    }
    c.value += valueCents;
    c.duty += dutyCents;
    const byCountry = c.countries.get(country) ?? [0, 0];
    byCountry[0] += valueCents;
    byCountry[1] += dutyCents;
    c.countries.set(country, byCountry);
  }

  rows(totalValueCents: number, programOrder: readonly string[]): CoverageRow[] {
    const rank = (p: string) => (programOrder.includes(p) ? programOrder.indexOf(p) : programOrder.length);
    return [...this.headings]
      .map(([heading, c]) => ({
        heading,
        program: c.program,
        description: c.description,
        value_usd: c.value / 100,
        share_pct: totalValueCents > 0 ? (c.value / totalValueCents) * 100 : 0,
        duty_usd: c.duty / 100,
        by_country: [...c.countries]
          .map(([country, [v, d]]) => ({ country, value_usd: v / 100, duty_usd: d / 100 }))
          .sort((a, b) => b.value_usd - a.value_usd || (a.country < b.country ? -1 : 1)),
      }))
      .sort((a, b) => rank(a.program) - rank(b.program) || (a.heading < b.heading ? -1 : a.heading > b.heading ? 1 : 0));
  }
}
