import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ROLES, roleAllows, type ApiRole } from '../../app/keys.js';
import { callerOf } from '../auth.js';
import type { ServerContext } from '../context.js';

/**
 * What each role may do beyond reading, as the routes' own `config.role` says (a test holds each line
 * to the route's real 401/403 answer), so that a client greys out what its key cannot do instead of
 * learning it from a 403.
 */
export const CAPABILITIES = {
  /** POST /v1/alerts/:id/decision */
  decideAlerts: 'analyst',
  /** POST /v1/check?draw=true, POST /v1/licenses/:number/shipments */
  drawLicenses: 'analyst',
  /** POST /v1/licenses */
  addLicenses: 'analyst',
  /** POST /v1/parties */
  importParties: 'analyst',
  /** POST /v1/lists/update, /v1/lists/update/start, /v1/lists/activate */
  updateLists: 'admin',
  /** /v1/keys */
  manageKeys: 'admin',
} as const satisfies Record<string, ApiRole>;

const Capabilities = Type.Object(Object.fromEntries(Object.keys(CAPABILITIES).map((k) => [k, Type.Boolean()])) as Record<keyof typeof CAPABILITIES, ReturnType<typeof Type.Boolean>>);

/** GET /v1/me: the key's holder (the actor its requests are recorded under), its role and what that role may do. */
export const sessionRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app) => {
  app.get(
    '/v1/me',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['keys'],
        summary: "the key's name, role and what the role may do",
        response: { 200: Type.Object({ name: Type.String(), role: Type.Union(ROLES.map((r) => Type.Literal(r))), may: Capabilities }) },
      },
    },
    async (request) => {
      const { name, role } = callerOf(request);
      const may = Object.fromEntries(Object.entries(CAPABILITIES).map(([k, needed]) => [k, roleAllows(role, needed)])) as Record<keyof typeof CAPABILITIES, boolean>;
      return { name, role, may };
    },
  );
};
