import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { callerOf } from '../auth.js';
import type { ServerContext } from '../context.js';
import { errorResponses } from '../schemas/common.js';
import { createUpdateJob } from '../update-job.js';

const Status = Type.Object({
  state: Type.Union([Type.Literal('idle'), Type.Literal('running'), Type.Literal('succeeded'), Type.Literal('failed')]),
  startedAt: Type.Optional(Type.String()),
  finishedAt: Type.Optional(Type.String()),
  startedBy: Type.Optional(Type.String()),
  sources: Type.Optional(Type.Array(Type.String())),
  failures: Type.Optional(Type.Array(Type.Object({ source: Type.String(), error: Type.String() }))),
  active: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  inService: Type.Optional(Type.Union([Type.String(), Type.Null()])),
  changed: Type.Optional(Type.Array(Type.String())),
  unchanged: Type.Optional(Type.Boolean()),
  error: Type.Optional(Type.String()),
});

/**
 * A list update in the background (admins start it, anyone follows it): POST /v1/lists/update waits
 * for the whole download, which a browser should not; this answers at once and GET .../status tells
 * how it went, with the last error.
 */
export const listsUpdateJobRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, ctx) => {
  const job = createUpdateJob(ctx);
  app.addHook('onClose', async () => job.settled());
  app.post(
    '/v1/lists/update/start',
    {
      config: { role: 'admin' },
      schema: {
        tags: ['lists'],
        summary: 'start a list update in the background (as POST /v1/lists/update); 409 while one runs',
        body: Type.Object(
          {
            sources: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z-]+$' }), { maxItems: 20 })),
            force: Type.Optional(Type.Boolean()),
            partial: Type.Optional(Type.Boolean()),
            rescreen: Type.Optional(Type.Boolean()),
          },
          { additionalProperties: false },
        ),
        response: { 202: Status, ...errorResponses(409, 422) },
      },
    },
    async (request, reply) => reply.status(202).send(job.start({ ...request.body, actor: callerOf(request).name })),
  );
  app.get(
    '/v1/lists/update/status',
    { config: { role: 'viewer' }, schema: { tags: ['lists'], summary: 'the last list update this server ran: running, succeeded or failed with its error', response: { 200: Status } } },
    async () => job.status(),
  );
};
