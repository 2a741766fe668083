/**
 * `--baseline DIR` for bench/screening.ts: this checkout's engine against another checkout's (DIR, say
 * the last release), in this one process and in turn, on the same fresh queries.
 *
 * Why in turn and in one process: on a shared machine the CPU time of the same code moves by 15-20%
 * between runs, and a whole process can run slow; two figures taken minutes apart cannot show a 10%
 * regression. Here each pass gives both engines the same fresh queries (a new seed per pass, so no
 * cache hit carries over), the order alternating (ABBA), and the ratio is taken of the medians.
 *
 * The baseline is loaded from its own sources: its own list parsers, index and workers, so that the
 * figure is what its users would see. It must keep today's module layout (src/ingest/load.ts
 * parsePaths, src/screening/screen.ts createScreener, src/screening/parallel.ts screenBatchJsonInOrder).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ListEntry } from '../src/model/list-entry.js';
import { screenBatchJsonInOrder, type BatchTiming } from '../src/screening/parallel.js';
import type { Screener } from '../src/screening/screen.js';
import { median as medianOf } from './median.js';
import type { ScreeningQuery } from '../src/screening/types.js';
import { benchQueries } from './screening-queries.js';

/** What the baseline checkout must export (its own types are its own; only these calls are made). */
interface BaselineEngine {
  parsePaths(paths: readonly string[]): Promise<{ result: { entries: unknown[] } }[]>;
  createScreener(snapshot: { entries: readonly unknown[] }): { index: unknown; screen(query: ScreeningQuery): unknown[] };
  screenBatchJsonInOrder(
    source: { index: unknown },
    queries: readonly ScreeningQuery[],
    options: { workers: number; onTiming: (t: BatchTiming) => void },
    onAnswers: (start: number, answers: readonly string[]) => void,
  ): Promise<void>;
}

export interface BaselinePlan {
  dir: string;
  listPaths: readonly string[];
  /** Entries of this checkout's parse: the queries are drawn from them, for both engines. */
  entries: readonly ListEntry[];
  /** This checkout's screener. */
  screener: Screener;
  passes: number;
  queriesPerPass: number;
  warmUpQueries: number;
  workerRuns: number;
  workerQueries: number;
}

export interface BaselineFigure {
  dir: string;
  commit: string;
  passes: number;
  queriesPerPass: number;
  /** µs of process CPU per query, one figure per pass. */
  cpuUsPerQuery: { current: number[]; baseline: number[] };
  /** Baseline's median CPU per query over this checkout's: above 1, this checkout is faster. */
  singleThreadRatio: number;
  workerRuns: number;
  workerQueries: number;
  /** One unwarmed worker, q/s by wall clock from the worker ready, one figure per run. */
  workerQps: { current: number[]; baseline: number[] };
  /** This checkout's median over the baseline's: above 1, this checkout is faster. */
  workerRatio: number;
}

/** Seeds apart from the bench's own query sets (20260730, 20260731, 20261129). */
const PASS_SEED = 20270100;
const WORKER_SEED = 20270200;
const WARM_UP_SEED = 20270300;

export async function compareWithBaseline(plan: BaselinePlan): Promise<BaselineFigure> {
  const dir = resolve(plan.dir);
  const engine = await loadEngine(dir);
  const parsed = await engine.parsePaths(plan.listPaths);
  const baseline = engine.createScreener({ entries: parsed.flatMap((p) => p.result.entries) });
  // Both warmed up on the same queries just before: this checkout's screener also answered the bench's
  // threshold sweep (other options) since its own warm-up, which V8 may have deoptimised for.
  for (const q of benchQueries(plan.entries, plan.warmUpQueries, WARM_UP_SEED).queries) {
    plan.screener.screen(q);
    baseline.screen(q);
  }

  const current: number[] = [];
  const before: number[] = [];
  for (let pass = 0; pass < plan.passes; pass++) {
    const queries = benchQueries(plan.entries, plan.queriesPerPass, PASS_SEED + pass).queries;
    const runCurrent = () => current.push(cpuUsPerQuery(queries, (q) => plan.screener.screen(q)));
    const runBaseline = () => before.push(cpuUsPerQuery(queries, (q) => baseline.screen(q)));
    if (pass % 2 === 0) {
      runCurrent();
      runBaseline();
    } else {
      runBaseline();
      runCurrent();
    }
  }

  const workerQueries = benchQueries(plan.entries, plan.workerQueries, WORKER_SEED).queries;
  const workerCurrent: number[] = [];
  const workerBefore: number[] = [];
  for (let run = 0; run < plan.workerRuns; run++) {
    const runCurrent = async () => workerCurrent.push(await oneWorkerQps((...args) => screenBatchJsonInOrder({ index: plan.screener.index }, ...args), workerQueries));
    const runBaseline = async () => workerBefore.push(await oneWorkerQps((...args) => engine.screenBatchJsonInOrder({ index: baseline.index }, ...args), workerQueries));
    if (run % 2 === 0) {
      await runCurrent();
      await runBaseline();
    } else {
      await runBaseline();
      await runCurrent();
    }
  }

  return {
    dir,
    commit: commitOf(dir),
    passes: plan.passes,
    queriesPerPass: plan.queriesPerPass,
    cpuUsPerQuery: { current, baseline: before },
    singleThreadRatio: round3(median(before) / median(current)),
    workerRuns: plan.workerRuns,
    workerQueries: workerQueries.length,
    workerQps: { current: workerCurrent, baseline: workerBefore },
    workerRatio: round3(median(workerCurrent) / median(workerBefore)),
  };
}

export function baselineRows(figure: BaselineFigure): string[] {
  const list = (xs: readonly number[]) => xs.join(' / ');
  return [
    `## Against a baseline engine: ${figure.dir} (${figure.commit}), in this process, in turn`,
    '',
    '| figure | this checkout | baseline | this checkout vs baseline |',
    '|---|---|---|---|',
    `| single thread, µs of CPU per query (median of ${figure.passes} passes of ${figure.queriesPerPass} fresh queries: ${list(figure.cpuUsPerQuery.current)} against ${list(figure.cpuUsPerQuery.baseline)}) | ${median(figure.cpuUsPerQuery.current)} | ${median(figure.cpuUsPerQuery.baseline)} | ${figure.singleThreadRatio}x the throughput |`,
    `| one unwarmed worker, ${figure.workerQueries} fresh queries answered as JSON, q/s (median of ${figure.workerRuns}: ${list(figure.workerQps.current)} against ${list(figure.workerQps.baseline)}) | ${median(figure.workerQps.current)} | ${median(figure.workerQps.baseline)} | ${figure.workerRatio}x |`,
    '',
  ];
}

/** The speed rule: no regression beyond 10% against the baseline. */
export function baselineTargets(figure: BaselineFigure): (readonly [string, boolean])[] {
  return [
    [`single thread within 10% of the baseline's throughput per CPU-second (${figure.singleThreadRatio}x)`, figure.singleThreadRatio >= 0.9],
    [`one unwarmed worker within 10% of the baseline's (${figure.workerRatio}x)`, figure.workerRatio >= 0.9],
  ];
}

async function loadEngine(dir: string): Promise<BaselineEngine> {
  const file = (path: string) => {
    const full = join(dir, path);
    if (!existsSync(full)) throw new Error(`--baseline ${dir}: ${path} not found (the baseline must be a checkout of clearance with the same module layout)`);
    return pathToFileURL(full).href;
  };
  const [load, screen, parallel] = await Promise.all([
    import(file('src/ingest/load.ts')),
    import(file('src/screening/screen.ts')),
    import(file('src/screening/parallel.ts')),
  ]);
  return { parsePaths: load.parsePaths, createScreener: screen.createScreener, screenBatchJsonInOrder: parallel.screenBatchJsonInOrder };
}

function cpuUsPerQuery(queries: readonly ScreeningQuery[], screen: (q: ScreeningQuery) => unknown): number {
  // Two indexes share one heap: a full collection started by one engine's garbage must not land in the
  // other's pass (the bench runs with --expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.cpuUsage();
  for (const q of queries) screen(q);
  const cpu = process.cpuUsage(before);
  return Math.round(((cpu.user + cpu.system) / queries.length) * 10) / 10;
}

type OneWorkerRun = (
  queries: readonly ScreeningQuery[],
  options: { workers: number; onTiming: (t: BatchTiming) => void },
  onAnswers: (start: number, answers: readonly string[]) => void,
) => Promise<void>;

async function oneWorkerQps(run: OneWorkerRun, queries: readonly ScreeningQuery[]): Promise<number> {
  let timing: BatchTiming | undefined;
  let bytes = 0;
  await run(queries, { workers: 1, onTiming: (t) => (timing = t) }, (_start, answers) => {
    for (const json of answers) bytes += json.length;
  });
  if (timing === undefined || bytes < queries.length * 2) throw new Error(`one worker answered ${bytes} bytes for ${queries.length} queries`);
  return Math.round(queries.length / (timing.screeningMs / 1000));
}

function commitOf(dir: string): string {
  const run = spawnSync('git', ['-C', dir, 'log', '-1', '--format=%h'], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout.trim() : 'not a git checkout';
}

/** The median to a tenth: the figures are µs to a tenth and whole q/s, so only an even count's mean is rounded. */
function median(xs: readonly number[]): number {
  return Math.round(medianOf(xs) * 10) / 10;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
