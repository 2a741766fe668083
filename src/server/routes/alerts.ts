import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { ALERT_STATUSES, approveAlert, listAlerts, resolveAlert, showAlert, type AlertStatus } from '../../app/alerts.js';
import { callerOf } from '../auth.js';
import type { ServerContext } from '../context.js';
import { AnyObject, errorResponses } from '../schemas/common.js';

const AlertId = Type.Object({ id: Type.Integer({ minimum: 1 }) });

/** What an analyst's decision does: the resolution it records, or the four-eyes approval. */
const DECISIONS = { confirm: 'confirmed', clear: 'cleared', escalate: 'escalated' } as const;

/** Screening alerts and the analysts' decisions on them; the four-eyes rule as on the command line. */
export const alertRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, ctx) => {
  app.get(
    '/v1/alerts',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['alerts'],
        summary: 'alerts, oldest first',
        querystring: Type.Object(
          { status: Type.Optional(Type.Union(ALERT_STATUSES.map((s) => Type.Literal(s)))), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 10_000 })) },
          { additionalProperties: false },
        ),
        response: { 200: Type.Object({ alerts: Type.Array(AnyObject) }) },
      },
    },
    async (request) => ({ alerts: await listAlerts(ctx.rt, { status: request.query.status as AlertStatus | undefined, limit: request.query.limit }) }),
  );
  app.get(
    '/v1/alerts/:id',
    { config: { role: 'viewer' }, schema: { tags: ['alerts'], summary: 'an alert with its explanation and the actions taken on it', params: AlertId, response: { 200: AnyObject, ...errorResponses(404) } } },
    async (request) => showAlert(ctx.rt, request.params.id),
  );
  app.post(
    '/v1/alerts/:id/decision',
    {
      config: { role: 'analyst' },
      schema: {
        tags: ['alerts'],
        summary: 'confirm a true match, clear a false positive (with a note), escalate; approve a clearance another analyst asked for (four-eyes rule)',
        params: AlertId,
        body: Type.Object(
          {
            decision: Type.Union([Type.Literal('confirm'), Type.Literal('clear'), Type.Literal('escalate'), Type.Literal('approve')]),
            note: Type.Optional(Type.String({ maxLength: 4000 })),
          },
          { additionalProperties: false },
        ),
        response: { 200: AnyObject, ...errorResponses(403, 404, 409, 422) },
      },
    },
    async (request) => {
      const { decision, note } = request.body;
      const actor = callerOf(request).name;
      const id = request.params.id;
      if (decision === 'approve') return approveAlert(ctx.rt, { id, note, actor });
      return resolveAlert(ctx.rt, { id, resolution: DECISIONS[decision], note, actor }, 'note');
    },
  );
};
