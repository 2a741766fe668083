import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { dutyOfLine, dutyOfLines } from '../../app/duty.js';
import { listMeasures } from '../../app/tariffs.js';
import type { ServerContext } from '../context.js';
import { AnyObject, documentsOnly, errorResponses } from '../schemas/common.js';
import { EntryLineSchema } from '../schemas/duty.js';

/**
 * POST /v1/duty: the duty on one entry line as `clearance duty` answers it (same input, same answer,
 * naming the schedule revision and pack it used); GET /v1/tariffs/measures: the chapter 99 measures
 * in force on a date, as `clearance tariffs measures`. Both over the data folder's current tariff pack,
 * kept warm between requests.
 */
export const dutyRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, ctx) => {
  const tariffs = ctx.tariffs;
  app.post(
    '/v1/duty',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['duties'],
        summary: 'the import duty on one entry line (base rate, chapter 99 measures, fees), with citations',
        description:
          'Body: one entry line as for `clearance duty --input` ({hts, country_of_origin, entry_date, customs_value_usd, ...}). `?as_of=YYYY-MM-DD` applies the law of another day. Without a tariff pack in the data folder: 404 tariff_pack_missing (run `clearance tariffs build --from DIR`).',
        querystring: Type.Object({ as_of: Type.Optional(Type.String({ description: 'apply the law of this day (YYYY-MM-DD)' })) }, { additionalProperties: false }),
        body: documentsOnly(EntryLineSchema),
        response: { 200: AnyObject, ...errorResponses(400, 401, 403, 404, 422, 429, 503) },
      },
    },
    async (request) => dutyOfLine(await tariffs.engine(), request.body, request.query.as_of !== undefined ? { asOf: request.query.as_of } : {}, 'as_of'),
  );
  app.post(
    '/v1/duty/batch',
    {
      config: { role: 'viewer' },
      bodyLimit: ctx.limits.batchBodyLimit,
      schema: {
        tags: ['duties'],
        summary: `the duty on up to ${ctx.limits.maxBatch} entry lines, answered in order on one tariff pack`,
        description: 'Body: {lines: [entry line, ...], as_of?}. A wrong line refuses the whole batch, naming it (`lines[3].entry_date`).',
        body: Type.Object(
          {
            // The lines' fields are checked by the use case, so a wrong one is named as the CLI names it.
            lines: Type.Array(Type.Object({}, { additionalProperties: true, description: 'an entry line, as POST /v1/duty takes it' }), { minItems: 1, maxItems: ctx.limits.maxBatch }),
            as_of: Type.Optional(Type.String({ description: 'apply the law of this day (YYYY-MM-DD) to every line' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ answers: Type.Array(AnyObject) }), ...errorResponses(400, 401, 403, 404, 413, 422, 429, 503) },
      },
    },
    async (request) => {
      const { lines, as_of: asOf } = request.body;
      return { answers: dutyOfLines(await tariffs.engine(), lines, asOf !== undefined ? { asOf } : {}, 'as_of') };
    },
  );
  app.get(
    '/v1/tariffs/measures',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['duties'],
        summary: 'the chapter 99 measures in force on a date (for an origin), with rates, windows and product scopes',
        querystring: Type.Object(
          { date: Type.String({ description: 'YYYY-MM-DD' }), country: Type.Optional(Type.String({ description: 'ISO 3166 alpha-2 origin' })) },
          { additionalProperties: false },
        ),
        response: { 200: AnyObject, ...errorResponses(400, 401, 403, 404, 429, 503) },
      },
    },
    async (request) => listMeasures((await tariffs.engine()).pack, { date: request.query.date, ...(request.query.country !== undefined ? { country: request.query.country } : {}) }, { date: 'date', country: 'country' }),
  );
};
