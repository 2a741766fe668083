import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { replayAudit } from '../../app/audit-replay.js';
import type { ServerContext } from '../context.js';
import { AnyObject, errorResponses } from '../schemas/common.js';

/** POST /v1/audit/:seq/replay: `clearance audit replay` over HTTP. Nothing is drawn or recorded. */
export const auditReplayRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, ctx) => {
  app.post(
    '/v1/audit/:seq/replay',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['audit'],
        summary: "decide a recorded check, screening or license draw again with today's lists, rules and register, and say what differs",
        params: Type.Object({ seq: Type.Integer({ minimum: 1 }) }),
        response: {
          200: Type.Object({ seq: Type.Integer(), kind: Type.String(), recordedAt: Type.String(), same: Type.Boolean(), differences: Type.Array(AnyObject), now: Type.Unknown() }),
          ...errorResponses(404, 422),
        },
      },
    },
    async (request) => replayAudit(ctx.rt, request.params.seq),
  );
};
