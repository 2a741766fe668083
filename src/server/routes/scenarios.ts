import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { checkScenario, runScenarioLines } from '../../app/scenario.js';
import { scenarioChart, touchesChart } from '../../app/scenario-chart.js';
import { scenarioLicenses } from '../../app/scenario-licenses.js';
import { placedTransactions } from '../../app/scenario-transactions.js';
import { scenarioParties } from '../../app/scenario-parties.js';
import type { ServerContext } from '../context.js';
import { AnyObject, errorResponses } from '../schemas/common.js';

/**
 * POST /v1/scenarios/run: what `clearance scenario run` answers, over lines in the body: each line's
 * duty before and after the scenario and the totals by program and origin, and with `parties: true`
 * the stored parties the scenario's added entries would alert on, with `licenses: true` the open
 * licenses and shipments they would block (nothing is written). With `transactions` (and with
 * `licenses: true` when the scenario sets Country Chart cells) the EAR decisions before and after the
 * cells, as `scenario run --transactions` gives them under `chart`; the data folder's rules pack.
 */
export const scenarioRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, ctx) => {
  const tariffs = ctx.tariffs;
  app.post(
    '/v1/scenarios/run',
    {
      config: { role: 'viewer' },
      bodyLimit: ctx.limits.batchBodyLimit,
      schema: {
        tags: ['duties'],
        summary: 'a "what if" scenario over entry lines (duty before and after) and, with parties, the stored parties it would alert on',
        description:
          'Body: {scenario: the scenario document (as the YAML/JSON files of examples/scenarios), lines?: [entry line, ...], as_of?, parties?, licenses?, transactions?: [transaction, ...]}; chart_from (a file) is refused here: send the cells. A wrong scenario field is named by its path (`scenario` fields like `tariffs.change[0].rate_pct`); a wrong line by `lines[i]`. Static: no change in volumes.',
        body: Type.Object(
          {
            // The scenario and the lines are checked by the use case, so their errors are named as the CLI names them.
            scenario: Type.Object({}, { additionalProperties: true, description: 'the scenario document' }),
            lines: Type.Optional(Type.Array(Type.Object({}, { additionalProperties: true, description: 'an entry line, as POST /v1/duty takes it' }), { maxItems: ctx.limits.maxBatch })),
            as_of: Type.Optional(Type.String({ description: 'price every line at the law of this day (YYYY-MM-DD)' })),
            parties: Type.Optional(Type.Boolean({ description: 'also screen the stored parties against the scenario\'s added list entries' })),
            licenses: Type.Optional(Type.Boolean({ description: 'also re-read open licenses and their drawn shipments against the scenario\'s list changes, and re-decide the shipments under its chart cells' })),
            transactions: Type.Optional(
              Type.Array(Type.Object({}, { additionalProperties: true, description: 'a transaction, as POST /v1/check takes it' }), { maxItems: ctx.limits.maxBatch, description: 'decided before and after the scenario\'s Country Chart cells' }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 200: AnyObject, ...errorResponses(400, 401, 403, 404, 413, 422, 429, 503) },
      },
    },
    async (request) => {
      const scenario = checkScenario(request.body.scenario);
      const lines = request.body.lines ?? [];
      const run = lines.length > 0 ? await runScenarioLines((await tariffs.engine()).pack, { scenario, lines, date: request.body.as_of, dateField: 'as_of' }) : undefined;
      const parties = request.body.parties ? await scenarioParties(ctx.rt, scenario) : undefined;
      const licenses = request.body.licenses ? await scenarioLicenses(ctx.rt, scenario) : undefined;
      const transactions = request.body.transactions ? placedTransactions(request.body.transactions, (i) => `[${i}]`, 'transactions') : undefined;
      const chart =
        transactions || (request.body.licenses && touchesChart(scenario))
          ? await scenarioChart(ctx.rt, scenario, { transactions, shipments: request.body.licenses, chartFrom: 'refuse' })
          : undefined;
      return { ...(run ?? { scenario: { name: scenario.name, description: scenario.description } }), ...(parties ? { parties } : {}), ...(licenses ? { licenses } : {}), ...(chart ? { chart } : {}) };
    },
  );
};
