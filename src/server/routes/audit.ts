import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AUDIT_KINDS, listAudit, showAudit, verifyAudit } from '../../app/audit.js';
import type { ServerContext } from '../context.js';
import { AnyObject, errorResponses } from '../schemas/common.js';

/** The hash-chained audit trail: read it, and verify the chain. */
export const auditRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, ctx) => {
  app.get(
    '/v1/audit',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['audit'],
        summary: 'the newest audit records first',
        querystring: Type.Object(
          { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })), kind: Type.Optional(Type.Union(AUDIT_KINDS.map((k) => Type.Literal(k)))) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ records: Type.Array(AnyObject) }) },
      },
    },
    async (request) => ({ records: await listAudit(ctx.rt, { limit: request.query.limit ?? 50, kind: request.query.kind }) }),
  );
  app.get(
    '/v1/audit/:seq',
    {
      config: { role: 'viewer' },
      schema: { tags: ['audit'], summary: 'one audit record with its inputs, outputs, actor and versions', params: Type.Object({ seq: Type.Integer({ minimum: 1 }) }), response: { 200: AnyObject, ...errorResponses(404) } },
    },
    async (request) => showAudit(ctx.rt, request.params.seq),
  );
  app.post(
    '/v1/audit/verify',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['audit'],
        summary: 'recompute the hash chain and check it against the signed checkpoints: ok, or the first record edited, deleted or out of place; records no checkpoint witnesses yet',
        response: {
          200: Type.Object({
            ok: Type.Boolean(),
            records: Type.Integer(),
            headSeq: Type.Integer(),
            firstBad: Type.Optional(Type.Object({ seq: Type.Integer(), problem: Type.String() })),
            // Against the data folder's signed checkpoints: the latest one the chain agrees with, and the records after it.
            witnessed: Type.Optional(Type.Object({ seq: Type.Integer(), at: Type.String() })),
            unwitnessed: Type.Optional(Type.Integer()),
          }),
        },
      },
    },
    async () => verifyAudit(ctx.rt),
  );
};
