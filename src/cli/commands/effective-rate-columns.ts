import type { CoverageRow, EffectiveRateReport, PublishedRate, RateRow } from '../../app/effective-rate.js';
import { billions, type Column } from '../table.js';

/** The columns of `tariffs effective-rate`: tables in $ billions and percent, CSV in dollars. */

const SHORT: Record<string, string> = {
  base: 'base',
  section_301: 's301',
  section_232: 's232',
  ieepa_fentanyl: 'fentanyl',
  ieepa_reciprocal: 'reciprocal',
  ieepa_brazil: 'brazil',
  ieepa_india: 'india',
  section_122: 's122',
  section_201: 's201',
};

const pct = (n: number | undefined, digits = 2) => (n === undefined ? undefined : n.toFixed(digits));

/** The programs that charge anything in any of the reports, in the reports' order. */
export function programsOf(reports: readonly EffectiveRateReport[]): string[] {
  const seen: string[] = [];
  for (const r of reports) for (const p of r.by_program) if (!seen.includes(p.key)) seen.push(p.key);
  return seen;
}

/** Points of a row's own rate that each program carries. */
function points(row: RateRow, program: string): string {
  return row.value_usd > 0 ? (((row.programs[program] ?? 0) / row.value_usd) * 100).toFixed(2) : '0.00';
}

export function groupTable(title: string, programs: readonly string[]): Column<RateRow>[] {
  return [
    { header: title, cell: (r) => r.key },
    { header: 'value $bn', cell: (r) => billions(r.value_usd), right: true },
    { header: 'duty $bn', cell: (r) => billions(r.duty_usd, 2), right: true },
    { header: 'rate %', cell: (r) => pct(r.rate_pct), right: true },
    ...programs.map((p) => ({ header: SHORT[p] ?? p, cell: (r: RateRow) => points(r, p), right: true })),
  ];
}

export const PROGRAM_TABLE: Column<RateRow>[] = [
  { header: 'program', cell: (r) => r.key },
  { header: 'charges $bn', cell: (r) => billions(r.value_usd), right: true },
  { header: 'duty $bn', cell: (r) => billions(r.duty_usd, 2), right: true },
  { header: 'points', cell: (r) => pct(r.rate_pct), right: true },
];

type Dated<T> = T & { date: string };

export function groupCsv(programs: readonly string[]): Column<Dated<RateRow>>[] {
  return [
    { header: 'date', cell: (r) => r.date },
    { header: 'key', cell: (r) => r.key },
    { header: 'value_usd', cell: (r) => r.value_usd.toFixed(2) },
    { header: 'duty_usd', cell: (r) => r.duty_usd.toFixed(2) },
    { header: 'rate_pct', cell: (r) => r.rate_pct.toFixed(4) },
    ...programs.map((p) => ({ header: `${p}_usd`, cell: (r: Dated<RateRow>) => (r.programs[p] ?? 0).toFixed(2) })),
  ];
}

export const COVERAGE_TABLE: Column<CoverageRow>[] = [
  { header: 'heading', cell: (r) => r.heading },
  { header: 'program', cell: (r) => SHORT[r.program] ?? r.program },
  { header: 'covers $bn', cell: (r) => billions(r.value_usd), right: true },
  { header: 'share %', cell: (r) => pct(r.share_pct, 1), right: true },
  { header: 'duty $bn', cell: (r) => billions(r.duty_usd, 2), right: true },
  { header: 'largest origins ($bn)', cell: (r) => r.by_country.slice(0, 4).map((c) => `${c.country} ${billions(c.value_usd)}`).join(', ') },
  { header: 'action', cell: (r) => r.description },
];

type CoverageCell = { date: string; row: CoverageRow; country: string; value_usd: number; duty_usd: number };

export const COVERAGE_CSV: Column<CoverageCell>[] = [
  { header: 'date', cell: (c) => c.date },
  { header: 'heading', cell: (c) => c.row.heading },
  { header: 'program', cell: (c) => c.row.program },
  { header: 'action', cell: (c) => c.row.description },
  { header: 'country', cell: (c) => c.country },
  { header: 'value_usd', cell: (c) => c.value_usd.toFixed(2) },
  { header: 'duty_usd', cell: (c) => c.duty_usd.toFixed(2) },
];

export function coverageCells(date: string, rows: readonly CoverageRow[]): CoverageCell[] {
  return rows.flatMap((row) => row.by_country.map((c) => ({ date, row, country: c.country, value_usd: c.value_usd, duty_usd: c.duty_usd })));
}

export interface DateRow {
  report: EffectiveRateReport;
  published?: PublishedRate;
}

export function datesTable(programs: readonly string[]): Column<DateRow>[] {
  return [
    { header: 'date', cell: (r) => r.report.date },
    { header: 'rate %', cell: (r) => pct(r.report.rate_pct), right: true },
    ...programs.map((p) => ({ header: SHORT[p] ?? p, cell: (r: DateRow) => pct(r.report.by_program.find((x) => x.key === p)?.rate_pct ?? 0), right: true })),
    { header: 'metal 0-100%', cell: (r) => `${pct(r.report.metal_content.rate_pct_if_none, 1)}-${pct(r.report.metal_content.rate_pct_if_all, 1)}`, right: true },
    { header: 'Budget Lab %', cell: (r) => (r.published?.rate_pct === null ? 'none' : pct(r.published?.rate_pct ?? undefined, 1)), right: true },
  ];
}

export function datesCsv(programs: readonly string[]): Column<DateRow>[] {
  return [
    { header: 'date', cell: (r) => r.report.date },
    { header: 'rate_pct', cell: (r) => r.report.rate_pct.toFixed(4) },
    { header: 'value_usd', cell: (r) => r.report.value_usd.toFixed(2) },
    { header: 'duty_usd', cell: (r) => r.report.duty_usd.toFixed(2) },
    ...programs.map((p) => ({ header: `${p}_points`, cell: (r: DateRow) => (r.report.by_program.find((x) => x.key === p)?.rate_pct ?? 0).toFixed(4) })),
    { header: 'rate_pct_no_metal', cell: (r) => r.report.metal_content.rate_pct_if_none.toFixed(4) },
    { header: 'rate_pct_all_metal', cell: (r) => r.report.metal_content.rate_pct_if_all.toFixed(4) },
    { header: 'published_pct', cell: (r) => r.published?.rate_pct ?? undefined },
    { header: 'published_source', cell: (r) => r.published?.source },
  ];
}
