import { dayBefore } from '../context.js';

/**
 * Country exemptions that come and go (Section 232's 2018-2025 agreements) as windows per country,
 * and the cutting of a measure's window into the spans over which the set of exempt countries is
 * constant: each span becomes one measure with its `exceptCountries`.
 */

export interface CountryWindow {
  countries: string[];
  from: string;
  /** Last day (inclusive); open when absent. */
  until?: string;
  why: string;
}

export interface Span {
  from: string;
  until?: string;
  exempt: CountryWindow[];
}

function nextDay(iso: string): string {
  const t = Date.parse(`${iso}T00:00:00Z`) + 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** Spans of [from, until] cut at every exemption boundary, each with the exemptions in force throughout. */
export function spansOf(from: string, until: string | undefined, windows: CountryWindow[]): Span[] {
  const cuts = new Set<string>([from]);
  for (const w of windows) {
    if (w.from > from && (until === undefined || w.from <= until)) cuts.add(w.from);
    if (w.until !== undefined && w.until >= from && (until === undefined || w.until < until)) cuts.add(nextDay(w.until));
  }
  const starts = [...cuts].sort();
  return starts.map((start, i) => {
    const next = starts[i + 1];
    const end = next === undefined ? until : dayBefore(next);
    const exempt = windows.filter((w) => w.from <= start && (w.until === undefined || w.until >= (end ?? start)));
    const span: Span = { from: start, exempt };
    if (end !== undefined) span.until = end;
    return span;
  });
}
