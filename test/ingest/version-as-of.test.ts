import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { versionAsOf, sourcesDate } from '../../src/ingest/version-as-of.js';
import { importPaths, listVersions } from '../../src/ingest/data-folder.js';
import type { ListVersionManifest } from '../../src/ingest/data-folder.js';
import { dataPath } from '../helpers/data.js';

/** The list version in force on a date, read from the data folder's manifests alone. */

function manifest(id: string, dates: (string | undefined)[], createdAt = '2026-08-01T00:00:00Z'): ListVersionManifest {
  return {
    id,
    createdAt,
    snapshotHash: id,
    sources: dates.map((d, i) => ({ name: `s${i}`, format: 'bis-dpl', files: [], ...(d ? { sourceDate: d } : {}), contentHash: '', entryCount: 0, countsByList: {}, malformedRows: 0, origin: [], stored: [], addedAt: createdAt })),
  };
}

test('the newest version dated on or before as_of; the oldest, flagged, when all are newer', () => {
  const versions = [manifest('v2019', ['2019-06-29']), manifest('v2022', ['2022-09-07', '2019-06-29']), manifest('v2026', ['2026-07-31'])];
  assert.deepEqual(versionAsOf(versions, '2023-01-01'), { id: 'v2022', date: '2022-09-07', postdatesAsOf: false, note: 'the newest list version dated on or before 2023-01-01 (2022-09-07)' });
  assert.equal(versionAsOf(versions, '2026-08-01')?.id, 'v2026');
  assert.equal(versionAsOf(versions, '2022-09-07')?.id, 'v2022', 'a version dated on the day is in force on it');
  const early = versionAsOf(versions, '2018-04-20');
  assert.equal(early?.id, 'v2019');
  assert.equal(early?.postdatesAsOf, true);
  assert.equal(versionAsOf([], '2020-01-01'), undefined);
});

test('a source without a publisher date counts from the day it was added', () => {
  assert.equal(sourcesDate([{ addedAt: '2025-01-02T10:00:00Z' }, { sourceDate: '2024-12-31' }]), '2025-01-02');
  assert.equal(sourcesDate([], '2026-01-01T00:00:00Z'), '2026-01-01');
});

test('property: the chosen version is never dated after as_of unless every version is', () => {
  const date = fc.integer({ min: 0, max: 3000 }).map((d) => new Date(Date.UTC(2018, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
  fc.assert(
    fc.property(fc.array(date, { minLength: 1, maxLength: 6 }), date, (dates, asOf) => {
      const v = versionAsOf(dates.map((d, i) => manifest(`v${i}`, [d])), asOf)!;
      const anyBefore = dates.some((d) => d <= asOf);
      return anyBefore ? !v.postdatesAsOf && v.date <= asOf && !dates.some((d) => d <= asOf && d > v.date) : v.postdatesAsOf && v.date === [...dates].sort()[0];
    }),
  );
});

test('over a real data folder: two DPL versions', async () => {
  const home = mkdtempSync(join(tmpdir(), 'clearance-asof-'));
  await importPaths(home, [dataPath('lists/bis-dpl/2019-06-29/dpl.txt')]);
  await importPaths(home, [dataPath('lists/bis-dpl/2022-09-07/dpl.txt')]);
  const versions = listVersions(home);
  assert.equal(versions.length, 2);
  const chosen = versionAsOf(versions, '2020-01-01');
  assert.ok(chosen);
  assert.ok(chosen.date <= '2020-01-01' || chosen.postdatesAsOf, JSON.stringify(chosen));
});
