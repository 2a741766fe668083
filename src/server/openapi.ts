import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { ErrorBody } from './schemas/common.js';

export const API_VERSION = '1.0.0';

/**
 * The OpenAPI 3 document, made from the routes' own schemas (so it cannot drift from what they
 * accept), at /openapi.json, and Swagger UI at /docs with its assets from the npm package.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  app.addSchema(ErrorBody);
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'clearance',
        version: API_VERSION,
        description:
          'Restricted-party screening, EAR export-control checks, licenses, alerts and the audit trail. Every route but /health and /ready needs `Authorization: Bearer <key>` (`clearance keys create --role viewer|analyst|admin`). Errors answer `{error: {code, kind, message, field?, requestId}}`.',
      },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
      security: [{ bearer: [] }],
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });
  app.get('/openapi.json', { schema: { hide: true }, config: { public: true } }, async () => app.swagger());
}
