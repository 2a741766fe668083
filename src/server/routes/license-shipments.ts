import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { licenseShipments } from '../../app/license-shipments.js';
import type { ServerContext } from '../context.js';
import { errorResponses } from '../schemas/common.js';

const Shipment = Type.Object({
  id: Type.Integer(),
  line: Type.Integer(),
  eccn: Type.String(),
  quantity: Type.Number(),
  unit: Type.String(),
  valueUsd: Type.Number(),
  party: Type.Optional(Type.String()),
  destination: Type.Optional(Type.String()),
  status: Type.Union([Type.Literal('drawn'), Type.Literal('cancelled')]),
  actor: Type.String(),
  at: Type.String(),
  cancelledAt: Type.Optional(Type.String()),
});

/** GET /v1/licenses/:number/shipments: what was drawn against a license, by whom and when. */
export const licenseShipmentRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, ctx) => {
  app.get(
    '/v1/licenses/:number/shipments',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['licenses'],
        summary: 'the shipments drawn against a license, newest first (cancelled ones marked)',
        params: Type.Object({ number: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9-]+$' }) }),
        response: { 200: Type.Object({ shipments: Type.Array(Shipment) }), ...errorResponses(404) },
      },
    },
    async (request) => ({ shipments: await licenseShipments(ctx.rt, request.params.number) }),
  );
};
