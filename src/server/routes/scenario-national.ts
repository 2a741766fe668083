import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { checkScenario } from '../../app/scenario.js';
import { scenarioNational } from '../../app/scenario-national.js';
import { parseIsoDate } from '../../model/dates.js';
import type { ServerContext } from '../context.js';
import { errorResponses } from '../schemas/common.js';
import { NationalAnswer } from '../schemas/trade.js';

/**
 * POST /v1/scenarios/national: what `clearance scenario national --json` answers: the effective rate
 * and static duty revenue on the national import weights before and after a scenario, by program and
 * country, over the imported trade data version and the data folder's current tariff pack.
 */
export const scenarioNationalRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, ctx) => {
  app.post(
    '/v1/scenarios/national',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['trade'],
        summary: 'a "what if" scenario on the national picture: effective rate and static duty revenue before and after, by program and country',
        description:
          'Body: {scenario: the scenario document (as the files of examples/scenarios), dates: [YYYY-MM-DD, ...]}. A wrong scenario field is named by its path, a wrong date by its place (`dates[1]`). Each date prices the 2024 weights twice (about four seconds). Static: no change in volumes. Without an imported trade data version: 404 trade_data_missing (run `clearance trade import DIR`); without a tariff pack: 404 tariff_pack_missing.',
        body: Type.Object(
          {
            // The scenario is checked by the use case, so its errors are named as the command line names them.
            scenario: Type.Object({}, { additionalProperties: true, description: 'the scenario document' }),
            dates: Type.Array(Type.String({ description: 'YYYY-MM-DD' }), { minItems: 1, maxItems: ctx.limits.effectiveRateDates, description: 'the law of these dates' }),
          },
          { additionalProperties: false },
        ),
        response: { 200: NationalAnswer, ...errorResponses(400, 401, 403, 404, 422, 429, 503) },
      },
    },
    async (request) => {
      const scenario = checkScenario(request.body.scenario);
      const dates = request.body.dates.map((d, i) => parseIsoDate(d, `dates[${i}]`));
      return scenarioNational({ scenario, data: { home: ctx.rt.dataDir }, tariffs: { dataDir: ctx.rt.dataDir }, dates });
    },
  );
};
