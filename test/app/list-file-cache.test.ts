/**
 * List files named by --list are parsed once: the next command that names the same files (same paths,
 * same bytes) reads the snapshot and index kept in the data folder; other bytes are parsed afresh.
 */
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { appendFileSync, copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LIST_FILE_CACHE } from '../../src/app/list-file-cache.js';
import { fileLists, listFilesCacheRoot } from '../../src/app/lists.js';
import { dataPath } from '../helpers/data.js';

/** The cache folders (one per set of files) beside the remembered file hashes. */
const folders = (root: string) => readdirSync(root, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name);

test('the same files are read from the cache, with their index; changed bytes are parsed again', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-listcache-'));
  try {
    const root = listFilesCacheRoot(home);
    const file = join(home, 'dpl.txt');
    copyFileSync(dataPath('lists/bis-dpl/2019-06-29/dpl.txt'), file);
    const parsed = await fileLists([file], false, root);
    parsed.index();
    assert.equal(folders(root).length, 1);
    const cacheDir = join(root, folders(root)[0]!);
    assert.deepEqual(readdirSync(cacheDir).map((n) => n.replace(/-[0-9a-f]+\.v8$/, '')).sort(), ['index', 'list-snapshot']);

    const again = await fileLists([file], false, root);
    assert.equal(again.snapshot.hash, parsed.snapshot.hash);
    assert.deepEqual(again.snapshot.entries, parsed.snapshot.entries);
    assert.equal(again.cacheDir, cacheDir, 'read from the cache folder');
    assert.deepEqual(again.screener().screen({ name: 'Abdul Qader Khan' }).map((h) => h.entityId), parsed.screener().screen({ name: 'Abdul Qader Khan' }).map((h) => h.entityId));

    appendFileSync(file, '\n');
    const changed = await fileLists([file], false, root);
    assert.notEqual(changed.cacheDir, cacheDir, 'other bytes, another key');
    assert.equal(folders(root).length, 2);

    // The hash remembered for the file is not trusted once it was written to, even with its size and modification time put back.
    const { mtime } = statSync(file);
    const bytes = readFileSync(file);
    const at = bytes.indexOf('E', bytes.length >> 1);
    assert.ok(at > 0);
    bytes[at] = 'F'.charCodeAt(0);
    writeFileSync(file, bytes);
    utimesSync(file, mtime, mtime);
    const rewritten = await fileLists([file], false, root);
    assert.notEqual(rewritten.cacheDir, changed.cacheDir, 'same size and time, other bytes: another key');
    assert.equal((await fileLists([file], false, root)).cacheDir, rewritten.cacheDir, 'then the same file finds its cache');

    // A file that has not changed for a while has its hash remembered, and used while its status stays.
    const settled = dataPath('lists/bis-dpl/2019-06-29/dpl.txt');
    const first = await fileLists([settled], false, root);
    const memo = join(root, 'file-hashes.json');
    const remembered = JSON.parse(readFileSync(memo, 'utf8')) as Record<string, { status: string; sha256: string }>;
    assert.equal(remembered[settled]?.sha256, createHash('sha256').update(readFileSync(settled)).digest('hex'));
    assert.equal(remembered[file], undefined, 'a file written just now is hashed each time');
    assert.equal((await fileLists([settled], false, root)).cacheDir, first.cacheDir);
    writeFileSync(memo, JSON.stringify({ [settled]: { ...remembered[settled], sha256: '0'.repeat(64) } }));
    assert.notEqual((await fileLists([settled], false, root)).cacheDir, first.cacheDir, 'the remembered hash is what the key is made of');
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
    assert.equal(folders(root).length, LIST_FILE_CACHE.keep);
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
