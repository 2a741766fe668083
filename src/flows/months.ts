/** Months as `YYYY-MM` text, and how a set of them is written in a note. */

export function yearOf(month: string): number {
  return Number(month.slice(0, 4));
}

export function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** Every month from `first` to `last`, both included. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  for (let y = yearOf(first); y <= yearOf(last); y++) for (const m of monthsOfYear(y)) if (m >= first && m <= last) out.push(m);
  return out;
}

/** "2021-03..2021-12, 2023-10" for a sorted list of months: runs of consecutive months joined. */
export function describeMonths(months: readonly string[]): string {
  const runs: string[][] = [];
  for (const m of months) {
    const run = runs.at(-1);
    const previous = run?.at(-1);
    if (run && previous && monthRange(previous, m).length === 2) run.push(m);
    else runs.push([m]);
  }
  return runs.map((r) => (r.length === 1 ? r[0]! : `${r[0]}..${r.at(-1)}`)).join(', ');
}
