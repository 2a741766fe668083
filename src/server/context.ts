import type { Runtime } from '../app/runtime.js';
import type { WarmLists } from '../app/warm-lists.js';
import type { WarmTariffs } from '../app/warm-tariffs.js';
import type { ServerLimits } from './config.js';

/**
 * What every route plugin is given: the runtime its use cases run over, the warm lists (to name the
 * version in service and to swap after an update), the one warm tariff pack the duty, trade and scenario
 * routes share, and the limits.
 */
export interface ServerContext {
  rt: Runtime;
  lists: WarmLists;
  tariffs: WarmTariffs;
  limits: ServerLimits;
}
