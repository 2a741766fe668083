import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DownloadError, downloadToFile } from '../../src/ingest/download.js';
import { ClearanceError } from '../../src/model/errors.js';

/* A failed download names its URL and the cause an operator can act on, never just "fetch failed". */

let silent: Server;
let port = 0;
before(async () => {
  // Accepts connections and never answers.
  silent = createServer(() => {});
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
  port = (silent.address() as AddressInfo).port;
});
after(() => {
  silent.closeAllConnections();
  silent.close();
});

const target = () => join(mkdtempSync(join(tmpdir(), 'clearance-dl-')), 'file');
const once = { attempts: 1, connectTimeoutMs: 300, idleTimeoutMs: 300 };

async function failure(url: string, options = once): Promise<DownloadError> {
  const err = await downloadToFile(url, target(), options).then(
    () => undefined,
    (e: unknown) => e,
  );
  assert.ok(err instanceof DownloadError, String(err));
  assert.ok(err instanceof ClearanceError && err.kind === 'unavailable');
  assert.ok(err.message.startsWith(`${url}: `), `names the URL: ${err.message}`);
  assert.doesNotMatch(err.message, /fetch failed/);
  return err;
}

test('a name that does not resolve: DNS', async () => {
  // The resolver may be slow on a busy machine; a short connect timeout would report a timeout instead.
  const err = await failure('http://clearance-test.invalid/sdn.csv', { ...once, connectTimeoutMs: 15_000 });
  assert.match(err.message, /DNS lookup of clearance-test\.invalid failed \((ENOTFOUND|EAI_AGAIN)\)/);
});

test('nothing listening: connection refused', async () => {
  const closed = createServer();
  await new Promise<void>((r) => closed.listen(0, '127.0.0.1', () => r()));
  const freePort = (closed.address() as AddressInfo).port;
  await new Promise((r) => closed.close(r));
  const err = await failure(`http://127.0.0.1:${freePort}/dpl.txt`);
  assert.match(err.message, new RegExp(`connection refused by 127\\.0\\.0\\.1:${freePort} \\(ECONNREFUSED\\)`));
});

test('a server that never answers: timeout', async () => {
  const err = await failure(`http://127.0.0.1:${port}/consolidated.xml`);
  assert.match(err.message, /no response within 300 ms \(timeout\)/);
});

test('TLS spoken to a server that does not: TLS handshake failed', async () => {
  const err = await failure(`https://127.0.0.1:${port}/consolidated.csv`);
  assert.match(err.message, /TLS handshake with 127\.0\.0\.1:\d+ failed \((ERR_SSL|EPROTO)/);
});
