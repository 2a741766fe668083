import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { parseThreshold } from '../../app/options.js';
import { importParties, listParties } from '../../app/parties.js';
import { callerOf } from '../auth.js';
import type { ServerContext } from '../context.js';
import { AnyObject, errorResponses } from '../schemas/common.js';
import { PartyQuery } from '../schemas/party.js';

const StoredPartyInput = Type.Composite([Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) }), PartyQuery], { additionalProperties: false });

/**
 * Stored parties: GET pages through them; POST imports parties (JSON, or a CSV upload with the CLI's
 * columns) as `clearance parties import` does: screened, stored, an alert per hit; the same parties
 * sent again against the same lists resume or repeat nothing.
 */
export const partyRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, ctx) => {
  app.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit: ctx.limits.importBodyLimit }, (_request, text, done) => done(null, text));
  app.get(
    '/v1/parties',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['parties'],
        summary: 'stored parties, a page at a time (pass `next` as `after`)',
        querystring: Type.Object({ after: Type.Optional(Type.Integer({ minimum: 0 })), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })) }, { additionalProperties: false }),
        response: { 200: Type.Object({ total: Type.Integer(), parties: Type.Array(AnyObject), next: Type.Optional(Type.Integer()) }) },
      },
    },
    async (request) => listParties(ctx.rt, { after: request.query.after, limit: request.query.limit ?? 100 }),
  );
  app.post(
    '/v1/parties',
    {
      config: { role: 'analyst' },
      bodyLimit: ctx.limits.importBodyLimit,
      schema: {
        tags: ['parties'],
        summary: 'import parties: JSON {parties: [{id, name, type?, country?, dob?, identifiers?}], threshold?} or a CSV upload (Content-Type: text/csv, header id,name,...; ?threshold=)',
        querystring: Type.Object({ threshold: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })) }, { additionalProperties: false }),
        body: Type.Union([
          Type.Object({ parties: Type.Array(StoredPartyInput, { minItems: 1 }), threshold: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })) }, { additionalProperties: false }),
          Type.String({ minLength: 1, description: 'CSV text' }),
        ]),
        response: { 201: AnyObject, ...errorResponses(400, 413, 422) },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const csv = typeof body === 'string';
      const threshold = parseThreshold(csv ? request.query.threshold : (body.threshold ?? request.query.threshold), 'threshold');
      const input = csv ? { text: body, label: 'body' } : { rows: body.parties, label: 'parties' };
      const result = await importParties(ctx.rt, { input, threshold, actor: callerOf(request).name });
      return reply.status(201).send(result);
    },
  );
};
