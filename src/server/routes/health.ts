import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ServerContext } from '../context.js';

/** Liveness and readiness, without a key: /ready is false until the first index is built. */
export const healthRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, ctx) => {
  app.get(
    '/health',
    { config: { public: true }, schema: { tags: ['service'], summary: 'the process answers', security: [], response: { 200: Type.Object({ status: Type.Literal('ok') }) } } },
    async () => ({ status: 'ok' as const }),
  );
  app.get(
    '/ready',
    {
      config: { public: true },
      schema: {
        tags: ['service'],
        summary: 'the lists are indexed and requests are answered',
        security: [],
        response: {
          200: Type.Object({ ready: Type.Literal(true), listVersion: Type.String(), entries: Type.Integer() }),
          503: Type.Object({ ready: Type.Literal(false) }),
        },
      },
    },
    async (_request, reply) => {
      const lists = ctx.lists.current();
      if (!lists) return reply.status(503).send({ ready: false as const });
      return { ready: true as const, listVersion: lists.version, entries: lists.snapshot.entries.length };
    },
  );
};
