import type { DutyAnswer } from './answer.js';
import { PROGRAM_ORDER } from './answer.js';
import { lineDutyOf, type LineDuty } from './line-duty.js';

/**
 * The exposure of an import book: duty summed by program, by origin and by HTS chapter, for one or
 * more pricings of the same lines (each line at its own entry date, or every line at the law of a
 * given date), so that two dates compare side by side ("what did the 2025 measures cost this book
 * versus 2024?"). Amounts are sums of the rounded answers, in cents until reported.
 */

export interface ExposureRow {
  key: string;
  /** Duty per pricing, in the order of `ExposureReport.pricings`. */
  duty_usd: number[];
}

export interface ExposureReport {
  /** What each column is: "entry dates" or "law of YYYY-MM-DD". */
  pricings: string[];
  lines: number;
  value_usd: number;
  total_duty_usd: number[];
  /** Lines whose answer was indeterminate, per pricing (their determinable parts are still summed). */
  indeterminate: number[];
  by_program: ExposureRow[];
  by_origin: ExposureRow[];
  by_chapter: ExposureRow[];
}

const BASE = 'base (column 1 / column 2)';

export class ExposureAccumulator {
  private lines = 0;
  private valueCents = 0;
  private readonly totals: number[];
  private readonly open: number[];
  private readonly program = new Map<string, number[]>();
  private readonly origin = new Map<string, number[]>();
  private readonly chapter = new Map<string, number[]>();

  constructor(readonly pricings: string[]) {
    this.totals = pricings.map(() => 0);
    this.open = pricings.map(() => 0);
  }

  private bump(map: Map<string, number[]>, key: string, at: number, cents: number): void {
    let row = map.get(key);
    if (!row) {
      row = this.pricings.map(() => 0);
      map.set(key, row);
    }
    row[at]! += cents;
  }

  /** Adds one line's answers, one per pricing. */
  add(answers: DutyAnswer[], valueUsd: number): void {
    this.addLine(answers.map(lineDutyOf), Math.round(valueUsd * 100));
  }

  /** Adds one line's duties, one per pricing (the same object twice where a pricing changed nothing). */
  addLine(duties: readonly LineDuty[], valueCents: number): void {
    this.lines++;
    this.valueCents += valueCents;
    for (let at = 0; at < duties.length; at++) {
      const d = duties[at]!;
      const base = d.baseCents ?? 0;
      let total = base;
      this.bump(this.program, BASE, at, base);
      for (let i = 0; i < d.cents.length; i++) {
        total += d.cents[i]!;
        this.bump(this.program, d.programs[i]!, at, d.cents[i]!);
      }
      if (d.status === 'indeterminate') this.open[at]! += 1;
      this.totals[at]! += total;
      this.bump(this.origin, d.country, at, total);
      this.bump(this.chapter, d.hts.slice(0, 2), at, total);
    }
  }

  report(): ExposureReport {
    type Entry = [string, number[]];
    const rows = (map: Map<string, number[]>, order?: (a: Entry, b: Entry) => number): ExposureRow[] =>
      [...map.entries()]
        .sort(order ?? ((a: Entry, b: Entry) => (b[1].at(-1) ?? 0) - (a[1].at(-1) ?? 0) || (a[0] < b[0] ? -1 : 1)))
        .map(([key, cents]) => ({ key, duty_usd: cents.map((c) => c / 100) }));
    const programRank = (k: string): number => (k === BASE ? -1 : PROGRAM_ORDER.indexOf(k as (typeof PROGRAM_ORDER)[number]));
    return {
      pricings: this.pricings,
      lines: this.lines,
      value_usd: this.valueCents / 100,
      total_duty_usd: this.totals.map((c) => c / 100),
      indeterminate: [...this.open],
      by_program: rows(this.program, (a, b) => programRank(a[0]) - programRank(b[0])),
      by_origin: rows(this.origin),
      by_chapter: rows(this.chapter, (a, b) => (a[0] < b[0] ? -1 : 1)),
    };
  }
}
