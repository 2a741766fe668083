/**
 * The analyst UI at /: its page and hashed assets without a key, with headers that keep other
 * origins' scripts and frames away from the key in session storage; nothing outside its folder; a
 * page that says how to build it when it is not built.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { readConfig } from '../../src/app/config.js';
import { createRuntime } from '../../src/app/runtime.js';
import { createWarmLists } from '../../src/app/warm-lists.js';
import { buildApp } from '../../src/server/app.js';

const home = mkdtempSync(join(tmpdir(), 'clearance-webui-'));
const built = join(home, 'dist');
mkdirSync(join(built, 'assets'), { recursive: true });
writeFileSync(join(built, 'index.html'), '<!doctype html><title>clearance</title><script type="module" src="/assets/app-1a2b.js"></script>');
writeFileSync(join(built, 'assets', 'app-1a2b.js'), 'console.log("ui")');
writeFileSync(join(home, 'secret.txt'), 'not for the browser');

async function appOver(webRoot: string) {
  const log = pino({ level: 'silent' });
  const lists = createWarmLists(join(home, 'data'), log);
  const rt = createRuntime(readConfig({ dataDir: join(home, 'data') }, { DATABASE_URL: '' }), { log, lists });
  const app = await buildApp(rt, { lists, webRoot });
  return { app, close: async () => (await app.close(), await rt.close()) };
}

let ui: Awaited<ReturnType<typeof appOver>>;
before(async () => {
  ui = await appOver(built);
});
after(async () => {
  await ui.close();
  rmSync(home, { recursive: true, force: true });
});

test('GET / serves the page without a key, never cached stale, with a strict content security policy', async () => {
  const r = await ui.app.inject({ method: 'GET', url: '/' });
  assert.equal(r.statusCode, 200);
  assert.match(r.headers['content-type'] as string, /^text\/html/);
  assert.match(r.body, /app-1a2b\.js/);
  assert.equal(r.headers['cache-control'], 'no-cache');
  const csp = r.headers['content-security-policy'] as string;
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self';/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.equal(r.headers['x-frame-options'], 'DENY');
  assert.equal(r.headers['referrer-policy'], 'no-referrer');
});

test('hashed assets are served for a year; a missing one is the API 404; nothing outside the folder', async () => {
  const js = await ui.app.inject({ method: 'GET', url: '/assets/app-1a2b.js' });
  assert.equal(js.statusCode, 200);
  assert.match(js.headers['content-type'] as string, /javascript/);
  assert.match(js.headers['cache-control'] as string, /max-age=31536000.*immutable/);
  const missing = await ui.app.inject({ method: 'GET', url: '/assets/nope.js' });
  assert.equal(missing.statusCode, 404);
  for (const url of ['/assets/../../secret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt', '/secret.txt']) {
    const r = await ui.app.inject({ method: 'GET', url });
    assert.ok(r.statusCode >= 400 && r.statusCode < 500, `${url}: ${r.statusCode}`);
    assert.ok(!r.body.includes('not for the browser'), url);
  }
});

test('the API still needs its key beside the UI', async () => {
  assert.equal((await ui.app.inject({ method: 'GET', url: '/v1/alerts' })).statusCode, 401);
});

test('without a build, / says how to make one (503), and no asset route exists', async () => {
  const bare = await appOver(join(home, 'not-built'));
  try {
    const r = await bare.app.inject({ method: 'GET', url: '/' });
    assert.equal(r.statusCode, 503);
    assert.match(r.body, /npm run build/);
    const asset = await bare.app.inject({ method: 'GET', url: '/assets/app-1a2b.js' });
    assert.ok(asset.statusCode === 401 || asset.statusCode === 404, `an unknown route like any other: ${asset.statusCode}`);
  } finally {
    await bare.close();
  }
});
