import type { FastifyInstance, FastifyRequest } from 'fastify';
import { keyChecker, roleAllows, type ApiRole, type Caller } from '../app/keys.js';
import type { Runtime } from '../app/runtime.js';
import { errors } from '../model/error-catalogue.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The least role that may call the route (default viewer). */
    role?: ApiRole;
    /** A route anyone may call, without a key (health, readiness, the API's own documentation). */
    public?: boolean;
  }
  interface FastifyRequest {
    /** The key's holder: its name is the actor recorded for what the request does. */
    caller?: Caller;
  }
}

/** Whether a request needs no key: routes marked public, and the documentation pages. */
export function isPublic(request: FastifyRequest): boolean {
  return request.routeOptions.config?.public === true || request.url === '/docs' || request.url.startsWith('/docs/');
}

/** The caller of a route that needs a key (they all do but the public ones). */
export function callerOf(request: FastifyRequest): Caller {
  if (!request.caller) throw errors.unauthorized('this route needs an API key');
  return request.caller;
}

/**
 * API keys: `Authorization: Bearer <key>` on every route but the public ones; 401 without a valid key,
 * 403 when the key's role is below the route's. Keys are never logged.
 */
export function registerAuth(app: FastifyInstance, rt: Runtime): void {
  const check = keyChecker(rt);
  app.addHook('onRequest', async (request) => {
    if (isPublic(request)) return;
    const header = request.headers.authorization;
    const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!match) throw errors.unauthorized('an API key is needed: Authorization: Bearer <key> (clearance keys create --role viewer)');
    const caller = await check(match[1]!);
    if (!caller) throw errors.unauthorized('the API key is not valid (unknown, revoked or mistyped)');
    const needed = request.routeOptions.config?.role ?? 'viewer';
    if (!roleAllows(caller.role, needed)) throw errors.forbidden(caller.role, needed);
    request.caller = caller;
  });
}
