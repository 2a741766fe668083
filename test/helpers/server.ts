import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { pino } from 'pino';
import { readConfig } from '../../src/app/config.js';
import { createKey, ROLES, type ApiRole } from '../../src/app/keys.js';
import { createRuntime, type Runtime } from '../../src/app/runtime.js';
import { createWarmLists, type WarmLists } from '../../src/app/warm-lists.js';
import { buildApp } from '../../src/server/app.js';
import type { ServerLimits } from '../../src/server/config.js';

export interface TestServer {
  app: FastifyInstance;
  rt: Runtime;
  lists: WarmLists;
  home: string;
  /** A key of each role, and their names (the actors recorded). */
  keys: Record<ApiRole, string>;
  call(method: string, url: string, options?: { as?: ApiRole | 'nobody'; body?: unknown; headers?: Record<string, string>; payload?: string }): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/**
 * The API over a fresh data folder (or `home`), on SQLite unless `env` names PostgreSQL, with a key of
 * each role; requests go through `inject`, without a port.
 */
export async function testServer(
  options: { home?: string; env?: Record<string, string | undefined>; limits?: Partial<ServerLimits>; ready?: boolean; logLines?: string[] } = {},
): Promise<TestServer> {
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'clearance-api-'));
  const config = readConfig({ dataDir: home }, { DATABASE_URL: '', ...options.env });
  const lines = options.logLines;
  const log = lines ? pino({ level: 'trace' }, { write: (line: string) => void lines.push(line) }) : pino({ level: 'silent' });
  const lists = createWarmLists(home, log);
  const rt = createRuntime(config, { log, lists });
  const keys = {} as Record<ApiRole, string>;
  const suffix = randomBytes(3).toString('hex');
  for (const role of ROLES) keys[role] = (await createKey(rt, { role, name: `${role}-${suffix}` })).key;
  if (options.ready !== false) await lists.refresh();
  const app = await buildApp(rt, { lists, limits: options.limits });
  return {
    app,
    rt,
    lists,
    home,
    keys,
    call(method, url, o = {}) {
      const headers: Record<string, string> = { ...o.headers };
      if (o.as && o.as !== 'nobody') headers.authorization = `Bearer ${keys[o.as]}`;
      return app.inject({ method: method as 'GET', url, headers, ...(o.payload !== undefined ? { payload: o.payload } : o.body !== undefined ? { payload: o.body as object } : {}) });
    },
    async close() {
      lists.stop();
      await app.close();
      await rt.close();
      if (!options.home) rmSync(home, { recursive: true, force: true });
    },
  };
}
