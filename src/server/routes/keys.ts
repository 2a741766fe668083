import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { createKey, listKeys, revokeKey, ROLES } from '../../app/keys.js';
import type { ServerContext } from '../context.js';
import { errorResponses } from '../schemas/common.js';

const Role = Type.Union(ROLES.map((r) => Type.Literal(r)));
const KeyRecord = Type.Object({ id: Type.String(), name: Type.String(), role: Role, createdAt: Type.String(), revokedAt: Type.Optional(Type.String()) });

/** API keys, for admins: the key itself is shown once, when it is made. */
export const keyRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, ctx) => {
  app.get('/v1/keys', { config: { role: 'admin' }, schema: { tags: ['keys'], summary: 'the API keys (never their secrets)', response: { 200: Type.Object({ keys: Type.Array(KeyRecord) }) } } }, async () => ({
    keys: await listKeys(ctx.rt),
  }));
  app.post(
    '/v1/keys',
    {
      config: { role: 'admin' },
      schema: {
        tags: ['keys'],
        summary: 'make a key; the answer holds the key, shown this once',
        body: Type.Object({ role: Role, name: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })) }, { additionalProperties: false }),
        response: { 201: Type.Composite([KeyRecord, Type.Object({ key: Type.String() })]), ...errorResponses(409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await createKey(ctx.rt, { role: request.body.role, name: request.body.name })),
  );
  app.delete(
    '/v1/keys/:key',
    { config: { role: 'admin' }, schema: { tags: ['keys'], summary: 'revoke a key (by id or name)', params: Type.Object({ key: Type.String({ minLength: 1, maxLength: 64 }) }), response: { 200: KeyRecord, ...errorResponses(404) } } },
    async (request) => revokeKey(ctx.rt, request.params.key),
  );
};
