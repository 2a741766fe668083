import type { BalanceData } from '../model/trade.js';
import { balanceMonth } from './balance-months.js';
import type { BalanceReport } from './balance-types.js';
import { balanceYear } from './balance-years.js';
import { monthRange, yearOf } from './months.js';
import { partnerTimeline, timelineMonths } from './series.js';

export interface BalanceQuery {
  /** ISO alpha-2 code. */
  partner: string;
  /** First and last year (default: those of the data). */
  from?: number;
  to?: number;
  monthly?: boolean;
}

/** The partners the data has figures for. */
export function partnersOf(data: BalanceData): string[] {
  return [...new Set([...data.series.map((s) => s.partner), ...data.annual.map((a) => a.partner)])].sort();
}

/**
 * US goods exports to, imports from and balance with a partner, by year or by month. Gaps stay gaps:
 * a month or flow the data lacks has no figure, and a note says so.
 */
export function tradeBalance(data: BalanceData, query: BalanceQuery): BalanceReport {
  const timeline = partnerTimeline(data, query.partner);
  const totals = data.annual.filter((a) => a.partner === query.partner);
  const months = timelineMonths(timeline);
  const years = [...months.map(yearOf), ...totals.map((t) => t.year)];
  if (years.length === 0) return { partner: query.partner, from: query.from ?? 0, to: query.to ?? 0, notes: [`no figures for ${query.partner} in the data`] };
  const first = Math.min(...years);
  const last = Math.max(...years);
  const from = query.from ?? first;
  const to = query.to ?? last;
  const report: BalanceReport = { partner: query.partner, from, to, notes: [...timeline.notes] };
  if (months.length) report.dataRange = { first: months[0]!, last: months.at(-1)! };
  if (query.monthly) {
    // Without an explicit end, the months run to the last one with figures, not to the end of its year.
    const firstMonth = query.from === undefined && months[0] ? months[0] : `${from}-01`;
    const lastMonth = query.to === undefined && months.at(-1) ? months.at(-1)! : `${to}-12`;
    report.months = monthRange(firstMonth, lastMonth).map((m) => balanceMonth(m, timeline));
  } else {
    report.years = [];
    for (let y = from; y <= to; y++) report.years.push(balanceYear(y, timeline, totals, months.at(-1) ?? `${last}-12`));
  }
  return report;
}
