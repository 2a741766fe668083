import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { checkTransaction } from '../../app/check.js';
// The transaction's JSON Schema documents what the use case validates; imported here, not through the
// engine's index, so that a command-line check does not load TypeBox (200 modules) for it.
import { TransactionSchema } from '../../app/transaction-schema.js';
import { roleAllows } from '../../app/keys.js';
import { errors } from '../../model/error-catalogue.js';
import { callerOf } from '../auth.js';
import type { ServerContext } from '../context.js';
import { AnyObject, documentsOnly, errorResponses } from '../schemas/common.js';

/**
 * POST /v1/check: the transaction JSON of `clearance check`, validated by the same code, answered with
 * the same decision JSON. `?draw=true` also draws the covering licenses (analysts and admins only).
 */
export const checkRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, ctx) => {
  app.post(
    '/v1/check',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['export controls'],
        summary: 'decide whether a transaction needs an export license (EAR), with citations',
        description:
          'Body: {as_of?, export_type, origin_country, destination, items: [{eccn, quantity, value_usd, ...}], parties: [{role, name, country, identifiers?}], end_use?} as for `clearance check --input`. The decision names the rules and list versions it used (versions.rules, versions.lists).',
        querystring: Type.Object({ draw: Type.Optional(Type.Boolean({ description: 'draw the balances of the licenses that cover the items (analyst)' })) }, { additionalProperties: false }),
        body: documentsOnly(TransactionSchema),
        response: { 200: AnyObject, ...errorResponses(400, 401, 403, 422, 429, 503) },
      },
    },
    async (request) => {
      const caller = callerOf(request);
      const draw = request.query.draw === true;
      if (draw && !roleAllows(caller.role, 'analyst')) throw errors.forbidden(caller.role, 'analyst');
      return checkTransaction(ctx.rt, { transaction: request.body, draw, actor: caller.name }, { asOf: 'as_of', rules: 'rules' });
    },
  );
};
