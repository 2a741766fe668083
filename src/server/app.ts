import { randomUUID } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Ajv } from 'ajv';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifySchemaCompiler } from 'fastify';
import type { Runtime } from '../app/runtime.js';
import type { WarmLists } from '../app/warm-lists.js';
import { WarmTariffs } from '../app/warm-tariffs.js';
import { isPublic, registerAuth } from './auth.js';
import { SERVER_DEFAULTS, type ServerLimits } from './config.js';
import { DOCUMENTS_ONLY } from './schemas/common.js';
import type { ServerContext } from './context.js';
import { registerErrorHandling } from './errors.js';
import { registerMetrics } from './metrics.js';
import { registerOpenApi } from './openapi.js';
import { ROUTES } from './routes/index.js';
import { registerWebUi } from './web-ui.js';

export interface AppOptions {
  /** The warm lists the runtime answers from (the same object as `rt.lists`). */
  lists: WarmLists;
  limits?: Partial<ServerLimits>;
  /** The built analyst UI served at / (default web/dist). */
  webRoot?: string;
}

/**
 * Schemas are checked as written: unknown fields are refused, not dropped, and a body's types are its
 * own (42 is not the name "42"); only query strings and path parameters, which are text, are read as
 * the numbers and booleans their schemas say.
 */
function validatorCompiler(): FastifySchemaCompiler<unknown> {
  const options = { removeAdditional: false, useDefaults: true, allErrors: false, strict: false } as const;
  const exact = new Ajv({ ...options, coerceTypes: false });
  const fromText = new Ajv({ ...options, coerceTypes: 'array' });
  return ({ schema, httpPart }) => {
    // A schema that only documents: the use case validates, with the messages the command line gives.
    if ((schema as Record<string, unknown>)[DOCUMENTS_ONLY] === true) return () => true;
    return (httpPart === 'body' ? exact : fromText).compile(schema as object);
  };
}

/** A request id from the client (X-Request-Id) when it is a sane token, else a new one. */
function requestId(header: unknown): string {
  return typeof header === 'string' && /^[A-Za-z0-9._:-]{1,64}$/.test(header) ? header : randomUUID();
}

/**
 * The HTTP API over a runtime, ready to `listen` or to `inject` (tests): nothing here opens a port.
 * Routes are plugins (src/server/routes), each given the ServerContext; errors are mapped once
 * (errors.ts); keys and roles are checked before anything else (auth.ts), then the rate limit per key.
 */
export async function buildApp(rt: Runtime, options: AppOptions): Promise<FastifyInstance> {
  const limits: ServerLimits = { ...SERVER_DEFAULTS, ...options.limits };
  const app = Fastify({
    loggerInstance: rt.log.child({ component: 'http' }) as FastifyBaseLogger,
    bodyLimit: limits.bodyLimit,
    requestTimeout: limits.requestTimeoutMs,
    genReqId: (req) => requestId(req.headers['x-request-id']),
  }).withTypeProvider<TypeBoxTypeProvider>();
  app.setValidatorCompiler(validatorCompiler());
  const ctx: ServerContext = { rt, lists: options.lists, tariffs: new WarmTariffs(rt.dataDir), limits };

  app.addHook('onSend', async (request, reply) => {
    void reply.header('x-request-id', request.id);
  });
  registerErrorHandling(app);
  registerAuth(app, rt);
  await app.register(rateLimit, {
    global: true,
    max: limits.rateLimitPerMinute,
    timeWindow: 60_000,
    keyGenerator: (request) => request.caller?.keyId ?? request.ip,
    allowList: (request) => isPublic(request),
  });
  await registerOpenApi(app);
  registerMetrics(app, ctx);
  for (const routes of ROUTES) await app.register(routes, ctx);
  await registerWebUi(app, options.webRoot);
  return app;
}
