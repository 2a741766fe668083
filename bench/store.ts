/**
 * Store figures: license drawdowns per second (SQLite and PostgreSQL), party import throughput and
 * memory for 100,000 synthetic customers, and delta re-screening of those parties for the OFAC SDN
 * change 2021-07-07 -> 2024-05-03 beside a full re-screen of the same parties.
 *
 * Usage: npm run bench:store [-- --parties N] [--data DIR]   (PostgreSQL when DATABASE_URL is set)
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { readScreeningInput } from '../src/app/screening-input.js';
import { loadSnapshotFromPaths } from '../src/ingest/load.js';
import { rescreenDelta } from '../src/jobs/delta-rescreen.js';
import { importParties } from '../src/jobs/party-import.js';
import { drawShipment } from '../src/licenses/drawdown.js';
import { addLicense } from '../src/licenses/register.js';
import type { EntryKind } from '../src/model/list-entry.js';
import { createScreener } from '../src/screening/screen.js';
import { diffEntries } from '../src/snapshot/diff.js';
import { openDatabase, type Store } from '../src/store/database.js';
import { syntheticCustomersCsv } from '../test/jobs/synthetic-parties.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const arg = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const data = resolve(arg('--data') ?? join(here, '..', '..', 'shared', 'data'));
const PARTIES = Number(arg('--parties') ?? 100_000);
const DRAWS = 2000;
const mb = (bytes: number) => Math.round(bytes / 1e5) / 10;

interface Target {
  name: 'sqlite' | 'postgres';
  url: string;
  dataDir: string;
  open(): Promise<Store>;
  drop(): Promise<void>;
}

function targets(): Target[] {
  const sqliteDir = mkdtempSync(join(tmpdir(), 'clearance-bench-'));
  const list: Target[] = [{ name: 'sqlite', url: '', dataDir: sqliteDir, open: () => openDatabase({ dataDir: sqliteDir }), drop: async () => {} }];
  const base = process.env.DATABASE_URL;
  if (base?.startsWith('postgres')) {
    const schema = `clearance_bench_${randomBytes(4).toString('hex')}`;
    const u = new URL(base);
    u.searchParams.set('schema', schema);
    list.push({
      name: 'postgres',
      url: u.toString(),
      dataDir: tmpdir(),
      open: () => openDatabase({ url: u.toString(), dataDir: tmpdir() }),
      drop: async () => {
        const c = new pg.Client({ connectionString: base });
        await c.connect();
        try {
          await dropWithRetry(c, `drop schema if exists "${schema}" cascade`);
        } finally {
          await c.end();
        }
      },
    });
  }
  return list;
}

/**
 * A backend of a closed pool may still be finishing its last transaction on the bench schema, and
 * the drop can then be chosen as a deadlock victim: it is rolled back, the others finish, and the
 * drop is tried again.
 */
async function dropWithRetry(client: pg.Client, sql: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(sql);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code;
      if (attempt >= 5 || (code !== '40P01' && code !== '55P03')) throw error;
      await new Promise((wake) => setTimeout(wake, 200 * attempt));
    }
  }
}

async function drawdowns(store: Store, number: string, concurrency: number): Promise<number> {
  await addLicense(store, { number, kind: 'bis_license', issued: '2026-01-01', expires: '2030-01-01', destination: 'CN', parties: [], lines: [{ eccn: '3A001', description: '', quantity: 1e9, unit: 'ea', value_usd: 1e9 }] }, 'bench');
  const started = performance.now();
  let next = 0;
  const worker = async () => {
    while (next < DRAWS) {
      next++;
      await drawShipment(store, { license: number, eccn: '3A001', quantity: 1, valueUsd: 1, asOf: '2026-06-01', destination: 'CN' }, 'bench');
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return Math.round(DRAWS / ((performance.now() - started) / 1000));
}

/** Draws from several processes at once, each with its own connection (SQLite: one file, one writer at a time). */
async function drawdownsMultiProcess(url: string, dataDir: string, processes: number, each: number): Promise<number> {
  const worker = join(here, '..', 'test', 'licenses', 'draw-worker.ts');
  const started = performance.now();
  await Promise.all(
    Array.from({ length: processes }, () => new Promise<void>((res, rej) => {
      const child = spawn(process.execPath, ['--import', 'tsx', worker, url, dataDir, String(each), '1'], { stdio: ['ignore', 'ignore', 'inherit'] });
      child.on('exit', (code) => (code === 0 ? res() : rej(new Error(`draw worker exited ${code}`))));
    })),
  );
  return Math.round((processes * each) / ((performance.now() - started) / 1000));
}

const results: Record<string, unknown> = { parties: PARTIES, draws: DRAWS, node: process.version };
const csvDir = mkdtempSync(join(tmpdir(), 'clearance-bench-csv-'));
// Removed however the run ends: every earlier run left its customers file behind.
process.on('exit', () => rmSync(csvDir, { recursive: true, force: true }));
const csvPath = join(csvDir, 'customers.csv');
writeFileSync(csvPath, syntheticCustomersCsv(PARTIES, 200));
const sdn2021 = await loadSnapshotFromPaths([join(data, 'lists/ofac-sdn/2021-07-07')]);
const sdn2024 = await loadSnapshotFromPaths([join(data, 'lists/ofac-sdn/2024-05-03')]);
const diff = diffEntries(sdn2021.entries, sdn2024.entries);
results.sdnChange = { before: sdn2021.entries.length, after: sdn2024.entries.length, added: diff.added.length, changed: diff.changed.length, removed: diff.removed.length };
const screener2021 = createScreener(sdn2021);

for (const target of targets()) {
  const store = await target.open();
  try {
    const out: Record<string, unknown> = {};
    out.drawdownsPerSecond = await drawdowns(store, 'B1', 1);
    out.drawdownsPerSecondConcurrent = target.name === 'postgres' ? await drawdowns(store, 'B2', 10) : 'n/a (one connection per process)';
    await addLicense(store, { number: 'C100', kind: 'bis_license', issued: '2026-01-01', expires: '2030-01-01', destination: 'CN', parties: [], lines: [{ eccn: '3A001', description: '', quantity: 1e9, unit: 'ea', value_usd: 1e9 }] }, 'bench');
    // Process start-up (tsx, migrations check) is inside the time, so this is a floor, not a ceiling.
    out.drawdownsPerSecond4Processes = await drawdownsMultiProcess(target.url, target.dataDir, 4, 500);

    const rows = (await readScreeningInput(csvPath)).map(({ record: _record, ...p }) => p);
    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const started = performance.now();
    const imported = await importParties(store, rows, {
      importId: `bench-${target.name}`,
      file: csvPath,
      listVersion: 'sdn-2021-07-07',
      versioned: false,
      actor: 'bench',
      batchSize: 1000,
      screen: (p) => screener2021.screen({ name: p.name, type: p.type as EntryKind | undefined, country: p.country }),
      onProgress: () => {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      },
    });
    const importMs = performance.now() - started;
    out.import = {
      rows: PARTIES,
      seconds: Math.round(importMs / 100) / 10,
      rowsPerSecond: Math.round(PARTIES / (importMs / 1000)),
      alerts: imported.alertsRaised,
      rssBeforeMb: mb(rssBefore),
      peakRssMb: mb(peakRss),
    };

    // Full scan first, on a copy of the state: it finds every alert the keyed run should also find.
    const full = await rescreenDelta(store, diff, { fromVersion: 'sdn-2021-07-07', toVersion: 'sdn-2024-05-03-full', actor: 'bench', background: sdn2024.entries, fullScan: true });
    await store.db.deleteFrom('alerts').where('list_version', '=', 'sdn-2024-05-03-full').execute();
    const delta = await rescreenDelta(store, diff, { fromVersion: 'sdn-2021-07-07', toVersion: 'sdn-2024-05-03', actor: 'bench', background: sdn2024.entries });
    out.deltaRescreen = { seconds: delta.ms / 1000, entriesScreened: delta.entriesScreened, partiesScreened: delta.partiesScreened, alertsRaised: delta.alertsRaised };
    out.deltaRescreenFullScan = { seconds: full.ms / 1000, partiesScreened: full.partiesScreened, alertsRaised: full.alertsRaised };
    // The same parties and a small change (the first 100 added entries): what the cost follows.
    const small = await rescreenDelta(store, { added: diff.added.slice(0, 100), changed: [], removed: [], unchanged: 0 }, { fromVersion: 'sdn-2024-05-03', toVersion: 'sdn-2024-05-03+100', actor: 'bench', background: sdn2024.entries });
    out.deltaRescreenSmallChange = { seconds: small.ms / 1000, entriesScreened: small.entriesScreened, partiesScreened: small.partiesScreened };
    const smallFull = await rescreenDelta(store, { added: diff.added.slice(0, 100), changed: [], removed: [], unchanged: 0 }, { fromVersion: 'sdn-2024-05-03', toVersion: 'sdn-2024-05-03+100-full', actor: 'bench', background: sdn2024.entries, fullScan: true });
    out.deltaRescreenSmallChangeFullScan = { seconds: smallFull.ms / 1000, partiesScreened: smallFull.partiesScreened };
    results[target.name] = out;
    console.log(target.name, JSON.stringify(out, null, 2));
  } finally {
    await store.close();
    await target.drop();
  }
}

// The peer: re-screening every stored party against the whole new list, screening only (no writes).
{
  const rows = (await readScreeningInput(csvPath)).map(({ record: _record, ...p }) => p);
  const started = performance.now();
  const screener = createScreener(sdn2024);
  const buildMs = performance.now() - started;
  const t = performance.now();
  for (const p of rows) screener.screen({ name: p.name, type: p.type, country: p.country });
  results.fullRescreen = { seconds: Math.round((performance.now() - started) / 100) / 10, indexBuildSeconds: Math.round(buildMs / 100) / 10, screenSeconds: Math.round((performance.now() - t) / 100) / 10 };
}

console.log(JSON.stringify(results, null, 2));
const out = resolve(arg('--out') ?? join(here, 'results'));
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'store.json'), `${JSON.stringify(results, null, 2)}\n`);
