/**
 * Dated turns of US-China trade policy that charts of the trade figures mark, each with the instrument
 * that made it: the first Section 301 tariffs (2018), the Phase One agreement entering into force
 * (2020), and the first IEEPA tariffs on China (2025).
 */

export interface TradeEvent {
  /** YYYY-MM-DD, the day the measure took effect. */
  date: string;
  /** The partner it concerns (ISO alpha-2). */
  partner: string;
  /** A few words, as a chart label. */
  label: string;
  citation: string;
}

export const TRADE_EVENTS: readonly TradeEvent[] = [
  { date: '2018-07-06', partner: 'CN', label: 'Section 301 tariffs begin (List 1)', citation: '83 FR 28710 (2018-06-20); heading 9903.88.01' },
  { date: '2020-02-14', partner: 'CN', label: 'Phase One agreement in force', citation: 'Phase One Agreement (signed 2020-01-15); 85 FR 3741 (2020-01-22)' },
  { date: '2025-02-04', partner: 'CN', label: 'IEEPA tariffs on China begin', citation: 'Executive Order 14195, 90 FR 9121 (2025-02-07); heading 9903.01.20' },
];

/** A date as fractional years (2020-07-01 is about 2020.5): where a chart puts it on a time axis. */
export function fractionalYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const start = Date.UTC(y, 0, 1);
  return y + (Date.UTC(y, m - 1, d) - start) / (Date.UTC(y + 1, 0, 1) - start);
}
