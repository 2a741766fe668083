import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createListsSource } from '../../src/app/lists.js';
import { listsUsed } from '../../src/app/lists-used.js';
import { importPaths, listVersions } from '../../src/ingest/data-folder.js';
import { dataPath } from '../helpers/data.js';

/** A dated question is screened against the list version in force on its date, and the decision says which. */

const home = mkdtempSync(join(tmpdir(), 'clearance-lists-asof-'));
await importPaths(home, [dataPath('lists/eu/fsf-xml-1.1/2020-04-15-sample/sample_eu.xml')]);
await importPaths(home, [dataPath('lists/eu/fsf-xml-1.1/2022-03-18-truncated/20220318-FULL-1_1(xsd).first1044.repaired.xml.gz')]);
const [older, newer] = listVersions(home).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
const source = createListsSource(home);
after(() => rmSync(home, { recursive: true, force: true }));

test('without a date: the active version, and nothing said about dates', async () => {
  const lists = await source.resolve();
  assert.equal(lists.versionId, newer!.id);
  assert.equal(lists.asOf, undefined);
  const used = listsUsed(lists, undefined);
  assert.equal(used.version, newer!.id);
  assert.equal(used.sourceDate, '2022-03-18');
  assert.equal(used.postdatesAsOf, undefined);
});

test('a date between the versions: the older one, in force on it', async () => {
  const lists = await source.resolve({ asOf: '2021-06-01' });
  assert.equal(lists.versionId, older!.id);
  assert.deepEqual(listsUsed(lists, '2021-06-01'), {
    version: older!.id,
    sourceDate: '2020-04-15',
    postdatesAsOf: false,
    note: 'the newest list version dated on or before 2021-06-01 (2020-04-15)',
  });
  // The active version is kept as it was: a later plain question still gets it.
  assert.equal((await source.resolve()).versionId, newer!.id);
});

test('a date before every version: the oldest, said to postdate it', async () => {
  const used = listsUsed(await source.resolve({ asOf: '2019-01-01' }), '2019-01-01');
  assert.equal(used.version, older!.id);
  assert.equal(used.postdatesAsOf, true);
  assert.match(used.note!, /set aside by their own dates/);
});

test('a date after the newest version: the active one, in force on it', async () => {
  const lists = await source.resolve({ asOf: '2026-07-23' });
  assert.equal(lists.versionId, newer!.id);
  assert.equal(listsUsed(lists, '2026-07-23').postdatesAsOf, false);
});

test('list files named by the caller are used whatever the date, and said to postdate it when newer', async () => {
  const lists = await source.resolve({ list: [dataPath('lists/eu/fsf-xml-1.1/2020-04-15-sample/sample_eu.xml')], asOf: '2019-01-01' });
  assert.equal(lists.origin, 'list-files');
  const used = listsUsed(lists, '2019-01-01');
  assert.equal(used.postdatesAsOf, true);
  assert.equal(used.sourceDate, '2020-04-15');
});
