import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { activateVersion, activeVersionId, importPaths, loadActiveSnapshot, loadVersionSnapshot } from '../../src/ingest/data-folder.js';
import { codeFingerprint, readCachedSnapshot, recordCodeFingerprint, writeCachedSnapshot } from '../../src/snapshot/cache.js';
import { dataPath } from '../helpers/data.js';
import { listSnapshot } from '../helpers/lists.js';

const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), prefix));

test('a cached snapshot reads back equal and frozen, only for the code that wrote it', async () => {
  const snapshot = await listSnapshot([dataPath('lists/bis-dpl/2019-06-29/dpl.txt')]);
  const dir = tempDir('clearance-cache-');
  assert.equal(readCachedSnapshot(dir, snapshot.hash, 'code-a'), undefined, 'nothing cached yet');
  writeCachedSnapshot(dir, snapshot, 'code-a');
  const back = readCachedSnapshot(dir, snapshot.hash, 'code-a');
  assert.deepEqual(back, snapshot);
  assert.ok(Object.isFrozen(back) && Object.isFrozen(back!.entries[0]) && Object.isFrozen(back!.entries[0]!.names), 'as immutable as a parsed one');
  assert.equal(readCachedSnapshot(dir, snapshot.hash, 'code-b'), undefined, 'other code parses afresh');
  assert.equal(readCachedSnapshot(dir, 'another-hash', 'code-a'), undefined, 'a snapshot of something else is not taken');

  writeCachedSnapshot(dir, snapshot, 'code-b');
  assert.deepEqual(readdirSync(dir), ['snapshot-code-b.v8'], "the other code's cache is removed");
  // A long-running process holds what it reads: the fields past the names stay undecoded until used.
  const lazy = Object.getOwnPropertyDescriptor(back!.entries[0], 'addresses');
  assert.equal(typeof lazy?.get, 'function', 'decoded when first read');
});

test('a damaged cache file is passed over, not trusted', async () => {
  const snapshot = await listSnapshot([dataPath('lists/bis-dpl/2019-06-29/dpl.txt')]);
  const dir = tempDir('clearance-cache-');
  writeCachedSnapshot(dir, snapshot, 'code');
  const path = join(dir, 'snapshot-code.v8');
  const bytes = readFileSync(path);
  writeFileSync(path, bytes.subarray(0, bytes.length >> 1));
  assert.equal(readCachedSnapshot(dir, snapshot.hash, 'code'), undefined);
  writeFileSync(path, 'not a snapshot');
  assert.equal(readCachedSnapshot(dir, snapshot.hash, 'code'), undefined);
});

test('a data folder version is parsed once, then read from its cache with the same entries', async () => {
  const home = tempDir('clearance-home-');
  await importPaths(home, [dataPath('lists/bis-dpl/2019-06-29/dpl.txt'), dataPath('lists/un/2026-02-27/consolidated.xml')]);
  const id = activeVersionId(home)!;
  const versionDir = join(home, 'lists', 'versions', id);
  const parsed = await loadActiveSnapshot(home);
  const cacheFile = `snapshot-${codeFingerprint()}.v8`;
  assert.ok(existsSync(join(versionDir, cacheFile)), 'the first load leaves a cache');
  const cached = readCachedSnapshot(versionDir, parsed!.hash);
  assert.ok(cached, 'which this code reads');
  assert.deepEqual(await loadVersionSnapshot(home, id), parsed);
});

test('the code fingerprint changes with any file of the code tree', () => {
  const root = tempDir('clearance-code-');
  mkdirSync(join(root, 'ingest'));
  writeFileSync(join(root, 'ingest', 'csl.js'), 'export const a = 1;');
  writeFileSync(join(root, 'index.js'), 'export {};');
  const before = codeFingerprint(root);
  assert.equal(codeFingerprint(root), before, 'stable');
  writeFileSync(join(root, 'ingest', 'csl.js'), 'export const a = 2;');
  assert.notEqual(codeFingerprint(root), before);
});

test('the code fingerprint ignores what a build holds but never runs: type declarations and source maps', () => {
  const root = tempDir('clearance-code-');
  writeFileSync(join(root, 'index.js'), 'export {};');
  const before = codeFingerprint(root);
  writeFileSync(join(root, 'index.d.ts'), 'export {};');
  writeFileSync(join(root, 'index.js.map'), '{}');
  assert.equal(codeFingerprint(root), before);
  writeFileSync(join(root, 'types.ts'), 'export type A = 1;');
  assert.notEqual(codeFingerprint(root), before, 'a TypeScript source (run through tsx) counts');
});

test('only the active version keeps a cache: loading another one leaves none behind', async () => {
  const home = tempDir('clearance-home-');
  const first = await importPaths(home, [dataPath('lists/bis-dpl/2019-06-29/dpl.txt')]);
  const second = await importPaths(home, [dataPath('lists/un/2026-02-27/consolidated.xml')]);
  const cachesOf = (id: string) => readdirSync(join(home, 'lists', 'versions', id)).filter((name) => name.endsWith('.v8'));
  await loadActiveSnapshot(home);
  assert.equal(cachesOf(second.manifest.id).length, 1);
  await loadVersionSnapshot(home, first.manifest.id);
  assert.deepEqual(cachesOf(first.manifest.id), [], 'an older version loaded for a diff is not cached');
  assert.equal(cachesOf(second.manifest.id).length, 1, 'and the active one keeps its cache');

  activateVersion(home, first.manifest.id);
  await loadActiveSnapshot(home);
  assert.equal(cachesOf(first.manifest.id).length, 1, 'the newly active version is cached');
  assert.deepEqual(cachesOf(second.manifest.id), [], "and the one before it loses its cache");
});

test('a fingerprint the build recorded is taken while no file has changed since, and worked out again after', () => {
  const root = tempDir('clearance-code-');
  writeFileSync(join(root, 'index.js'), 'export {};');
  const hashed = codeFingerprint(root);
  assert.equal(recordCodeFingerprint(root), hashed, 'the build records what hashing gives');
  assert.equal(codeFingerprint(root), hashed, 'its own record file is not code');
  // A record naming another fingerprint shows which one is taken: while the files match, the record's.
  const record = JSON.parse(readFileSync(join(root, 'code-fingerprint.json'), 'utf8')) as { files: string };
  writeFileSync(join(root, 'code-fingerprint.json'), JSON.stringify({ ...record, fingerprint: 'feedfacefeedface' }));
  assert.equal(codeFingerprint(root), 'feedfacefeedface');
  writeFileSync(join(root, 'index.js'), 'export const changed = 1;');
  const changed = codeFingerprint(root);
  assert.notEqual(changed, 'feedfacefeedface', 'a file written since the build: hashed again');
  assert.notEqual(changed, hashed);
  writeFileSync(join(root, 'more.js'), 'export {};');
  assert.notEqual(codeFingerprint(root), changed);
});
