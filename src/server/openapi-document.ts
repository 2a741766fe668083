import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { readConfig } from '../app/config.js';
import { createRuntime } from '../app/runtime.js';
import { createWarmLists } from '../app/warm-lists.js';
import { buildApp } from './app.js';

/**
 * The API's OpenAPI document as the routes make it, without a server, a port or any data: an app over
 * an empty temporary data folder, asked for its document and closed. The web UI's types are generated
 * from it at build time (scripts/openapi.ts).
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const home = mkdtempSync(join(tmpdir(), 'clearance-openapi-'));
  const log = pino({ level: 'silent' });
  const lists = createWarmLists(home, log);
  const rt = createRuntime(readConfig({ dataDir: home }, { DATABASE_URL: '' }), { log, lists });
  try {
    const app = await buildApp(rt, { lists });
    await app.ready();
    const doc = app.swagger() as unknown as Record<string, unknown>;
    await app.close();
    return doc;
  } finally {
    await rt.close();
    rmSync(home, { recursive: true, force: true });
  }
}
