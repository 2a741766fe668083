/**
 * A new list version activated while requests run, by the command line in another process and by the
 * API: no request fails, each answer names the version it was made on, and the answers switch.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { importLists } from '../../src/app/data.js';
import { buildRules } from '../../src/app/rules-admin.js';
import { dataPath, repoRoot } from '../helpers/data.js';
import { testServer, type TestServer } from '../helpers/server.js';

let server: TestServer;
let older: string;
let newer: string;
before(async () => {
  server = await testServer({ ready: false });
  await buildRules(server.rt, dataPath('ear/2026-07-23'));
  older = (await importLists(server.rt, { paths: [dataPath('lists/bis-dpl/2019-06-29/dpl.txt')], actor: 't' })).commit.manifest.id;
  newer = (await importLists(server.rt, { paths: [dataPath('lists/bis-dpl/2022-09-07/dpl.txt')], actor: 't' })).commit.manifest.id;
  const back = await server.call('POST', '/v1/lists/activate', { as: 'admin', body: { version: older } });
  assert.equal(back.statusCode, 200, back.body);
  server.lists.watch(50);
});
after(() => server.close());

const tx = { export_type: 'export', origin_country: 'US', destination: 'CN', items: [{ eccn: 'EAR99', quantity: 1, value_usd: 10 }], parties: [{ role: 'end_user', name: 'Ace Industries', country: 'CN' }] };

/** Requests `inFlight` at a time until `done()`; every answer's status and the version it names. */
async function load(done: () => boolean, inFlight = 8): Promise<{ status: number; version: string; kind: string }[]> {
  const answers: { status: number; version: string; kind: string }[] = [];
  let n = 0;
  const worker = async () => {
    while (!done()) {
      const check = n++ % 4 === 3;
      const r = check
        ? await server.call('POST', '/v1/check', { as: 'viewer', body: tx })
        : await server.call('POST', '/v1/screen', { as: 'viewer', body: { name: 'Abdul Qader Khan' } });
      const body = r.json() as { listVersion?: string; versions?: { lists: string } };
      answers.push({ status: r.statusCode, version: body.listVersion ?? body.versions?.lists ?? '', kind: check ? 'check' : 'screen' });
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return answers;
}

test('activated by the command line in another process: no request fails, and answers move to the new version', async () => {
  let activated = false;
  const child = spawn(process.execPath, ['--import', 'tsx', join(repoRoot, 'src', 'cli', 'main.ts'), 'data', 'activate', newer, '--data-dir', server.home], { stdio: 'ignore', env: { ...process.env, CLEARANCE_LOG_LEVEL: 'silent' } });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  void exited.then(() => (activated = true));
  let afterSwap = 0;
  const answers = await load(() => activated && server.lists.current()?.version === newer && ++afterSwap > 40);
  assert.equal(await exited, 0);
  assert.deepEqual(answers.filter((a) => a.status !== 200), [], 'no request failed');
  const screens = answers.filter((a) => a.kind === 'screen').map((a) => a.version);
  assert.equal(screens[0], older, 'the first answers come from the version in service');
  assert.equal(screens.at(-1), newer, 'the last from the newly active one');
  const firstNew = screens.indexOf(newer);
  assert.ok(screens.slice(firstNew).every((v) => v === newer), 'once swapped, every answer is on the new version');
  assert.equal(new Set(answers.filter((a) => a.kind === 'check').map((a) => a.version)).size, 2, 'checks name both list snapshots too');
});

test('activated through the API while requests run: the same', async () => {
  let switched = false;
  const loading = load(() => switched);
  const r = await server.call('POST', '/v1/lists/activate', { as: 'admin', body: { version: older } });
  assert.equal(r.statusCode, 200, r.body);
  assert.equal(r.json().inService, older, 'the answer comes once the version is in service');
  await new Promise((resolve) => setTimeout(resolve, 50));
  switched = true;
  const answers = await loading;
  assert.deepEqual(answers.filter((a) => a.status !== 200), []);
  assert.equal(answers.filter((a) => a.kind === 'screen').at(-1)!.version, older);
  const ready = (await server.call('GET', '/ready')).json() as { listVersion: string };
  assert.equal(ready.listVersion, older);
});
