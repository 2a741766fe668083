import type { BalanceMonth, BalanceReport, BalanceYear } from '../flows/balance-types.js';
import { fractionalYear, TRADE_EVENTS, type TradeEvent } from '../flows/trade-events.js';
import type { TimeBand, TimePoint, TimeSeries } from './time-series.js';
import { timeSeriesSvg } from './time-series.js';

/**
 * `trade balance` as a chart: exports and imports as lines, the balance as bars, in $ billions, by year
 * or by month; the turns of trade policy marked; periods the data lacks a flow for shaded and left
 * blank; part years starred under the axis.
 */

interface Period {
  x: number;
  figures: BalanceYear | BalanceMonth;
}

function periodsOf(report: BalanceReport): Period[] {
  if (report.months) return report.months.map((m) => ({ x: xOfMonth(m.month), figures: m }));
  return (report.years ?? []).map((y) => ({ x: y.year, figures: y }));
}

const toBillions = (usd: number | undefined) => (usd === undefined ? undefined : usd / 1e9);

function seriesOf(periods: readonly Period[], key: 'exportsUsd' | 'importsUsd' | 'balanceUsd'): TimePoint[] {
  return periods.map((p) => ({ x: p.x, y: toBillions(p.figures[key]) }));
}

/** Runs of consecutive periods lacking exports or imports (a band each, named by what is missing). */
function gapBands(periods: readonly Period[], period: number): TimeBand[] {
  const bands: TimeBand[] = [];
  for (const p of periods) {
    const missing = [p.figures.exportsUsd === undefined ? 'exports' : '', p.figures.importsUsd === undefined ? 'imports' : ''].filter((m) => m);
    if (!missing.length) continue;
    const label = `no ${missing.join(' or ')}`;
    const last = bands.at(-1);
    if (last && last.label === label && Math.abs(last.to - p.x) < period / 2) last.to = p.x + period;
    else bands.push({ from: p.x, to: p.x + period, label });
  }
  return bands;
}

function partYears(report: BalanceReport): Map<number, number> {
  return new Map((report.years ?? []).filter((y) => y.months !== undefined && y.months > 0 && y.months < 12).map((y) => [y.year, y.months!]));
}

/** By month, the balance as a later vintage revised it, where one did: it may fill months the main series lacks. */
function revisedBalance(report: BalanceReport): TimeSeries | undefined {
  const revised = (report.months ?? []).filter((m) => m.revision?.balanceUsd !== undefined);
  if (!revised.length) return undefined;
  const vintages = [...new Set(revised.map((m) => m.revision!.vintage))].sort();
  const points = (report.months ?? []).map((m) => ({ x: xOfMonth(m.month), y: toBillions(m.revision?.balanceUsd) }));
  return { key: 'revised-balance', label: `balance, later vintage (${vintages.join(', ')})`, kind: 'line', points };
}

function xOfMonth(month: string): number {
  return Number(month.slice(0, 4)) + (Number(month.slice(5, 7)) - 1) / 12;
}

export function balanceChartSvg(report: BalanceReport, events: readonly TradeEvent[] = TRADE_EVENTS): string {
  const period = report.months ? 1 / 12 : 1;
  const periods = periodsOf(report);
  const series: TimeSeries[] = [
    { key: 'exports', label: 'US exports', kind: 'line', points: seriesOf(periods, 'exportsUsd') },
    { key: 'imports', label: 'US imports', kind: 'line', points: seriesOf(periods, 'importsUsd') },
    { key: 'balance', label: 'balance (exports minus imports)', kind: 'bar', points: seriesOf(periods, 'balanceUsd') },
  ];
  const revised = revisedBalance(report);
  if (revised) series.push(revised);
  const bands = gapBands(periods, period);
  const partial = partYears(report);
  const [first, last] = [periods[0]?.x ?? 0, (periods.at(-1)?.x ?? 0) + period];
  const shown = events.filter((e) => e.partner === report.partner && fractionalYear(e.date) >= first && fractionalYear(e.date) <= last);
  const sources = [...new Set((report.years ?? []).flatMap((y) => y.sources))];
  const notes = [
    ...(bands.length ? ['Shaded: periods the main series has no figure for; nothing is drawn there (a gap is not a zero).'] : []),
    ...(revised ? ['The later vintage is drawn where it revised a month or gave one the main series lacks.'] : []),
    ...[...partial].map(([year, months]) => `${year}*: ${months} month${months === 1 ? '' : 's'} only (the year to date).`),
    ...shown.map((e) => `${e.date} ${e.label}: ${e.citation}.`),
    ...(sources.length ? [`Sources: ${sources.join('; ')}.`] : []),
  ];
  return timeSeriesSvg({
    title: `US goods trade with ${report.partner}, ${report.from}-${report.to}`,
    subtitle: `$ billions, ${report.months ? 'by month' : 'by year'}: exports and imports (lines), balance (bars)`,
    notes,
    period,
    unit: '$ bn',
    series,
    events: shown.map((e) => ({ x: fractionalYear(e.date), label: `${e.date.slice(0, 4)} ${e.label}` })),
    bands,
    formatValue: (v) => String(v),
    yearLabel: (year) => (partial.has(year) ? `${year}*` : String(year)),
  });
}
