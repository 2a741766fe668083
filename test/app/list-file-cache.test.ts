/**
 * List files named by --list are parsed once: the next command that names the same files (same paths,
 * same bytes) reads the snapshot and index kept in the data folder; other bytes are parsed afresh.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LIST_FILE_CACHE } from '../../src/app/list-file-cache.js';
import { fileLists, listFilesCacheRoot } from '../../src/app/lists.js';
import { dataPath } from '../helpers/data.js';

test('the same files are read from the cache, with their index; changed bytes are parsed again', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-listcache-'));
  try {
    const root = listFilesCacheRoot(home);
    const file = join(home, 'dpl.txt');
    copyFileSync(dataPath('lists/bis-dpl/2019-06-29/dpl.txt'), file);
    const parsed = await fileLists([file], false, root);
    parsed.index();
    assert.equal(readdirSync(root).length, 1);
    const cacheDir = join(root, readdirSync(root)[0]!);
    assert.deepEqual(readdirSync(cacheDir).map((n) => n.replace(/-[0-9a-f]+\.v8$/, '')).sort(), ['index', 'list-snapshot']);

    const again = await fileLists([file], false, root);
    assert.equal(again.snapshot.hash, parsed.snapshot.hash);
    assert.deepEqual(again.snapshot.entries, parsed.snapshot.entries);
    assert.equal(again.cacheDir, cacheDir, 'read from the cache folder');
    assert.deepEqual(again.screener().screen({ name: 'Abdul Qader Khan' }).map((h) => h.entityId), parsed.screener().screen({ name: 'Abdul Qader Khan' }).map((h) => h.entityId));

    appendFileSync(file, '\n');
    const changed = await fileLists([file], false, root);
    assert.notEqual(changed.cacheDir, cacheDir, 'other bytes, another key');
    assert.equal(readdirSync(root).length, 2);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});

test(`only the ${LIST_FILE_CACHE.keep} most recently used are kept; a folder that cannot hold a cache is no error`, async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-listcache-'));
  try {
    const root = listFilesCacheRoot(home);
    const file = join(home, 'dpl.txt');
    copyFileSync(dataPath('lists/bis-dpl/2022-09-07/dpl.txt'), file);
    for (let i = 0; i <= LIST_FILE_CACHE.keep + 1; i++) {
      appendFileSync(file, '\n');
      await fileLists([file], false, root);
    }
    assert.equal(readdirSync(root).length, LIST_FILE_CACHE.keep);
    const blocked = join(home, 'blocked');
    mkdirSync(blocked);
    appendFileSync(join(blocked, 'cache'), 'a file where the cache folder would go');
    const lists = await fileLists([file], false, join(blocked, 'cache'));
    assert.ok(lists.snapshot.entries.length > 0);
    assert.equal(lists.cacheDir, undefined);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
