import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { dutyOfLine } from '../../app/duty.js';
import { listMeasures } from '../../app/tariffs.js';
import { WarmTariffs } from '../../app/warm-tariffs.js';
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
  const tariffs = new WarmTariffs(ctx.rt.dataDir);
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
