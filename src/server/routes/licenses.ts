import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { addLicense, cancelShipment, listLicenses, ship, showLicense } from '../../app/licenses.js';
import { errors } from '../../model/error-catalogue.js';
import { callerOf } from '../auth.js';
import type { ServerContext } from '../context.js';
import { AnyObject, errorResponses } from '../schemas/common.js';

const LicenseNumber = Type.Object({ number: Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9-]+$' }) });

const Shipment = Type.Object(
  {
    eccn: Type.String({ minLength: 1, maxLength: 40 }),
    quantity: Type.Number({ exclusiveMinimum: 0 }),
    value_usd: Type.Number({ exclusiveMinimum: 0 }),
    party: Type.Optional(Type.String({ minLength: 1, maxLength: 1000 })),
    destination: Type.Optional(Type.String({ pattern: '^[A-Za-z]{2}$' })),
    date: Type.Optional(Type.String({ description: 'YYYY-MM-DD, default today' })),
  },
  { additionalProperties: false },
);

/** The fields of a shipment as this API names them, for messages. */
const SHIP_FIELDS = { eccn: 'eccn', quantity: 'quantity', value: 'value_usd', destination: 'destination', date: 'date' };

/** The license register: licenses and their balances; shipments drawn against them (analysts and admins). */
export const licenseRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, ctx) => {
  app.get('/v1/licenses', { config: { role: 'viewer' }, schema: { tags: ['licenses'], summary: 'every license with its balances', response: { 200: Type.Object({ licenses: Type.Array(AnyObject) }) } } }, async () => ({
    licenses: await listLicenses(ctx.rt),
  }));
  app.get(
    '/v1/licenses/:number',
    { config: { role: 'viewer' }, schema: { tags: ['licenses'], summary: 'a license with its lines and remaining balances', params: LicenseNumber, response: { 200: AnyObject, ...errorResponses(404) } } },
    async (request) => showLicense(ctx.rt, request.params.number),
  );
  app.post(
    '/v1/licenses',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['licenses'],
        summary: 'add a license: {number, kind, issued, expires, destination, parties: [{role, name}], lines: [{eccn, description, quantity, unit, value_usd}]}',
        body: AnyObject,
        response: { 201: AnyObject, ...errorResponses(409, 422) },
      },
    },
    async (request, reply) => reply.status(201).send(await addLicense(ctx.rt, request.body, callerOf(request).name)),
  );
  app.post(
    '/v1/licenses/:number/shipments',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['licenses'],
        summary: 'draw a shipment against the license (403 when the register says no, with the reason)',
        description: 'Send an Idempotency-Key header to make retries safe: a request repeated with the same key draws once and answers with the shipment drawn the first time.',
        params: LicenseNumber,
        headers: Type.Object({ 'idempotency-key': Type.Optional(Type.String({ minLength: 1, maxLength: 128 })) }),
        body: Shipment,
        response: { 201: AnyObject, 200: AnyObject, ...errorResponses(403, 404, 422) },
      },
    },
    async (request, reply) => {
      const b = request.body;
      const requestKey = request.headers['idempotency-key'];
      const shipment = { license: request.params.number, eccn: b.eccn, quantity: b.quantity, value: b.value_usd, party: b.party, destination: b.destination, date: b.date, actor: callerOf(request).name, requestKey };
      const result = await ship(ctx.rt, shipment, SHIP_FIELDS);
      if (result.status === 'blocked') throw errors.shipmentBlocked(result.code, result.reason);
      return reply.status(result.replayed ? 200 : 201).send(result);
    },
  );
  app.post(
    '/v1/shipments/:id/cancel',
    {
      config: { role: 'analyst' },
      schema: { tags: ['licenses'], summary: 'cancel a drawn shipment: its quantity and value go back to the license', params: Type.Object({ id: Type.Integer({ minimum: 1 }) }), response: { 200: AnyObject, ...errorResponses(404, 409) } },
    },
    async (request) => ({ status: 'cancelled', ...(await cancelShipment(ctx.rt, request.params.id, callerOf(request).name)) }),
  );
};
