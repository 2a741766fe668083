import type { BalanceMonth, BalanceYear, CommitmentMonth, CommitmentRow, OtherFigure } from '../../app/trade.js';
import { billions, percent, type Column } from '../table.js';

/** The columns of the `trade` tables ($ billions) and CSV files (whole dollars). */

function other(o: OtherFigure): string {
  const when = [o.vintage, o.months !== undefined && o.months < 12 ? `${o.months} month${o.months === 1 ? '' : 's'}` : undefined].filter((x) => x).join(', ');
  return `${billions(o.balanceUsd)} (${when || o.source})`;
}

export const YEAR_TABLE: Column<BalanceYear>[] = [
  { header: 'year', cell: (r) => r.year },
  { header: 'exports', cell: (r) => billions(r.exportsUsd), right: true },
  { header: 'imports', cell: (r) => billions(r.importsUsd), right: true },
  { header: 'balance', cell: (r) => billions(r.balanceUsd), right: true },
  { header: 'months', cell: (r) => r.months, right: true },
  { header: 'source', cell: (r) => [r.sources.join('; '), r.vintage ? `(vintage ${r.vintage})` : ''].join(' ').trim() || undefined },
  { header: 'other published balances', cell: (r) => r.others.map(other).join('; ') },
];

export const YEAR_CSV: Column<BalanceYear>[] = [
  { header: 'year', cell: (r) => r.year },
  { header: 'exports_usd', cell: (r) => r.exportsUsd },
  { header: 'imports_usd', cell: (r) => r.importsUsd },
  { header: 'balance_usd', cell: (r) => r.balanceUsd },
  { header: 'months', cell: (r) => r.months },
  { header: 'basis', cell: (r) => r.basis },
  { header: 'sources', cell: (r) => r.sources.join('; ') },
  { header: 'vintage', cell: (r) => r.vintage },
  { header: 'notes', cell: (r) => r.notes.join('; ') },
  { header: 'other_published_balances', cell: (r) => r.others.map((o) => `${o.balanceUsd ?? ''} (${o.vintage ?? o.source}${o.months !== undefined && o.months < 12 ? `, ${o.months} months` : ''})`).join('; ') },
];

export const MONTH_TABLE: Column<BalanceMonth>[] = [
  { header: 'month', cell: (r) => r.month },
  { header: 'exports', cell: (r) => billions(r.exportsUsd, 2), right: true },
  { header: 'imports', cell: (r) => billions(r.importsUsd, 2), right: true },
  { header: 'balance', cell: (r) => billions(r.balanceUsd, 2), right: true },
  { header: 'revised', cell: (r) => billions(r.revision?.balanceUsd, 2) ?? '', right: true },
  { header: 'vintage', cell: (r) => r.revision?.vintage ?? '' },
  { header: 'notes', cell: (r) => r.notes.join('; ') },
];

export const MONTH_CSV: Column<BalanceMonth>[] = [
  { header: 'month', cell: (r) => r.month },
  { header: 'exports_usd', cell: (r) => r.exportsUsd },
  { header: 'imports_usd', cell: (r) => r.importsUsd },
  { header: 'balance_usd', cell: (r) => r.balanceUsd },
  { header: 'exports_source', cell: (r) => r.exportsSource },
  { header: 'imports_source', cell: (r) => r.importsSource },
  { header: 'revised_vintage', cell: (r) => r.revision?.vintage },
  { header: 'revised_exports_usd', cell: (r) => r.revision?.exportsUsd },
  { header: 'revised_imports_usd', cell: (r) => r.revision?.importsUsd },
  { header: 'revised_balance_usd', cell: (r) => r.revision?.balanceUsd },
  { header: 'notes', cell: (r) => r.notes.join('; ') },
];

export function commitmentTable(baselineYear: number): Column<CommitmentRow>[] {
  return [
    { header: 'year', cell: (r) => r.year },
    { header: 'category', cell: (r) => r.name },
    { header: `${baselineYear} baseline`, cell: (r) => billions(r.baselineUsd, 2), right: true },
    { header: 'committed increase', cell: (r) => billions(r.committedIncreaseUsd, 2) ?? (r.group === 'uncovered' ? '' : undefined), right: true },
    { header: 'target', cell: (r) => billions(r.targetUsd, 2) ?? (r.group === 'uncovered' ? '' : undefined), right: true },
    { header: 'actual', cell: (r) => billions(r.actualUsd, 2), right: true },
    { header: 'months', cell: (r) => r.monthsOfData, right: true },
    { header: 'share of target', cell: (r) => percent(r.shareOfTarget) ?? (r.group === 'uncovered' ? '' : undefined), right: true },
  ];
}

export const COMMITMENT_CSV: Column<CommitmentRow>[] = [
  { header: 'year', cell: (r) => r.year },
  { header: 'group', cell: (r) => r.group },
  { header: 'baseline_usd', cell: (r) => r.baselineUsd },
  { header: 'committed_increase_usd', cell: (r) => r.committedIncreaseUsd },
  { header: 'target_usd', cell: (r) => r.targetUsd },
  { header: 'actual_usd', cell: (r) => r.actualUsd },
  { header: 'months_of_data', cell: (r) => r.monthsOfData },
  { header: 'share_of_target', cell: (r) => r.shareOfTarget },
  { header: 'notes', cell: (r) => r.notes.join('; ') },
];

export const PATH_TABLE: Column<CommitmentMonth>[] = [
  { header: 'month', cell: (r) => r.month },
  { header: 'category', cell: (r) => r.name },
  { header: 'in month', cell: (r) => billions(r.usd, 2), right: true },
  { header: 'cumulative', cell: (r) => billions(r.cumulativeUsd, 2), right: true },
  { header: 'target', cell: (r) => billions(r.targetUsd, 2), right: true },
  { header: 'share of target', cell: (r) => percent(r.cumulativeShare), right: true },
];

export const PATH_CSV: Column<CommitmentMonth>[] = [
  { header: 'month', cell: (r) => r.month },
  { header: 'group', cell: (r) => r.group },
  { header: 'usd', cell: (r) => r.usd },
  { header: 'cumulative_usd', cell: (r) => r.cumulativeUsd },
  { header: 'target_usd', cell: (r) => r.targetUsd },
  { header: 'cumulative_share', cell: (r) => r.cumulativeShare },
];
