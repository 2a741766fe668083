import type { CommitmentData } from '../model/trade.js';
import { groupOfLabel, type Agreement, type AgreementGroup } from './agreements.js';
import type { CommitmentGroup, CommitmentRow, CommitmentsReport } from './commitments-types.js';
import { commitmentPath } from './commitments-path.js';
import { concordanceClassifier, givenClassifier } from './concordance.js';
import { groupExports, sumOver, type GroupedExports } from './covered-exports.js';
import { describeMonths, monthsOfYear } from './months.js';

/**
 * Purchases under a purchase agreement against its commitments: for each year and group, the baseline
 * year's covered exports, the committed increase, the target (their sum), the covered exports of the
 * year, and the share of the target reached. Goods are measured by US export statistics; services,
 * which those do not measure, keep their commitment and no actual figure.
 */

function increaseOf(data: CommitmentData, agreement: Agreement, group: AgreementGroup, year: number): number | undefined {
  const rows = data.commitments.rows.filter((r) => r.year === year && groupOfLabel(agreement, r.group) === group.key);
  return rows.length ? rows.reduce((s, r) => s + r.additionalUsd, 0) : undefined;
}

function row(year: number, group: CommitmentGroup, name: string, figures: Omit<CommitmentRow, 'year' | 'group' | 'name' | 'notes'>, notes: string[] = []): CommitmentRow {
  const out: CommitmentRow = { year, group, name, ...figures, notes };
  if (out.baselineUsd !== undefined && out.committedIncreaseUsd !== undefined) out.targetUsd = out.baselineUsd + out.committedIncreaseUsd;
  if (out.actualUsd !== undefined && out.targetUsd) out.shareOfTarget = out.actualUsd / out.targetUsd;
  return out;
}

function rowsOfYear(data: CommitmentData, agreement: Agreement, grouped: GroupedExports, baselineYear: number, year: number): CommitmentRow[] {
  const baselineMonths = monthsOfYear(baselineYear);
  const months = monthsOfYear(year);
  const monthsOfData = months.filter((m) => grouped.byMonth.has(m)).length;
  const rows: CommitmentRow[] = [];
  const goods = { baselineUsd: 0, committedIncreaseUsd: 0, actualUsd: 0 };
  for (const group of agreement.groups) {
    const committedIncreaseUsd = increaseOf(data, agreement, group, year);
    if (!group.goods) {
      const figures = committedIncreaseUsd === undefined ? { monthsOfData: 0 } : { committedIncreaseUsd, monthsOfData: 0 };
      rows.push(row(year, group.key, group.name, figures, [`${group.name.toLowerCase()} are not measured by goods export statistics: no actual figure`]));
      continue;
    }
    const baselineUsd = sumOver(grouped, group.key, baselineMonths);
    const actualUsd = sumOver(grouped, group.key, months);
    rows.push(row(year, group.key, group.name, { baselineUsd, committedIncreaseUsd, actualUsd, monthsOfData }));
    goods.baselineUsd += baselineUsd ?? 0;
    goods.committedIncreaseUsd += committedIncreaseUsd ?? 0;
    goods.actualUsd += actualUsd ?? 0;
  }
  rows.push(row(year, 'goods', 'Goods covered', { ...goods, actualUsd: monthsOfData ? goods.actualUsd : undefined, monthsOfData }));
  rows.push(
    row(year, 'uncovered', 'Goods not covered', {
      baselineUsd: sumOver(grouped, 'uncovered', baselineMonths),
      actualUsd: sumOver(grouped, 'uncovered', months),
      monthsOfData,
    }),
  );
  if (monthsOfData > 0 && monthsOfData < 12) {
    for (const r of rows) if (r.actualUsd !== undefined) r.notes.push(`to date: ${describeMonths(months.filter((m) => grouped.byMonth.has(m)))} only`);
  }
  return rows;
}

export interface CommitmentsQuery {
  agreement: Agreement;
  monthly?: boolean;
}

export function tradeCommitments(data: CommitmentData, query: CommitmentsQuery): CommitmentsReport {
  const { agreement } = query;
  const classify = data.concordance ? concordanceClassifier(data.concordance.codes) : givenClassifier;
  const grouped = groupExports(agreement, data.exports.partner === agreement.partner ? data.exports.lines : [], classify);
  const baselineYear = Math.min(...data.commitments.rows.map((r) => r.baselineYear));
  const years = [...new Set(data.commitments.rows.map((r) => r.year))].sort();
  const report: CommitmentsReport = {
    agreement: { id: agreement.id, title: agreement.title, partner: agreement.partner, citations: agreement.citations },
    baselineYear,
    years,
    rows: years.flatMap((y) => rowsOfYear(data, agreement, grouped, baselineYear, y)),
    basis: `US export statistics: US exports to ${agreement.partner} by HS6 and month (${data.exports.file})`,
    concordance: describeConcordance(data, grouped),
    notes: notesOf(grouped, years, baselineYear),
    sources: {
      exports: data.exports.file,
      commitments: data.commitments.file,
      agreement: [...new Set([...agreement.citations, ...data.commitments.rows.map((r) => r.source).filter((s) => s)])],
    },
  };
  if (data.concordance) report.sources.concordance = data.concordance.file;
  if (grouped.lastMonth) report.dataEnds = grouped.lastMonth;
  if (query.monthly) report.path = commitmentPath(report, grouped, agreement);
  return report;
}

function describeConcordance(data: CommitmentData, grouped: GroupedExports): string {
  const { byConcordance, byGivenCategory, uncovered } = grouped.lines;
  const counts = `${byConcordance} lines placed by it, ${byGivenCategory} by the category their file gives, ${uncovered} not covered`;
  if (!data.concordance) return `the categories the export file assigns (${counts})`;
  const disagree = grouped.disagreements ? `; the file assigns another group to ${grouped.disagreements} of them` : '; the file assigns the same groups';
  return `Annex product list as mapped to HS codes in ${data.concordance.file} (${data.concordance.codes.length} codes of 4 to 10 digits; an HS6 line takes the most specific code containing it, or the finer line it contains): ${counts}${disagree}`;
}

function notesOf(grouped: GroupedExports, years: readonly number[], baselineYear: number): string[] {
  const notes: string[] = [];
  if (grouped.lastMonth) {
    const short = years.filter((y) => monthsOfYear(y).some((m) => m > grouped.lastMonth!));
    if (short.length) notes.push(`the export data ends ${grouped.lastMonth}: ${short.join(', ')} ${short.length === 1 ? 'is' : 'are'} to date only, and no figure after ${grouped.lastMonth} exists in it`);
  }
  if (grouped.hs4OnlyMonths.length) notes.push(`${describeMonths(grouped.hs4OnlyMonths)} is given at HS4 only: headings the concordance splits take the categories the file assigns`);
  if (grouped.unknownLabels.length) notes.push(`labels naming no group of the agreement, counted as not covered: ${grouped.unknownLabels.join('; ')}`);
  if (monthsOfYear(baselineYear).some((m) => !grouped.byMonth.has(m))) notes.push(`the baseline year ${baselineYear} is not complete in the export data`);
  return notes;
}
