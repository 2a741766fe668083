import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { DEFAULT_HIT_LIMIT, screenParties, screenParty } from '../../app/screen-party.js';
import { callerOf } from '../auth.js';
import type { ServerContext } from '../context.js';
import { Hit, PartyQuery, ScreenOptions } from '../schemas/party.js';
import { errorResponses } from '../schemas/common.js';

/** POST /v1/screen and /v1/screen/batch: parties against the lists in service; each answer names its list version. */
export const screenRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, ctx) => {
  app.post(
    '/v1/screen',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['screening'],
        summary: 'screen one party',
        body: Type.Composite([PartyQuery, Type.Object(ScreenOptions)], { additionalProperties: false }),
        response: { 200: Type.Object({ listVersion: Type.String(), hits: Type.Array(Hit) }), ...errorResponses(400, 401, 403, 429, 503) },
      },
    },
    async (request) => {
      const { threshold, limit, lists, ...party } = request.body;
      const result = await screenParty(ctx.rt, party, { threshold, limit: limit ?? DEFAULT_HIT_LIMIT, listCodes: lists, actor: callerOf(request).name });
      return { listVersion: result.listVersion, hits: result.hits };
    },
  );
  app.post(
    '/v1/screen/batch',
    {
      config: { role: 'viewer' },
      bodyLimit: ctx.limits.batchBodyLimit,
      schema: {
        tags: ['screening'],
        summary: `screen up to ${ctx.limits.maxBatch} parties against one list version`,
        body: Type.Object(
          {
            parties: Type.Array(Type.Composite([Type.Object({ id: Type.Optional(Type.String({ maxLength: 200 })) }), PartyQuery], { additionalProperties: false }), { minItems: 1, maxItems: ctx.limits.maxBatch }),
            ...ScreenOptions,
          },
          { additionalProperties: false },
        ),
        response: {
          200: Type.Object({ listVersion: Type.String(), results: Type.Array(Type.Object({ id: Type.Optional(Type.String()), hits: Type.Array(Hit) })) }),
          ...errorResponses(400, 401, 403, 413, 429, 503),
        },
      },
    },
    async (request) => {
      const { parties, threshold, limit, lists } = request.body;
      const queries = parties.map(({ id: _id, ...party }) => party);
      const { results, listVersion } = await screenParties(ctx.rt, queries, { threshold, limit: limit ?? DEFAULT_HIT_LIMIT, listCodes: lists, actor: callerOf(request).name });
      return { listVersion, results: results.map((hits, i) => ({ ...(parties[i]!.id !== undefined ? { id: parties[i]!.id } : {}), hits })) };
    },
  );
};
