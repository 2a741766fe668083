import type { TariffPack } from '../tariffs/pack.js';
import { withMeasures } from '../tariffs/overlay.js';
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
