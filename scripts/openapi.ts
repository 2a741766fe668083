/**
 * Writes the HTTP API's OpenAPI 3 document without starting a server or opening a store, so that a
 * client (the web UI) can generate its types from it: `npm run openapi -- --out web/openapi.json`, or
 * to stdout without --out. The document is made from the routes' own schemas, as /openapi.json is.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pino } from 'pino';
import { readConfig } from '../src/app/config.js';
import { createRuntime } from '../src/app/runtime.js';
import { createWarmLists } from '../src/app/warm-lists.js';
import { buildApp } from '../src/server/app.js';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const home = mkdtempSync(join(tmpdir(), 'clearance-openapi-'));
try {
  const log = pino({ level: 'silent' });
  const lists = createWarmLists(home, log);
  const rt = createRuntime(readConfig({ dataDir: home }, {}), { log, lists });
  const app = await buildApp(rt, { lists });
  await app.ready();
  const text = `${JSON.stringify(app.swagger(), null, 2)}\n`;
  await app.close();
  await rt.close();
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
} finally {
  rmSync(home, { recursive: true, force: true });
}
