import type { ChartChange } from '../ear/diff-charts.js';
import type { RulesPack } from '../ear/pack.js';
import type { TariffPack } from '../tariffs/pack.js';
import { withMeasures } from '../tariffs/overlay.js';
import { chartChanges, chartColumn, withChartChanges, type ChartCellChange, type ChartCellSet } from './chart-overlay.js';
import type { Scenario } from './schema.js';
import { tariffOverlay } from './tariff-overlay.js';

/**
 * The base data with a scenario laid over it, in memory: a new tariff pack (its own version) when
 * the scenario touches tariffs, else the base pack itself. The stored pack never changes.
 */
export function scenarioTariffPack(base: TariffPack, scenario: Scenario): TariffPack {
  const t = scenario.tariffs;
  if (!t || ((t.change ?? []).length === 0 && (t.add ?? []).length === 0 && (t.end ?? []).length === 0)) return base;
  return withMeasures(base, tariffOverlay(base, t, scenario.name));
}

/** Whether the scenario sets Country Chart cells (itself or through `chart_from`). */
export function touchesChart(scenario: Scenario): boolean {
  return (scenario.chart ?? []).length > 0 || scenario.chart_from !== undefined;
}

/**
 * The rules pack with the scenario's Country Chart cells laid over it, and the cells it changed.
 * `fromChart` is the `chart_from` chart's difference from the base (`rules diff base other`): each
 * differing cell takes the other chart's mark; the scenario's own `chart` cells are laid after them.
 */
export function scenarioRulesPack(base: RulesPack, scenario: Scenario, fromChart: readonly ChartChange[] = []): { pack: RulesPack; changes: ChartCellChange[] } {
  const cells: ChartCellSet[] = [
    ...fromChart.map((c) => ({ country: c.country, column: c.column, mark: c.after, field: 'chart_from' })),
    ...(scenario.chart ?? []).map((c, i) => ({ country: c.country, column: chartColumn(c.column, `chart[${i}].column`), mark: c.mark, field: `chart[${i}]` })),
  ];
  const changes = chartChanges(base, cells);
  return { pack: withChartChanges(base, changes, scenario.name), changes };
}
