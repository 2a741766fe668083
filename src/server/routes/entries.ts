import { Type, type FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ListSnapshot } from '../../model/snapshot.js';
import type { ListEntry } from '../../model/list-entry.js';
import { errors } from '../../model/error-catalogue.js';
import type { ServerContext } from '../context.js';
import { AnyObject, errorResponses } from '../schemas/common.js';

/** Entries by list and id, made once per snapshot and dropped with it. */
const byKey = new WeakMap<ListSnapshot, Map<string, ListEntry>>();

function entryIn(snapshot: ListSnapshot, list: string, id: string): ListEntry | undefined {
  let map = byKey.get(snapshot);
  if (!map) {
    map = new Map(snapshot.entries.map((e) => [`${e.list.code}\u0000${e.id}`, e]));
    byKey.set(snapshot, map);
  }
  return map.get(`${list}\u0000${id}`);
}

/**
 * GET /v1/entries/:list/:id: a listed entry as the version in service holds it (programs, addresses,
 * identifiers, Federal Register citations, license policy): what a reviewer reads beside a hit, which
 * names only its list and id.
 */
export const entryRoutes: FastifyPluginAsyncTypebox<ServerContext> = async (app, ctx) => {
  app.get(
    '/v1/entries/:list/:id',
    {
      config: { role: 'viewer' },
      schema: {
        tags: ['screening'],
        summary: 'a listed entry of the version in service, by list code and the source\'s own id (a hit\'s list and entityId)',
        params: Type.Object({ list: Type.String({ minLength: 1, maxLength: 32 }), id: Type.String({ minLength: 1, maxLength: 200 }) }),
        response: { 200: Type.Object({ listVersion: Type.String(), entry: AnyObject }), ...errorResponses(404, 503) },
      },
    },
    async (request) => {
      const lists = ctx.lists.current();
      if (!lists) throw errors.notReady();
      const entry = entryIn(lists.snapshot, request.params.list, request.params.id);
      if (!entry) throw errors.entryNotFound(request.params.list, request.params.id);
      return { listVersion: lists.version, entry };
    },
  );
};
