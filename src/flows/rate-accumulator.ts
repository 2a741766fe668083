import type { EffectiveRateReport, PricedLine, RateLine } from './effective-rate-types.js';
import { BASE_PROGRAM, CoverageSums, GroupSums, toCents } from './rate-sums.js';

/**
 * What the effective rate adds up, line by line: value and duty by country, chapter and program, and
 * the value each chapter 99 heading charges. A line may be priced in parts (the share of its value
 * entered under a trade preference and the rest), each part weighted by its share.
 */

export interface PricedPart {
  /** Share of the line's value this pricing stands for (the parts of a line sum to 1). */
  weight: number;
  answer: PricedLine;
  /** The base duty in cents (the engine's, or the estimate when it could not apply the rate). */
  baseCents: number;
}

export class RateAccumulator {
  readonly byCountry = new GroupSums();
  readonly byChapter = new GroupSums();
  readonly byProgram = new GroupSums();
  readonly coverage = new CoverageSums();
  valueCents = 0;
  dutyCents = 0;

  add(line: RateLine, parts: readonly PricedPart[]): void {
    const value = toCents(line.valueUsd);
    const chapter = line.hs10.slice(0, 2);
    this.valueCents += value;
    this.byCountry.addValue(line.country, value);
    this.byChapter.addValue(chapter, value);
    for (const { weight, answer, baseCents } of parts) {
      const base = baseCents * weight;
      this.charge(line.country, chapter, BASE_PROGRAM, base, base > 0 ? value * weight : 0);
      const charged = new Set<string>();
      for (const x of answer.additional) {
        const cents = toCents(x.duty_usd) * weight;
        if (cents === 0) continue;
        this.charge(line.country, chapter, x.program, cents, charged.has(x.program) ? 0 : value * weight);
        charged.add(x.program);
        this.coverage.add(x.heading, x.program, x.description, line.country, value * weight, cents);
      }
    }
  }

  private charge(country: string, chapter: string, program: string, cents: number, chargedValue: number): void {
    this.dutyCents += cents;
    this.byCountry.addDuty(country, program, cents);
    this.byChapter.addDuty(chapter, program, cents);
    this.byProgram.addDuty(program, program, cents);
    if (chargedValue > 0) this.byProgram.addValue(program, chargedValue);
  }

  rate(extraCents = 0): number {
    return this.valueCents > 0 ? ((this.dutyCents + extraCents) / this.valueCents) * 100 : 0;
  }

  /** The sums as the report gives them; programs in `programOrder`, the base first. */
  sums(programOrder: readonly string[]): Pick<EffectiveRateReport, 'rate_pct' | 'value_usd' | 'duty_usd' | 'by_program' | 'by_country' | 'by_chapter' | 'coverage'> {
    const rank = (key: string) => (key === BASE_PROGRAM ? -1 : programOrder.includes(key) ? programOrder.indexOf(key) : programOrder.length);
    return {
      rate_pct: this.rate(),
      value_usd: this.valueCents / 100,
      duty_usd: this.dutyCents / 100,
      // A program's row: the value of the lines it charges, and its share of the rate in percentage points.
      by_program: this.byProgram.rows((a, b) => rank(a.key) - rank(b.key)).map((p) => ({ ...p, rate_pct: this.valueCents > 0 ? ((p.duty_usd * 100) / this.valueCents) * 100 : 0 })),
      by_country: this.byCountry.rows(),
      by_chapter: this.byChapter.rows((a, b) => (a.key < b.key ? -1 : 1)),
      coverage: this.coverage.rows(this.valueCents, programOrder),
    };
  }
}
