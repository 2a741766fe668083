import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs, { mkdtempSync, readdirSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { activeVersionId, importPaths } from '../../src/ingest/data-folder.js';
import { ClearanceError } from '../../src/model/errors.js';
import { dataPath } from '../helpers/data.js';

/*
 * A disk that fills up, or a file system that turns out read-only, while a version is written: one clear
 * error naming the folder and what to do, the active version untouched, no staging folder left. The
 * failure is injected into node:fs at the step named (the ESM bindings follow the module object once
 * syncBuiltinESMExports is called), because a full or read-only disk cannot be made without privileges.
 */

type FsName = 'copyFileSync' | 'mkdirSync' | 'writeFileSync';

async function withFailing<T>(name: FsName, code: string, when: (path: string) => boolean, run: () => Promise<T>): Promise<T> {
  const mutable = fs as unknown as Record<FsName, (...args: unknown[]) => unknown>;
  const real = mutable[name];
  mutable[name] = (...args: unknown[]) => {
    const target = String(args[name === 'copyFileSync' ? 1 : 0]);
    if (when(target)) throw Object.assign(new Error(`${code}: simulated, ${name} '${target}'`), { code, syscall: name, path: target });
    return real(...args);
  };
  syncBuiltinESMExports();
  try {
    return await run();
  } finally {
    mutable[name] = real;
    syncBuiltinESMExports();
  }
}

const DPL = dataPath('lists/bis-dpl/2019-06-29/dpl.txt');
const UN = dataPath('lists/un/2026-02-27/consolidated.xml');

test('a full disk while the new version is copied: one error naming the folder, the active version stays, nothing left behind', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-full-'));
  const first = await importPaths(home, [DPL]);
  const err = await withFailing('copyFileSync', 'ENOSPC', (p) => p.includes('.staging-'), () => importPaths(home, [UN]).then(() => undefined, (e: unknown) => e));
  assert.ok(err instanceof ClearanceError, String(err));
  assert.equal(err.kind, 'unavailable');
  assert.equal(err.code, 'data_folder_full');
  assert.match(err.message, new RegExp(`${home}.*no space.*ENOSPC.*version ${first.manifest.id} stays active.*free disk space`));
  assert.equal(activeVersionId(home), first.manifest.id);
  assert.deepEqual(readdirSync(join(home, 'lists', 'versions')), [first.manifest.id]);
});

test('a read-only data folder: one error saying so and what to do', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-ro-'));
  const err = await withFailing('mkdirSync', 'EROFS', (p) => p.startsWith(home), () => importPaths(home, [DPL]).then(() => undefined, (e: unknown) => e));
  assert.ok(err instanceof ClearanceError, String(err));
  assert.equal(err.code, 'data_folder_read_only');
  assert.match(err.message, /read-only file system \(EROFS\); nothing was activated; give a writable folder/);
});

test('a full disk while the manifest is written leaves the active version and no staging folder', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-full-'));
  const first = await importPaths(home, [DPL]);
  const err = await withFailing('writeFileSync', 'ENOSPC', (p) => p.endsWith('manifest.json'), () => importPaths(home, [UN]).then(() => undefined, (e: unknown) => e));
  assert.ok(err instanceof ClearanceError && err.code === 'data_folder_full', String(err));
  assert.equal(activeVersionId(home), first.manifest.id);
  assert.deepEqual(readdirSync(join(home, 'lists', 'versions')), [first.manifest.id]);
});
