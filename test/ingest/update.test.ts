import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { activeVersionId, readManifest } from '../../src/ingest/data-folder.js';
import type { RemoteSource } from '../../src/ingest/official-sources.js';
import { updateFromRemote } from '../../src/ingest/update.js';
import { dataPath } from '../helpers/data.js';

/** Real files served under /<mode>/<name>; the mode says how the server misbehaves. */
const FILES: Record<string, string> = {
  'dpl.txt': dataPath('lists/bis-dpl/2022-09-07/dpl.txt'),
  'dpl-2019.txt': dataPath('lists/bis-dpl/2019-06-29/dpl.txt'),
  'consolidated.xml': dataPath('lists/un/2026-02-27/consolidated.xml'),
  'sdn-2024.csv': dataPath('lists/ofac-sdn/2024-05-03/sdn.csv'),
  'sdn-2021.csv': dataPath('lists/ofac-sdn/2021-07-07/sdn.csv'),
};

let server: Server;
let base = '';
let requests = 0;

before(async () => {
  server = createServer((req, res) => {
    requests++;
    const [, mode, name] = (req.url ?? '').split('/');
    const path = FILES[name ?? ''];
    if (!path) return void res.writeHead(404).end('not found');
    const body = readFileSync(path);
    switch (mode) {
      case 'ok':
        return void res.writeHead(200, { 'content-length': body.length }).end(body);
      case 'error500':
        return void res.writeHead(500).end('internal error');
      case 'truncated':
        res.writeHead(200, { 'content-length': body.length });
        res.write(body.subarray(0, body.length >> 1));
        return void setTimeout(() => res.destroy(), 20);
      case 'cut':
        // A server that drops the connection mid-file without having said the length: the download
        // looks complete, and only the file itself can tell.
        return void res.writeHead(200).end(body.subarray(0, Math.floor(body.length * 0.6)));
      case 'empty':
        return void res.writeHead(200, { 'content-length': 0 }).end();
      case 'malformed':
        return void res.writeHead(200).end(Buffer.concat([body.subarray(0, 300), Buffer.from('\n\u0000\u0001garbage "unterminated\n'.repeat(400))]));
      case 'stall':
        res.writeHead(200, { 'content-length': body.length });
        res.write(body.subarray(0, 1000));
        return; // never finishes; the client's idle timeout must fire
      default:
        return void res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

after(() => {
  server.closeAllConnections();
  server.close();
});

const dpl = (mode: string, file = 'dpl.txt'): RemoteSource => ({
  name: 'bis-dpl',
  format: 'bis-dpl',
  title: 'DPL',
  files: [{ role: 'primary', url: `${base}/${mode}/${file}`, file: 'dpl.txt' }],
});
const un = (mode: string): RemoteSource => ({
  name: 'un',
  format: 'un-xml',
  title: 'UN',
  files: [{ role: 'primary', url: `${base}/${mode}/consolidated.xml`, file: 'consolidated.xml' }],
});
const sdn = (file: string): RemoteSource => ({
  name: 'ofac-sdn',
  format: 'ofac-csv',
  title: 'SDN',
  files: [{ role: 'primary', url: `${base}/ok/${file}`, file: 'sdn.csv' }],
});
const fast = { connectTimeoutMs: 2000, idleTimeoutMs: 300, attempts: 2, backoffMs: 10 };

async function primedHome(): Promise<{ home: string; active: string }> {
  const home = mkdtempSync(join(tmpdir(), 'clearance-update-'));
  const first = await updateFromRemote(home, { sources: [dpl('ok'), un('ok')], download: fast });
  assert.deepEqual(first.failures, []);
  assert.ok(first.commit && !first.commit.unchanged);
  return { home, active: activeVersionId(home)! };
}

test('a good update writes a version and a repeat is a no-op', async () => {
  const { home, active } = await primedHome();
  const manifest = readManifest(home, active);
  assert.deepEqual(manifest.sources.map((s) => s.name), ['bis-dpl', 'un']);
  assert.ok(manifest.sources.every((s) => s.origin[0]!.startsWith(base)));
  const again = await updateFromRemote(home, { sources: [dpl('ok'), un('ok')], download: fast });
  assert.equal(again.commit?.unchanged, true);
  assert.equal(activeVersionId(home), active);
});

for (const mode of ['error500', 'truncated', 'empty', 'malformed', 'stall']) {
  test(`a server answering '${mode}' keeps the previous version active`, async () => {
    const { home, active } = await primedHome();
    const before = requests;
    const result = await updateFromRemote(home, { sources: [dpl('ok', 'dpl-2019.txt'), un(mode)], download: fast });
    assert.equal(result.commit, undefined, 'nothing is written');
    assert.equal(result.failures.length, 1);
    assert.equal(result.failures[0]!.source, 'un');
    assert.equal(activeVersionId(home), active);
    if (mode === 'error500' || mode === 'truncated' || mode === 'stall') {
      assert.ok(requests - before >= 3, 'transient failures are retried');
    }
    const expected: Record<string, RegExp> = {
      error500: /HTTP 500/,
      truncated: /truncated|transfer failed/,
      empty: /empty/,
      malformed: /consolidated\.xml/,
      stall: /stalled/,
    };
    assert.match(result.failures[0]!.error, expected[mode]!);
  });
}

test('--partial keeps the sources that succeeded', async () => {
  const { home, active } = await primedHome();
  const result = await updateFromRemote(home, { sources: [dpl('ok', 'dpl-2019.txt'), un('error500')], download: fast, partial: true });
  assert.ok(result.commit && !result.commit.unchanged);
  assert.deepEqual(result.commit.changed, ['bis-dpl']);
  assert.notEqual(activeVersionId(home), active);
  assert.equal(result.commit.manifest.sources.find((s) => s.name === 'un')!.origin[0], `${base}/ok/consolidated.xml`, 'UN carries over');
});

test('a list that drops more than 10% of its entries is refused unless forced', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-update-'));
  const first = await updateFromRemote(home, { sources: [sdn('sdn-2024.csv')], download: fast });
  assert.equal(first.commit?.manifest.sources[0]!.entryCount, 14965);
  const active = activeVersionId(home);
  const shrunk = await updateFromRemote(home, { sources: [sdn('sdn-2021.csv')], download: fast });
  assert.equal(shrunk.commit, undefined);
  assert.match(shrunk.failures[0]!.error, /8976 entries against 14965.*drop of 40\.0%/);
  assert.equal(activeVersionId(home), active);
  const forced = await updateFromRemote(home, { sources: [sdn('sdn-2021.csv')], download: fast, force: true });
  assert.equal(forced.commit?.manifest.sources[0]!.entryCount, 8976);
});

test('a file that a server served cut off, without a length, is refused by the same checks as data import', async () => {
  const { home, active } = await primedHome();
  const result = await updateFromRemote(home, { sources: [dpl('cut', 'dpl-2019.txt')], download: fast });
  assert.equal(result.commit, undefined);
  assert.equal(result.failures[0]!.source, 'bis-dpl');
  assert.match(result.failures[0]!.error, /cut off/);
  assert.match(result.failures[0]!.error, new RegExp(`${base}/cut/dpl-2019\\.txt`), 'the message names the URL, not the download folder');
  assert.equal(activeVersionId(home), active);
  assert.deepEqual(readdirSync(join(home, 'lists', 'versions')).filter((f) => f.startsWith('.')), [], 'no download folder is left');
});

test('--partial says why each refused source was refused, and takes the others', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-update-'));
  const first = await updateFromRemote(home, { sources: [sdn('sdn-2024.csv'), dpl('ok')], download: fast });
  assert.deepEqual(first.failures, []);
  const result = await updateFromRemote(home, { sources: [sdn('sdn-2021.csv'), dpl('ok', 'dpl-2019.txt'), un('cut')], download: fast, partial: true });
  assert.deepEqual(result.failures.map((f) => f.source).sort(), ['ofac-sdn', 'un']);
  assert.match(result.failures.find((f) => f.source === 'ofac-sdn')!.error, /refused: 8976 entries against 14965 in the active version/);
  assert.match(result.failures.find((f) => f.source === 'un')!.error, /consolidated\.xml.*ends early/);
  assert.deepEqual(result.commit?.changed, ['bis-dpl']);
  assert.equal(result.commit?.manifest.sources.find((s) => s.name === 'ofac-sdn')!.entryCount, 14965, 'the refused source keeps its previous files');
});

test('a forced update returns the overridden checks for the audit log', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-update-'));
  await updateFromRemote(home, { sources: [sdn('sdn-2024.csv')], download: fast });
  const forced = await updateFromRemote(home, { sources: [sdn('sdn-2021.csv')], download: fast, force: true });
  assert.deepEqual(forced.commit?.forced, [{ source: 'ofac-sdn', reason: '8976 entries against 14965 in the active version, a drop of 40.0% (more than 10%)' }]);
});
