import type { Agreement } from './agreements.js';
import type { CommitmentGroup, CommitmentMonth, CommitmentsReport } from './commitments-types.js';
import type { GroupedExports } from './covered-exports.js';
import { monthsOfYear } from './months.js';

/**
 * The cumulative path of each goods group (and of all covered goods) through each commitment year, month
 * by month, against the year's target: how far purchases had got, and when. It stops where the data does.
 */
export function commitmentPath(report: CommitmentsReport, grouped: GroupedExports, agreement: Agreement): CommitmentMonth[] {
  const groups: CommitmentGroup[] = [...agreement.groups.filter((g) => g.goods).map((g) => g.key), 'goods'];
  const path: CommitmentMonth[] = [];
  for (const year of report.years) {
    for (const group of groups) {
      const row = report.rows.find((r) => r.year === year && r.group === group);
      const target = row?.targetUsd;
      let cumulativeUsd = 0;
      for (const month of monthsOfYear(year)) {
        const byGroup = grouped.byMonth.get(month);
        if (!byGroup) break;
        const usd = group === 'goods' ? groups.slice(0, -1).reduce((s, g) => s + (byGroup.get(g as never) ?? 0), 0) : (byGroup.get(group) ?? 0);
        cumulativeUsd += usd;
        const point: CommitmentMonth = { month, group, name: row?.name ?? group, usd, cumulativeUsd };
        if (target) Object.assign(point, { targetUsd: target, cumulativeShare: cumulativeUsd / target });
        path.push(point);
      }
    }
  }
  return path;
}
