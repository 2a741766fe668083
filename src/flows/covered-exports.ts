import type { ProductExportLine } from '../model/trade.js';
import { groupOfLabel, type Agreement, type GroupKey } from './agreements.js';
import type { Classifier } from './concordance.js';

export type GroupOrUncovered = GroupKey | 'uncovered';

/** Export lines summed by month and agreement group, with an account of how they were placed. */
export interface GroupedExports {
  byMonth: Map<string, Map<GroupOrUncovered, number>>;
  firstMonth?: string;
  lastMonth?: string;
  lines: { byConcordance: number; byGivenCategory: number; uncovered: number };
  /** Lines whose file assigns another group than the concordance does. */
  disagreements: number;
  /** Months the file gives at HS4 only (no HS6 lines). */
  hs4OnlyMonths: string[];
  /** Group labels (of the concordance or the file) that name no group of the agreement: their lines count as uncovered. */
  unknownLabels: string[];
}

export function groupExports(agreement: Agreement, lines: readonly ProductExportLine[], classify: Classifier): GroupedExports {
  const out: GroupedExports = { byMonth: new Map(), lines: { byConcordance: 0, byGivenCategory: 0, uncovered: 0 }, disagreements: 0, hs4OnlyMonths: [], unknownLabels: [] };
  const unknown = new Set<string>();
  // Files repeat a handful of labels over hundreds of thousands of lines.
  const labels = new Map<string, GroupOrUncovered | undefined>();
  const groupOf = (label: string) => {
    if (!labels.has(label)) labels.set(label, groupOfLabel(agreement, label));
    return labels.get(label);
  };
  const withHs6 = new Set<string>();
  const months = new Set<string>();
  for (const line of lines) {
    months.add(line.month);
    if (line.hs6) withHs6.add(line.month);
    const placed = classify(line);
    let group: GroupOrUncovered = 'uncovered';
    if (placed) {
      group = groupOf(placed.group) ?? 'uncovered';
      if (!groupOf(placed.group)) unknown.add(placed.group);
    }
    if (group === 'uncovered') out.lines.uncovered++;
    else if (placed?.by === 'concordance') out.lines.byConcordance++;
    else out.lines.byGivenCategory++;
    if (placed?.by === 'concordance' && line.givenGroup && groupOf(line.givenGroup) !== group) out.disagreements++;
    const month = out.byMonth.get(line.month) ?? new Map<GroupOrUncovered, number>();
    month.set(group, (month.get(group) ?? 0) + line.usd);
    out.byMonth.set(line.month, month);
  }
  const sorted = [...months].sort();
  if (sorted.length) [out.firstMonth, out.lastMonth] = [sorted[0], sorted.at(-1)];
  out.hs4OnlyMonths = sorted.filter((m) => !withHs6.has(m));
  out.unknownLabels = [...unknown].sort();
  return out;
}

/** The sum of a group over some months; undefined when none of those months is in the data. */
export function sumOver(grouped: GroupedExports, group: GroupOrUncovered, months: readonly string[]): number | undefined {
  const present = months.filter((m) => grouped.byMonth.has(m));
  return present.length ? present.reduce((s, m) => s + (grouped.byMonth.get(m)!.get(group) ?? 0), 0) : undefined;
}
