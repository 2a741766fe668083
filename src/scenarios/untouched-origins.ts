import type { TariffEngine } from '../tariffs/engine.js';

/**
 * Whether a scenario leaves an origin's duties on a date as they are: the base engine and the
 * scenario's hold the very same measures (the same objects: an overlay keeps every measure it does
 * not touch) for that origin on that date, so they answer every line of it alike and the scenario's
 * need not price it again. Asked once per (date, origin), which is what makes a large book cheap.
 */
export class UntouchedOrigins {
  /** Date -> origin -> untouched (a book asks line after line, so no key is built per line). */
  private readonly seen = new Map<string, Map<string, boolean>>();

  constructor(
    private readonly base: TariffEngine,
    private readonly scenario: TariffEngine,
  ) {}

  has(date: string, country: string): boolean {
    if (this.base === this.scenario) return true;
    let onDate = this.seen.get(date);
    if (!onDate) {
      onDate = new Map();
      this.seen.set(date, onDate);
    }
    let same = onDate.get(country);
    if (same === undefined) {
      const [a, b] = [this.base.view(date).measuresFor(country), this.scenario.view(date).measuresFor(country)];
      same = a.length === b.length && a.every((m, i) => m === b[i]);
      onDate.set(country, same);
    }
    return same;
  }
}
