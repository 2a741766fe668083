import type { AdditionalDuty } from './answer.js';
import type { MeasureRate } from './measure.js';
import type { RateFormula } from './rate.js';

/**
 * What the engine tells a caller about one answer: whether every amount in it is a rate times the
 * customs value (ad valorem on the whole value), and those rates. Only such an answer may be priced
 * again for another value by multiplying: a specific or compound rate, a top-up to a floor, a basis
 * reduced by declared metal content or a de minimis claim make the duty depend on the value in other
 * ways, and those lines must go through the engine.
 */
export class LinearTrace {
  linear = true;
  /** Parts per million of the base rate; null when the answer has no base duty (it could not be computed). */
  basePpm: number | null = null;
  /** The rate of each chapter 99 amount; amounts not listed (reliefs) are zero at any value. */
  readonly ppm = new Map<AdditionalDuty, number>();

  reset(): void {
    this.linear = true;
    this.basePpm = null;
    this.ppm.clear();
  }

  nonlinear(): void {
    this.linear = false;
  }

  /** The base formula applied to the line. */
  base(formula: RateFormula): void {
    let ppm = 0;
    for (const part of formula.parts) {
      if (part.kind !== 'ad_valorem') {
        this.linear = false;
        return;
      }
      ppm += part.ppm;
    }
    this.basePpm = ppm;
  }

  /** A chapter 99 amount; `onValue` when its basis was the customs value itself. */
  amount(entry: AdditionalDuty, rate: MeasureRate, onValue: boolean): void {
    if (!onValue) this.linear = false;
    switch (rate.kind) {
      case 'ad_valorem':
      case 'metal_content':
        this.ppm.set(entry, rate.ppm);
        break;
      case 'none':
        this.ppm.set(entry, 0);
        break;
      case 'top_up':
        this.linear = false;
        break;
    }
  }
}
