export { scenarioTariffPack } from './apply.js';
export { parseScenario } from './parse.js';
export { ScenarioSchema, type Scenario } from './schema.js';
export { tariffOverlay } from './tariff-overlay.js';
