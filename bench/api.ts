/**
 * `npm run bench:api [-- --quick] [-- --out DIR]`: the HTTP API under load beside the same work done
 * by the library in-process, so the ratio shows what HTTP costs. A `clearance serve` process answers
 * on loopback, after a warm-up that is not counted: requests arriving at random at rising rates
 * (open loop, see paced-load.ts: screens/s and checks/s with p50/p99 latency from the time each was
 * due, errors), then autocannon with 32 requests always in flight for the most it answers, and the
 * server's RSS; the same queries go through the use cases in this process. Last, a cold
 * `clearance check --list FILE` whose parsed lists are cached. Full: CSL, OFAC SDN and UN loaded;
 * --quick: the BIS Denied Persons List, short runs (for CI).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { pino } from 'pino';
import { checkTransaction } from '../src/app/check.js';
import { readConfig } from '../src/app/config.js';
import { importLists } from '../src/app/data.js';
import { createKey } from '../src/app/keys.js';
import { buildRules } from '../src/app/rules-admin.js';
import { createRuntime } from '../src/app/runtime.js';
import { screenParty } from '../src/app/screen-party.js';
import { createWarmLists } from '../src/app/warm-lists.js';
import { startStallTrace } from '../src/util/stall-trace.js';
import { pacedLoad, type PacedResult } from './paced-load.js';
import { benchQueries } from './screening-queries.js';

const { values } = parseArgs({
  options: {
    quick: { type: 'boolean' },
    out: { type: 'string' },
    seconds: { type: 'string' },
    // Diagnosis: the server logs its event-loop stalls, GC pauses and periodic work, printed under each step.
    'trace-stalls': { type: 'boolean' },
    // Other rate steps than the standard ones (comma-separated requests/s), e.g. to repeat one.
    'screen-rates': { type: 'string' },
    'check-rates': { type: 'string' },
  },
});
const traceStalls = values['trace-stalls'] === true;
const rates = (given: string | undefined, standard: number[]) => (given ? given.split(',').map(Number) : standard);
const quick = values.quick === true;
const seconds = Number(values.seconds ?? (quick ? 2 : 10));
const root = resolve(import.meta.dirname, '..');
const shared = process.env.CLEARANCE_TEST_DATA ?? resolve(root, '..', 'shared', 'data');
const LISTS = quick ? ['lists/bis-dpl/2022-09-07/dpl.txt'] : ['lists/csl/2026-07-31/consolidated.csv', 'lists/ofac-sdn/2024-05-03', 'lists/un/2026-02-27/consolidated.xml'];
const SCREEN_RATES = rates(values['screen-rates'], quick ? [200, 1000] : [500, 1000, 2000, 3000]);
const CHECK_RATES = rates(values['check-rates'], quick ? [100, 250] : [100, 250, 500, 750]);
const TARGETS = { screensPerSecond: 2000, screenP99Ms: 20, checksPerSecond: 500, checkP99Ms: 50, rssMb: 600, coldCheckSeconds: 1 };

const home = mkdtempSync(join(tmpdir(), 'clearance-bench-api-'));
const env = { ...process.env, CLEARANCE_HOME: home, DATABASE_URL: '', CLEARANCE_LOG_LEVEL: 'warn' };
const log = pino({ level: 'warn' });

interface TraceEvent {
  trace: string;
  at: number;
  ms: number;
  kind?: string;
  task?: string;
}

/** The server's trace lines (JSON with a `trace` field) out of its stderr; returns the unfinished last line. */
function collectTrace(text: string, into: TraceEvent[]): string {
  const lines = text.split('\n');
  for (const line of lines.slice(0, -1)) {
    if (!line.includes('"trace"')) continue;
    try {
      into.push(JSON.parse(line) as TraceEvent);
    } catch {
      // Not a log line.
    }
  }
  return lines.at(-1)!;
}

/** The stalls, collections and periodic work the server logged between `from` and `to` (epoch ms), in time order. */
function printTrace(who: string, events: readonly TraceEvent[], from: number, to: number): void {
  const inStep = events.filter((e) => e.at >= from && e.at <= to).sort((a, b) => a.at - b.at);
  const what = (e: TraceEvent) => (e.trace === 'gc' ? `gc ${e.kind}` : e.trace === 'task' ? `task ${e.task}` : e.trace);
  console.log(`  ${who} trace: ${inStep.length === 0 ? 'nothing' : inStep.map((e) => `+${((e.at - from) / 1000).toFixed(2)}s ${what(e)} ${e.ms} ms`).join('; ')}`);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** The use case called back to back for `seconds`: calls/s and latency percentiles, one thread. */
async function inProcess(call: (i: number) => Promise<unknown>): Promise<{ perSecond: number; p50: number; p99: number }> {
  for (let i = 0; i < 200; i++) await call(i);
  const times: number[] = [];
  const end = performance.now() + seconds * 1000;
  for (let i = 0; performance.now() < end; i++) {
    const t0 = performance.now();
    await call(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { perSecond: times.length / seconds, p50: percentile(times, 50), p99: percentile(times, 99) };
}

/**
 * The lists imported into `home`, the library measured in this process; returns only what the HTTP
 * phase needs, so that the lists and index loaded here do not stay alive in the load generator.
 */
async function libraryPhase() {
  const lists = createWarmLists(home, log);
  const rt = createRuntime(readConfig({ dataDir: home }, { DATABASE_URL: '' }), { log, lists });
  console.log(`loading ${LISTS.join(', ')} into ${home} ...`);
  await importLists(rt, { paths: LISTS.map((l) => join(shared, l)), actor: 'bench', rescreen: false });
  await buildRules(rt, join(shared, 'ear', '2026-07-23'));
  await lists.refresh();
  const entries = lists.current()!.snapshot.entries;
  const { key } = await createKey(rt, { role: 'viewer', name: 'bench' });
  const queries = benchQueries(entries, 5000, 42).queries.map((q) => ({ name: q.name }));
  const DESTINATIONS = ['CN', 'DE', 'RU', 'AE', 'IN', 'BR', 'HK', 'JP'];
  const ECCNS = ['EAR99', '5A002', '3A001', '5A991', '4A994', '1C005'];
  const transactions = queries.slice(0, 500).map((q, i) => ({
    export_type: 'export',
    origin_country: 'US',
    destination: DESTINATIONS[i % DESTINATIONS.length],
    items: [{ eccn: ECCNS[i % ECCNS.length], quantity: 1 + (i % 7), value_usd: 100 * (1 + (i % 50)) }],
    parties: [{ role: 'end_user', name: q.name, country: DESTINATIONS[i % DESTINATIONS.length] }],
  }));
  console.log(`${entries.length} list entries; ${queries.length} screening queries, ${transactions.length} transactions`);

  // The library in this process: the same use cases the routes call (the audit record included).
  const libScreen = await inProcess((i) => screenParty(rt, queries[i % queries.length]!, { limit: 10, actor: 'bench' }));
  const libCheck = await inProcess((i) => checkTransaction(rt, { transaction: transactions[i % transactions.length], actor: 'bench' }));
  results.library = { screen: libScreen, check: libCheck };
  console.log(`library, one thread: ${Math.round(libScreen.perSecond)} screens/s (p50 ${libScreen.p50.toFixed(2)} ms, p99 ${libScreen.p99.toFixed(2)} ms); ${Math.round(libCheck.perSecond)} checks/s (p50 ${libCheck.p50.toFixed(2)} ms, p99 ${libCheck.p99.toFixed(2)} ms)`);
  lists.stop();
  await rt.close();
  return { key, queries, transactions, libScreen, libCheck };
}

const results: Record<string, unknown> = { quick, seconds, lists: LISTS, targets: TARGETS, machine: `${(await import('node:os')).cpus().length} cores` };
let server: ChildProcess | undefined;
try {
  const { key, queries, transactions, libScreen, libCheck } = await libraryPhase();
  // What the library phase loaded (the lists and their index, hundreds of MB) is garbage now: collected
  // here, not by a long major collection in the middle of a step, which would send requests late.
  (globalThis as { gc?: () => void }).gc?.();

  // The server in its own process, as it runs in production.
  const built = existsSync(join(root, 'dist', 'cli', 'main.js'));
  const cli = built ? [join(root, 'dist', 'cli', 'main.js')] : ['--import', 'tsx', join(root, 'src', 'cli', 'main.ts')];
  server = spawn(process.execPath, [...cli, 'serve', '--port', '0', '--rate-limit', '1000000000', ...(traceStalls ? ['--trace-stalls'] : [])], { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  const traced: TraceEvent[] = [];
  let partial = '';
  const url = await new Promise<string>((res, rej) => {
    server!.stderr!.on('data', (c: Buffer) => {
      stderr += c.toString();
      if (traceStalls) partial = collectTrace(partial + c.toString(), traced);
      const m = /on (http:\/\/[\d.]+:\d+) /.exec(stderr);
      if (m) res(m[1]!);
    });
    server!.on('exit', (code) => rej(new Error(`serve ended (${code}): ${stderr}`)));
  });
  while ((await fetch(`${url}/ready`).catch(() => undefined))?.status !== 200) await new Promise((r) => setTimeout(r, 200));
  const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };

  const screenBodies = queries.map((q) => JSON.stringify({ ...q, limit: 10 }));
  const checkBodies = transactions.map((t) => JSON.stringify(t));
  // The load generator's own stalls count against the server (a request sent late is charged from when it
  // was due), so they are traced too.
  const selfTraced: TraceEvent[] = [];
  if (traceStalls) startStallTrace(pino({ level: 'warn' }, { write: (line: string) => void collectTrace(line, selfTraced) }));
  const paced = async (path: string, rate: number, bodies: readonly string[], secs = seconds) => {
    const from = Date.now();
    const result = await pacedLoad({ url, path, headers, bodies, rate, seconds: secs, connections: 64, seed: rate });
    if (traceStalls) {
      printTrace('server', traced, from, Date.now());
      printTrace('load generator', selfTraced, from, Date.now());
    }
    return result;
  };
  // The most it answers: autocannon keeps 32 requests in flight (a closed loop, so latency is that queue's).
  const saturate = async (path: string, bodies: readonly string[]) => {
    let n = 0;
    const r = await autocannon({ url, connections: 32, duration: seconds, requests: [{ method: 'POST', path, headers, setupRequest: (req) => ({ ...req, body: bodies[n++ % bodies.length] }) }] });
    return { connections: 32, perSecond: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors + r.timeouts, non2xx: r.non2xx };
  };
  const line = (what: string, r: { perSecond: number; p50: number; p99: number; errors: number; non2xx: number }) =>
    console.log(`HTTP ${what}: ${Math.round(r.perSecond)}/s answered, p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.errors} errors, ${r.non2xx} non-2xx`);
  // Warm-up, not counted: the first requests compile the hot code and load the rules pack.
  const warmSeconds = quick ? 1 : 3;
  const warmUp = [await paced('/v1/screen', 500, screenBodies, warmSeconds), await paced('/v1/check', 200, checkBodies, warmSeconds)];
  results.warmUp = { seconds: warmSeconds, screens: Math.round(warmUp[0]!.perSecond * warmSeconds), checks: Math.round(warmUp[1]!.perSecond * warmSeconds), counted: false };
  console.log(`warm-up (not counted): ${warmSeconds} s of screens at 500/s, then of checks at 200/s`);
  const http: Record<string, unknown> = { load: 'open loop: Poisson arrivals at the rate, latency from the time each request was due (bench/paced-load.ts)' };
  const screens: PacedResult[] = [];
  for (const rate of SCREEN_RATES) {
    screens.push(await paced('/v1/screen', rate, screenBodies));
    line(`/v1/screen at ${rate}/s`, screens.at(-1)!);
  }
  const screenMax = await saturate('/v1/screen', screenBodies);
  line('/v1/screen, 32 in flight', screenMax);
  const checks: PacedResult[] = [];
  for (const rate of CHECK_RATES) {
    checks.push(await paced('/v1/check', rate, checkBodies));
    line(`/v1/check at ${rate}/s`, checks.at(-1)!);
  }
  const checkMax = await saturate('/v1/check', checkBodies);
  line('/v1/check, 32 in flight', checkMax);
  Object.assign(http, { screen: screens, screenMax, check: checks, checkMax });
  const metrics = await (await fetch(`${url}/metrics`, { headers })).text();
  const rssMb = Number(/^clearance_process_resident_memory_bytes (\d+)/m.exec(metrics)?.[1] ?? NaN) / 1e6;
  results.http = http;
  results.serverRssMb = rssMb;
  console.log(`server RSS ${rssMb.toFixed(0)} MB; HTTP / library: screens ${(screenMax.perSecond / libScreen.perSecond).toFixed(2)}x, checks ${(checkMax.perSecond / libCheck.perSecond).toFixed(2)}x (the server answers on several connections; the library on one thread, back to back)`);
  // The cold check runs alone: a server still closing (its last audit checkpoint, the store's log) would be charged to it.
  if (server.exitCode === null) {
    const exited = new Promise((resolveExit) => server!.once('exit', resolveExit));
    server.kill('SIGTERM');
    await exited;
  }
  // The server's store (hundreds of MB written by the HTTP phase) would otherwise be written back to the disk during the
  // first cold checks, which the kernel's flusher and the disk then charge to them.
  spawnSync('sync');

  // A one-shot command: cold process, lists parsed once before (the cache is warm).
  const tx = join(home, 'tx.json');
  writeFileSync(tx, JSON.stringify(transactions[0]));
  // Wall time depends on what else the machine runs; the CPU time (user + system) it took says more on a busy one.
  const timer = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', 'CPU %U %S'] : [];
  const check = () => {
    const t0 = performance.now();
    const [cmd, ...args] = [...timer, process.execPath, ...cli, 'check', '--input', tx, '--list', join(shared, LISTS[0]!)];
    const run = spawnSync(cmd!, args, { env, encoding: 'utf8' });
    if (run.status !== 0 && run.status !== 3) throw new Error(run.stderr);
    const cpu = /CPU ([\d.]+) ([\d.]+)/.exec(run.stderr);
    return { wall: (performance.now() - t0) / 1000, cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN };
  };
  const first = check();
  const warmRuns = Array.from({ length: 5 }, check);
  const median = (values: number[]) => values.sort((a, b) => a - b)[2]!;
  const warm = { wall: median(warmRuns.map((r) => r.wall)), cpu: median(warmRuns.map((r) => r.cpu)) };
  results.coldCheck = { cli: built ? 'dist' : 'tsx', first, warmCache: warm };
  console.log(
    `clearance check --list ${LISTS[0]} (${built ? 'built' : 'through tsx: run npm run build for the real figure'}): ${first.wall.toFixed(2)} s parsing; from the cache ${warm.wall.toFixed(2)} s (${warm.cpu.toFixed(2)} s of CPU), medians of 5`,
  );
  if (values.out) {
    mkdirSync(values.out, { recursive: true });
    writeFileSync(join(values.out, quick ? 'api-bench-quick.json' : 'api-bench.json'), `${JSON.stringify(results, null, 2)}\n`);
  }
} finally {
  if (server && server.exitCode === null) server.kill('SIGKILL');
  rmSync(home, { recursive: true, force: true });
}
