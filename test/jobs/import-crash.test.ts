import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { verifyAudit } from '../../src/audit/verify.js';
import { activeVersionId, importPaths, listVersions, loadVersionSnapshot } from '../../src/ingest/data-folder.js';
import { rescreenMarkerPath } from '../../src/ingest/rescreen-marker.js';
import { importParties } from '../../src/jobs/party-import.js';
import { finishPendingWork } from '../../src/jobs/pending-rescreen.js';
import { rescreenDataFolder } from '../../src/jobs/rescreen-data-folder.js';
import { primaryName } from '../../src/model/list-entry.js';
import { createScreener } from '../../src/screening/screen.js';
import { diffEntries } from '../../src/snapshot/diff.js';
import type { Store } from '../../src/store/database.js';
import { getSetting, RESCREEN_PROGRESS, SCREENED_VERSION } from '../../src/store/settings.js';
import { dataPath, repoRoot } from '../helpers/data.js';
import { testDatabases, type TestDatabase } from '../store/databases.js';

/*
 * kill -9 at each step of `data import` and of the re-screen that follows it; then what any command does
 * when it opens the store (finishPendingWork), and, when the kill came before the new version was active,
 * the user's rerun of the import. The store and the data folder must end exactly as an uninterrupted run
 * leaves them: the same active version, alerts, re-screen records and screened version, and nothing
 * half-done or left over.
 */

const OLD = dataPath('lists/bis-dpl/2019-06-29/dpl.txt');
const NEW = dataPath('lists/bis-dpl/2022-09-07/dpl.txt');
const T0 = '2026-01-01T00:00:00.000Z';
const T1 = '2026-02-01T00:00:00.000Z';
const STEPS = ['staged', 'stored', 'marked', 'activated', 'rescreen-page', 'rescreened'] as const;

/** Parties: names of entries the new list adds (they alert on re-screen), and names that match nothing. */
async function parties(): Promise<{ id: string; name: string }[]> {
  const home = join(testDatabases()[0]!.dataDir, 'probe');
  const a = await importPaths(home, [OLD], { now: new Date(T0) });
  const b = await importPaths(home, [NEW], { now: new Date(T1) });
  const diff = diffEntries((await loadVersionSnapshot(home, a.manifest.id)).entries, (await loadVersionSnapshot(home, b.manifest.id)).entries);
  const added = [...new Set(diff.added.map(primaryName))].slice(0, 7);
  const quiet = ['Helga Lindqvist', 'Northwind Optics Oy', 'Marek Novak', 'Orchid Polymers AG'];
  return [...added, ...quiet].map((name, i) => ({ id: `P${i + 1}`, name }));
}

/** A data folder with the old list active and the parties imported and screened against it. */
async function prepared(tdb: TestDatabase, people: { id: string; name: string }[]): Promise<void> {
  const first = await importPaths(tdb.dataDir, [OLD], { now: new Date(T0) });
  const screener = createScreener(await loadVersionSnapshot(tdb.dataDir, first.manifest.id));
  const store = await tdb.open();
  try {
    await importParties(store, people, { importId: 'crash', file: 'inline', listVersion: first.manifest.id, versioned: true, actor: 'crash-test', screen: (p) => screener.screen({ name: p.name }) });
  } finally {
    await store.close();
  }
}

function runWorker(tdb: TestDatabase, step: string): NodeJS.Signals | null {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(repoRoot, 'test', 'jobs', 'crash-worker.ts'), tdb.dataDir, NEW, T1, step], {
    env: { ...process.env, CLEARANCE_LOG_LEVEL: 'silent', DATABASE_URL: tdb.env.DATABASE_URL ?? '' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.signal === null) assert.equal(r.status, 0, r.stderr);
  return r.signal;
}

/** Everything an uninterrupted run decides, in a form two runs can be compared by. */
async function outcome(store: Store, home: string) {
  const alerts = await store.db
    .selectFrom('alerts')
    .innerJoin('parties', 'parties.id', 'alerts.party_id')
    .select(['parties.external_id', 'alerts.list_code', 'alerts.entry_id', 'alerts.list_version', 'alerts.status', 'alerts.score'])
    .execute();
  const rescreens = await store.db.selectFrom('audit_log').select(['inputs', 'outputs', 'versions']).where('kind', '=', 'rescreen').orderBy('seq').execute();
  return {
    active: activeVersionId(home),
    versions: listVersions(home).map((v) => v.id),
    alerts: alerts.map((a) => JSON.stringify(a)).sort(),
    // Per-party records in full; the closing summary without its timing.
    rescreens: rescreens.map((r) => {
      const outputs = JSON.parse(r.outputs) as Record<string, unknown>;
      delete outputs.ms;
      return JSON.stringify([r.inputs, outputs, r.versions]);
    }),
    screened: await getSetting(store.db, SCREENED_VERSION),
    progress: await getSetting(store.db, RESCREEN_PROGRESS),
    marker: existsSync(rescreenMarkerPath(home)),
    working: readdirSync(join(home, 'lists', 'versions')).filter((f) => f.startsWith('.')),
    audit: (await verifyAudit(store.db)).ok,
  };
}

for (const name of testDatabases().map((d) => d.name)) {
  const fresh = () => testDatabases().find((d) => d.name === name)!;
  describe(`kill -9 during data import and re-screen on ${name}`, async () => {
    const people = await parties();
    const reference = fresh();
    await prepared(reference, people);
    assert.equal(runWorker(reference, 'none'), null);
    const refStore = await reference.open();
    const expected = await outcome(refStore, reference.dataDir);
    await refStore.close();
    await reference.drop();

    test('the uninterrupted run re-screens the parties and alerts on the added entries', () => {
      assert.ok(expected.alerts.length >= 7, `alerts: ${expected.alerts.length}`);
      assert.equal(expected.screened, expected.active);
      assert.equal(expected.marker, false);
      assert.equal(expected.progress, undefined);
    });

    for (const step of STEPS) {
      test(`killed at '${step}': the next command converges to the uninterrupted result`, async () => {
        const tdb = fresh();
        try {
          await prepared(tdb, people);
          assert.equal(runWorker(tdb, step), 'SIGKILL', 'the worker died at the step');
          const store = await tdb.open();
          try {
            // Any command: what the application does when it opens the store.
            await finishPendingWork(store, tdb.dataDir, { actor: 'crash-test', pageSize: 2 });
            if (activeVersionId(tdb.dataDir) !== expected.active) {
              // Killed before the version went live: the user reruns the import, as its error told them.
              await importPaths(tdb.dataDir, [NEW], { now: new Date(T1) });
              await rescreenDataFolder(store, tdb.dataDir, { actor: 'crash-test', pageSize: 2 });
            }
            assert.deepEqual(await outcome(store, tdb.dataDir), expected);
          } finally {
            await store.close();
          }
        } finally {
          await tdb.drop();
        }
      });
    }
  });
}
