import type { EffectiveRateReport } from '../flows/effective-rate-types.js';
import type { PublishedRate } from '../flows/published-rates.js';
import { stackedBarsSvg } from './stacked-bars.js';

/**
 * `tariffs effective-rate` over several dates as a chart: for each date the rate stacked by program
 * (percentage points of the import-weighted rate), and the Budget Lab's published figure for the date
 * drawn across the bar where there is one.
 */

const NAMES: Record<string, string> = {
  base: 'base (column 1 / 2)',
  section_301: 'Section 301',
  section_232: 'Section 232',
  ieepa_fentanyl: 'IEEPA fentanyl',
  ieepa_reciprocal: 'IEEPA reciprocal',
  ieepa_brazil: 'IEEPA Brazil',
  ieepa_india: 'IEEPA India',
  section_122: 'Section 122',
  section_201: 'Section 201',
};

/** What the chart reads of a report (an answer that carries only the rate by program will do). */
export type ChartedRate = Pick<EffectiveRateReport, 'date' | 'weights' | 'by_program' | 'metal_content' | 'preferences'>;

export function effectiveRateChartSvg(reports: readonly ChartedRate[], published: readonly (PublishedRate | undefined)[]): string {
  const programs: string[] = [];
  for (const r of reports) for (const p of r.by_program) if (!programs.includes(p.key)) programs.push(p.key);
  const first = reports[0];
  const claimed = first?.preferences !== undefined;
  const sources = published.flatMap((p) => (p && p.rate_pct !== null ? [`${p.date}: ${p.source}${p.counts ? ` (counts ${p.counts})` : ''}.`] : []));
  return stackedBarsSvg({
    title: 'Effective tariff rate on US imports, by program',
    subtitle: `${claimed ? 'trade preferences claimed' : 'statutory: no trade preference claimed'}; ${first?.weights.year ?? ''} imports for consumption as weights (HS10 x partner), chapters 98 and 99 left out; percent`,
    notes: [
      `Each line of the weights priced by the duty engine at the law of each date; metal content taken as ${(first?.metal_content.share ?? 0) * 100}% of the value where Section 232 taxes it.`,
      ...sources,
    ],
    unit: '%',
    series: programs.map((p) => NAMES[p] ?? p),
    referenceLabel: sources.length > 0 ? 'Budget Lab published rate' : undefined,
    columns: reports.map((r, i) => {
      const column = { label: r.date, parts: programs.map((p) => r.by_program.find((x) => x.key === p)?.rate_pct ?? 0) };
      const ref = published[i]?.rate_pct;
      return ref === null || ref === undefined ? column : { ...column, reference: ref };
    }),
    formatValue: (v) => v.toFixed(1),
  });
}
