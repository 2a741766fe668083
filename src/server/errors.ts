import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { isClearanceError, type ClearanceError, type ErrorKind } from '../model/errors.js';
import type { ErrorBodyType } from './schemas/common.js';

/**
 * The one place where the HTTP API maps errors to status codes, by kind: invalid 422 (a well-formed
 * request that breaks a rule; a request the schema refuses is 400), not_found 404, conflict 409,
 * refused 403 (401 when no valid key was given), unavailable 503. Anything else is a 500 whose body
 * says no more than its request id; the log has the rest.
 */
const STATUS_BY_KIND: Readonly<Record<ErrorKind, number>> = { invalid: 422, not_found: 404, conflict: 409, refused: 403, unavailable: 503 };

function statusOf(err: ClearanceError): number {
  return err.code === 'unauthorized' ? 401 : STATUS_BY_KIND[err.kind];
}

interface AjvError {
  instancePath: string;
  message?: string;
  params: { missingProperty?: string; additionalProperty?: string };
}

/** '/items/0/quantity' -> 'items[0].quantity': a field as the request names it. */
export function fieldOf(context: string | undefined, e: AjvError): string {
  const parts = e.instancePath.split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (e.params.missingProperty) parts.push(e.params.missingProperty);
  if (e.params.additionalProperty) parts.push(e.params.additionalProperty);
  const path = parts.reduce((out, p) => (/^\d+$/.test(p) ? `${out}[${p}]` : out ? `${out}.${p}` : p), '');
  const where = context && context !== 'body' ? `${context}${path ? '.' : ''}` : '';
  return `${where}${path}` || context || 'body';
}

function body(request: FastifyRequest, code: string, kind: ErrorBodyType['error']['kind'], message: string, extra: { field?: string; details?: Record<string, unknown> } = {}): ErrorBodyType {
  return { error: { code, kind, message, ...(extra.field !== undefined ? { field: extra.field } : {}), ...(extra.details ? { details: extra.details } : {}), requestId: String(request.id) } };
}

/** Fastify's own 4xx (unparseable JSON, body too large, wrong media type, rate limited): its status, a code of ours. */
function frameworkCode(err: FastifyError): string {
  if (err.statusCode === 413) return 'body_too_large';
  if (err.statusCode === 415) return 'unsupported_media_type';
  if (err.statusCode === 429) return 'rate_limited';
  if (err.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || err instanceof SyntaxError || /JSON/.test(err.message)) return 'malformed_json';
  return 'bad_request';
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (isClearanceError(err)) {
      const status = statusOf(err);
      if (status === 401) void reply.header('www-authenticate', 'Bearer');
      if (status >= 500) request.log.warn({ code: err.code }, err.message);
      return reply.status(status).send(body(request, err.code, err.kind, err.message, { field: err.field, details: err.details }));
    }
    if (err.validation) {
      const first = err.validation[0] as unknown as AjvError;
      const field = fieldOf(err.validationContext, first);
      return reply.status(400).send(body(request, 'invalid_request', 'invalid', `${field}: ${first.message ?? 'is not valid'}`, { field }));
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) return reply.status(status).send(body(request, frameworkCode(err), 'invalid', err.message));
    request.log.error({ err }, 'request failed');
    return reply.status(500).send(body(request, 'internal', 'internal', `the server failed on this request; its log has the details under request id ${request.id}`));
  });
  app.setNotFoundHandler((request, reply) => reply.status(404).send(body(request, 'route_not_found', 'not_found', `no route ${request.method} ${request.url.split('?')[0]}`)));
}
