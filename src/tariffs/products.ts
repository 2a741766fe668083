import type { ProductSet } from './measure.js';

/**
 * Membership of an HTS number in a product set on a date. Sets name prefixes at any level (a chapter,
 * a heading, 6, 8 or 10 digits); a longer carve-out wins over a shorter entry. An 8-digit number of
 * which only some 10-digit lines are listed is `split`: the answer needs the statistical number.
 */

export type Membership = 'in' | 'out' | 'split';

const LENGTHS_10 = [10, 8, 6, 4, 2];
const LENGTHS_8 = [8, 6, 4, 2];

export class CompiledSet {
  private readonly members = new Set<string>();
  private readonly carveOuts = new Set<string>();
  /** 8-digit prefixes with 10-digit members or carve-outs under them. */
  private readonly splits = new Set<string>();

  constructor(readonly set: ProductSet, date: string) {
    for (const e of set.entries) {
      let code: string;
      if (typeof e === 'string') code = e;
      else {
        const [c, from, until] = e;
        if ((from && date < from) || (until && date > until)) continue;
        code = c;
      }
      this.members.add(code);
      if (code.length === 10) this.splits.add(code.slice(0, 8));
    }
    for (const c of set.except ?? []) {
      this.carveOuts.add(c);
      if (c.length === 10) this.splits.add(c.slice(0, 8));
    }
  }

  /** Length of the longest prefix of `code` found in `within`, or 0. */
  private static longest(code: string, within: Set<string>, lengths: number[]): number {
    for (const n of lengths) {
      if (n <= code.length && within.has(code.slice(0, n))) return n;
    }
    return 0;
  }

  match(code: string): Membership {
    const lengths = code.length === 10 ? LENGTHS_10 : LENGTHS_8;
    const inAt = CompiledSet.longest(code, this.members, lengths);
    const outAt = this.carveOuts.size === 0 ? 0 : CompiledSet.longest(code, this.carveOuts, lengths);
    if (code.length === 8 && this.splits.has(code)) {
      // Some statistical lines under this tariff line are listed (or carved out), others not.
      if (inAt === 0 && outAt === 0) return 'split';
      if (inAt > outAt) return this.carveOuts.size > 0 && hasCarveOutUnder(code, this.carveOuts) ? 'split' : 'in';
      return 'split';
    }
    return inAt > outAt ? 'in' : 'out';
  }
}

function hasCarveOutUnder(code8: string, carveOuts: Set<string>): boolean {
  for (const c of carveOuts) if (c.length === 10 && c.startsWith(code8)) return true;
  return false;
}

/** The universal set (measures on "all products"). */
export const ALL_PRODUCTS = 'all';
