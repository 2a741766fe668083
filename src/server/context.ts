import type { Runtime } from '../app/runtime.js';
import type { WarmLists } from '../app/warm-lists.js';
import type { ServerLimits } from './config.js';

/**
 * What every route plugin is given: the runtime its use cases run over, the warm lists (to name the
 * version in service and to swap after an update) and the limits.
 */
export interface ServerContext {
  rt: Runtime;
  lists: WarmLists;
  limits: ServerLimits;
}
