import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ServerContext } from '../context.js';
import { alertRoutes } from './alerts.js';
import { auditReplayRoutes } from './audit-replay.js';
import { auditRoutes } from './audit.js';
import { checkRoutes } from './check.js';
import { dutyRoutes } from './duty.js';
import { entryRoutes } from './entries.js';
import { healthRoutes } from './health.js';
import { keyRoutes } from './keys.js';
import { licenseShipmentRoutes } from './license-shipments.js';
import { licenseRoutes } from './licenses.js';
import { listsUpdateJobRoutes } from './lists-update-job.js';
import { listRoutes } from './lists.js';
import { partyRoutes } from './parties.js';
import { scenarioRoutes } from './scenarios.js';
import { screenRoutes } from './screen.js';
import { sessionRoutes } from './session.js';
import { settingsRoutes } from './settings.js';
import { tradeRoutes } from './trade.js';
import { scenarioNationalRoutes } from './scenario-national.js';

/**
 * Every route plugin of the API, one concern each. A new engine adds its routes as a plugin here: a
 * file `routes/<engine>.ts` exporting a FastifyPluginAsyncTypebox<ServerContext> whose handlers call
 * its use case in src/app with `ctx.rt` and `callerOf(request).name` as the actor, declare
 * `config: { role }` and TypeBox body and response schemas (OpenAPI comes from them), and throw
 * ClearanceError for the error handler to answer.
 */
export const ROUTES: readonly FastifyPluginAsyncTypebox<ServerContext>[] = [
  healthRoutes,
  screenRoutes,
  checkRoutes,
  licenseRoutes,
  partyRoutes,
  alertRoutes,
  listRoutes,
  auditRoutes,
  keyRoutes,
  dutyRoutes,
  scenarioRoutes,
  tradeRoutes,
  scenarioNationalRoutes,
  // Routes the analyst UI (web/) needs.
  sessionRoutes,
  settingsRoutes,
  entryRoutes,
  auditReplayRoutes,
  listsUpdateJobRoutes,
  licenseShipmentRoutes,
];
