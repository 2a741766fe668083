import type { AnnualTradeTotal, TradeMonth } from '../model/trade.js';
import type { BalanceYear, Figures, OtherFigure, YearBasis } from './balance-types.js';
import { FLOWS_CONFIG } from './config.js';
import { describeMonths, monthsOfYear } from './months.js';
import type { PartnerTimeline } from './series.js';
import { monthsCovered } from './year-coverage.js';

/**
 * One year of the balance. The rule, in order:
 * 1. the twelve months of the main monthly series summed, when both flows are there for every month;
 * 2. else the published annual total of the latest vintage that covers the whole year;
 * 3. else the year to date covering the most months (a published one, or the main series' first months);
 * 4. else no figures, said so.
 * Every other published figure of the year that differs is listed beside it, with its vintage.
 */

interface Candidate {
  figures: Figures;
  /** Months of the year covered; undefined when a publisher's year to date does not say. */
  months?: number;
  total?: AnnualTradeTotal;
  monthly?: TradeMonth[];
}

function figuresOf(total: AnnualTradeTotal): Figures {
  const f: Figures = {};
  if (total.exportsUsd !== undefined) f.exportsUsd = total.exportsUsd;
  if (total.importsUsd !== undefined) f.importsUsd = total.importsUsd;
  const balance = total.exportsUsd !== undefined && total.importsUsd !== undefined ? total.exportsUsd - total.importsUsd : total.balanceUsd;
  if (balance !== undefined) f.balanceUsd = balance;
  return f;
}

function sumOfMonths(months: readonly TradeMonth[]): Figures {
  const exportsUsd = months.reduce((s, m) => s + m.exports!.usd, 0);
  const importsUsd = months.reduce((s, m) => s + m.imports!.usd, 0);
  return { exportsUsd, importsUsd, balanceUsd: exportsUsd - importsUsd };
}

function sourcesOf(months: readonly TradeMonth[]): string[] {
  return [...new Set(months.flatMap((m) => [m.exports?.source, m.imports?.source]).filter((s): s is string => !!s))];
}

/** Months of the year the main series lacks a flow for, up to the last month any series has. */
function gapNotes(year: number, timeline: PartnerTimeline, lastMonth: string): string[] {
  const notes: string[] = [];
  const inData = monthsOfYear(year).filter((m) => m <= lastMonth);
  if (!inData.some((m) => timeline.main.has(m))) return notes;
  for (const flow of ['exports', 'imports'] as const) {
    const absent = inData.filter((m) => !timeline.main.get(m)?.[flow]);
    if (absent.length > 0) notes.push(`monthly ${flow} not in the main series for ${describeMonths(absent)}`);
  }
  return notes;
}

function estimateNotes(months: readonly TradeMonth[]): string[] {
  const estimated = months.flatMap((m) =>
    (['exports', 'imports'] as const).flatMap((flow) => (m[flow]?.approximate ? [`${flow} ${m.month} (${m[flow].approximate})`] : [])),
  );
  return estimated.length ? [`estimates, not published figures: ${estimated.join(', ')}`] : [];
}

/** The main series' first months of the year with both flows, up to the first gap. */
function monthlyPrefix(year: number, timeline: PartnerTimeline): TradeMonth[] {
  const prefix: TradeMonth[] = [];
  for (const m of monthsOfYear(year)) {
    const t = timeline.main.get(m);
    if (!t?.exports || !t.imports) break;
    prefix.push(t);
  }
  return prefix;
}

function otherFigures(chosen: Candidate, published: readonly Candidate[]): OtherFigure[] {
  const balance = (c: Candidate) => c.figures.balanceUsd ?? 0;
  return published
    .filter((c) => c !== chosen && (c.months !== chosen.months || Math.abs(balance(c) - balance(chosen)) >= FLOWS_CONFIG.otherFigureFromUsd))
    .map((c) => {
      const t = c.total!;
      const other: OtherFigure = { ...c.figures, source: t.source };
      if (t.vintage) other.vintage = t.vintage;
      if (c.months !== undefined) other.months = c.months;
      if (t.note) other.note = t.note;
      return other;
    });
}

function coverageNote(year: number, months: number | undefined): string {
  return `year to date: ${months === undefined ? 'part of the year (the table does not say which months)' : describeMonths(monthsOfYear(year).slice(0, months))}`;
}

export function balanceYear(year: number, timeline: PartnerTimeline, totals: readonly AnnualTradeTotal[], lastMonth: string): BalanceYear {
  const published: Candidate[] = totals
    .filter((t) => t.year === year)
    .map((t) => ({ figures: figuresOf(t), total: t, months: monthsCovered(t, timeline) }))
    // Latest vintage first; totals without a vintage last.
    .sort((a, b) => (b.total.vintage ?? '').localeCompare(a.total.vintage ?? ''));
  const notes = gapNotes(year, timeline, lastMonth);
  const prefix = monthlyPrefix(year, timeline);
  const fromMonths: Candidate[] = prefix.length ? [{ figures: sumOfMonths(prefix), months: prefix.length, monthly: prefix }] : [];
  let basis: YearBasis = 'months';
  let chosen = fromMonths.find((c) => c.months === 12);
  if (!chosen) {
    basis = 'annual_total';
    chosen = published.find((c) => c.months === 12);
  }
  if (!chosen) {
    basis = 'year_to_date';
    // The sort is stable: among equal coverage, the latest published figure comes first.
    chosen = [...published, ...fromMonths].sort((a, b) => (b.months ?? 0) - (a.months ?? 0))[0];
    if (chosen) notes.unshift(coverageNote(year, chosen.months));
  }
  if (!chosen) return { year, months: 0, basis: 'none', sources: [], notes: [...notes, 'no figures for this year in the data'], others: [] };
  if (chosen.monthly) notes.push(...estimateNotes(chosen.monthly));
  const row: BalanceYear = { year, ...chosen.figures, basis, sources: chosen.total ? [chosen.total.source] : sourcesOf(chosen.monthly!), notes, others: [] };
  if (chosen.months !== undefined) row.months = chosen.months;
  if (chosen.total?.vintage) row.vintage = chosen.total.vintage;
  row.others = otherFigures(chosen, published);
  return row;
}
