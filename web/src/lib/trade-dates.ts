/**
 * The dates the trade page prices the effective rate at: those the issue compares with the Budget Lab's
 * published figures, and the turns of 2025 between them (the Section 232 steel and aluminum duties
 * restored at 25% on 2025-03-12; the reciprocal rates by country from 2025-08-07). Each date costs the
 * server about two seconds the first time, then nothing.
 */
export const RATE_DATES = ['2025-01-01', '2025-03-12', '2025-04-10', '2025-06-01', '2025-08-07', '2025-11-01', '2026-03-01', '2026-06-30'] as const;

/** The years of the balance chart: from before the 2018 tariffs to the latest data. */
export const BALANCE_FROM = '2015';
