import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCandidateIndex } from '../../src/screening/index.js';
import { indexForSnapshot } from '../../src/screening/index-cache.js';
import { indexImage } from '../../src/screening/index-image.js';
import { screenerOver } from '../../src/screening/screen.js';
import { readCacheBytes, writeCacheBytes } from '../../src/snapshot/cache.js';
import { packTyped, unpackTyped } from '../../src/snapshot/typed-blocks.js';
import { dataPath } from '../helpers/data.js';
import { listSnapshot } from '../helpers/lists.js';

const QUERIES = ['Zaki ur Rehman Lakhvi', 'hafiz muhammad saeed', 'Korea Mining Development Trading Corp', 'حافظ محمد سعيد', 'nobody'];

test('a version folder keeps its index: later loads screen exactly as the built index does', async () => {
  const snapshot = await listSnapshot([dataPath('lists/un/2026-02-27/consolidated.xml')]);
  const dir = mkdtempSync(join(tmpdir(), 'clearance-index-cache-'));
  const built = indexForSnapshot(snapshot, dir);
  assert.equal(readdirSync(dir).filter((name) => name.startsWith('index-')).length, 1, 'the first load caches the index');
  const cached = indexForSnapshot(snapshot, dir);
  assert.notEqual(cached, built);
  const strip = (index: typeof built, name: string) => screenerOver(index).screen({ name }, { threshold: 0.6 }).map(({ entry: _entry, ...hit }) => hit);
  for (const name of QUERIES) assert.deepEqual(strip(cached, name), strip(built, name), name);
});

test('the cached index is used only for the snapshot it was built from', async () => {
  const snapshot = await listSnapshot([dataPath('lists/un/2026-02-27/consolidated.xml')]);
  const dir = mkdtempSync(join(tmpdir(), 'clearance-index-cache-'));
  // A cache whose weights were tampered with shows whether the cache or a fresh build answered.
  const image = indexImage(buildCandidateIndex(snapshot.entries), { shared: false });
  image.vocabulary.weight = image.vocabulary.weight.map(() => 0.5);
  writeCacheBytes(dir, 'index', () => packTyped({ snapshotHash: snapshot.hash, image }));
  assert.ok(indexForSnapshot(snapshot, dir).vocabulary.weight.every((w) => w === 0.5), 'trusted for its own snapshot');

  writeCacheBytes(dir, 'index', () => packTyped({ snapshotHash: 'another snapshot', image }));
  assert.ok(!indexForSnapshot(snapshot, dir).vocabulary.weight.every((w) => w === 0.5), 'rebuilt for another');
  assert.equal((unpackTyped(readCacheBytes(dir, 'index')!) as { snapshotHash: string }).snapshotHash, snapshot.hash, 'and cached anew');
});
