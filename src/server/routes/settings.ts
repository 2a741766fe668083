import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { fourEyesRule } from '../../app/alerts.js';
import type { ServerContext } from '../context.js';

/** GET /v1/settings: the rules of the house a reviewer must know, such as whether a clearance needs a second analyst. */
export const settingsRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, ctx) => {
  app.get(
    '/v1/settings',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['alerts'],
        summary: 'the four-eyes rule: on when a clearance waits for a different analyst to approve it (clearance alerts four-eyes on|off)',
        response: { 200: Type.Object({ fourEyes: Type.Boolean() }) },
      },
    },
    async () => ({ fourEyes: (await fourEyesRule(ctx.rt)) === 'on' }),
  );
};
