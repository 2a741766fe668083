import type { CommitmentRow, CommitmentsReport } from '../flows/commitments-types.js';
import { groupedBarsSvg, type BarGroup } from './grouped-bars.js';

/**
 * `trade commitments` as a chart: for each commitment year and goods category (and all covered goods),
 * the baseline year's purchases, the target and the purchases made, with the share of the target
 * reached written over the purchases. Services, which goods statistics do not measure, are left out and
 * said so.
 */

const CHARTED = ['manufactures', 'agriculture', 'energy', 'goods'];

const toBillions = (usd: number | undefined) => (usd === undefined ? undefined : usd / 1e9);

function groupOf(row: CommitmentRow): BarGroup {
  const toDate = row.monthsOfData > 0 && row.monthsOfData < 12 ? ` (${row.monthsOfData} months)` : '';
  return {
    label: row.name,
    sublabel: `${row.year}${toDate}`,
    values: [toBillions(row.baselineUsd), toBillions(row.targetUsd), toBillions(row.actualUsd)],
    annotations: [undefined, undefined, row.shareOfTarget === undefined ? undefined : `${(row.shareOfTarget * 100).toFixed(1)}%`],
  };
}

export function commitmentsChartSvg(report: CommitmentsReport): string {
  const rows = report.years.flatMap((year) => CHARTED.flatMap((g) => report.rows.filter((r) => r.year === year && r.group === g)));
  const services = report.rows.some((r) => r.group === 'services');
  const notes = [
    `Purchases measured by ${report.basis}.`,
    `Categories: ${report.concordance}.`,
    ...(report.dataEnds ? [`The product data ends ${report.dataEnds}; a year with fewer months is to date only.`] : []),
    ...(services ? ['Services are committed too but not drawn: goods export statistics do not measure them.'] : []),
    `Commitments: ${report.sources.agreement.join('; ')}.`,
  ];
  return groupedBarsSvg({
    title: `Purchases against commitments: ${report.agreement.id}`,
    subtitle: `${report.agreement.title}, $ billions`,
    notes,
    unit: '$ bn',
    series: [`${report.baselineYear} baseline`, 'target (baseline + committed increase)', 'purchases (share of target)'],
    groups: rows.map(groupOf),
    formatValue: (v) => String(v),
  });
}
