import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { activateVersion, chooseSources, diffLists, listVersions, updateLists } from '../../app/data.js';
import type { ListEntry } from '../../model/list-entry.js';
import { callerOf } from '../auth.js';
import type { ServerContext } from '../context.js';
import { AnyObject, errorResponses } from '../schemas/common.js';

/** An entry as the diff lists it: enough to find it, not the whole record. */
const brief = (e: ListEntry) => ({ list: e.list.code, id: e.id, name: e.names[0]?.value ?? '' });

/**
 * The list versions of the data folder: which exist, which is active and which is in service, what
 * changed between two; admins update from the official sources or activate an older version, and the
 * server swaps to it without dropping a request.
 */
export const listRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, ctx) => {
  app.get(
    '/v1/lists',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['lists'],
        summary: 'stored list versions, the active one and the one answering requests',
        response: { 200: Type.Object({ active: Type.Union([Type.String(), Type.Null()]), inService: Type.Union([Type.String(), Type.Null()]), versions: Type.Array(AnyObject) }) },
      },
    },
    async () => ({ ...listVersions(ctx.rt), inService: ctx.lists.current()?.version ?? null }),
  );
  app.get(
    '/v1/lists/diff',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['lists'],
        summary: 'entries added, removed and changed between two versions (ids, unique prefixes or "active")',
        querystring: Type.Object(
          { from: Type.String({ minLength: 1, maxLength: 100 }), to: Type.String({ minLength: 1, maxLength: 100 }), limit: Type.Optional(Type.Integer({ minimum: 0, maximum: 100_000 })) },
          { additionalProperties: false },
        ),
        response: { 200: AnyObject, ...errorResponses(404, 422) },
      },
    },
    async (request) => {
      const { from, to, limit = 100 } = request.query;
      const { from: a, to: b, diff } = await diffLists(ctx.rt, from, to, { paths: false });
      return {
        from: a,
        to: b,
        counts: { added: diff.added.length, removed: diff.removed.length, changed: diff.changed.length, unchanged: diff.unchanged },
        added: diff.added.slice(0, limit).map(brief),
        removed: diff.removed.slice(0, limit).map(brief),
        changed: diff.changed.slice(0, limit).map((c) => ({ ...brief(c.after), fields: c.fields })),
      };
    },
  );
  app.post(
    '/v1/lists/update',
    {
      config: { role: 'admin' },
      schema: {
        tags: ['lists'],
        summary: 'download the official lists, validate them and make them active; on any failure the active version stays',
        body: Type.Object(
          {
            sources: Type.Optional(Type.Array(Type.String({ pattern: '^[a-z-]+$' }), { maxItems: 20, description: 'only these sources (csl, ofac-sdn, un, bis-dpl, eu-fsf, uk-fcdo, ...)' })),
            force: Type.Optional(Type.Boolean()),
            partial: Type.Optional(Type.Boolean()),
            rescreen: Type.Optional(Type.Boolean({ description: 're-screen the stored parties against the new version (default true)' })),
          },
          { additionalProperties: false },
        ),
        response: { 200: AnyObject, ...errorResponses(422) },
      },
    },
    async (request) => {
      const b = request.body;
      const sources = chooseSources(b.sources, undefined, 'sources');
      const { update, active, rescreen } = await updateLists(ctx.rt, { sources, force: b.force, partial: b.partial, rescreen: b.rescreen, actor: callerOf(request).name });
      await ctx.lists.refresh();
      return { active: active ?? null, inService: ctx.lists.current()?.version ?? null, changed: update.commit?.changed ?? [], unchanged: update.commit?.unchanged ?? false, failures: update.failures, rescreen: rescreen ?? null };
    },
  );
  app.post(
    '/v1/lists/activate',
    {
      config: { role: 'admin' },
      schema: {
        tags: ['lists'],
        summary: 'make a stored version active again (rollback); the server swaps to it',
        body: Type.Object({ version: Type.String({ minLength: 1, maxLength: 100 }) }, { additionalProperties: false }),
        response: { 200: Type.Object({ active: Type.String(), inService: Type.Union([Type.String(), Type.Null()]) }), ...errorResponses(404, 422) },
      },
    },
    async (request) => {
      const active = activateVersion(ctx.rt, request.body.version);
      await ctx.lists.refresh();
      return { active, inService: ctx.lists.current()?.version ?? null };
    },
  );
};
