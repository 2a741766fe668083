/**
 * Batch figures for bench/screening.ts, two ways:
 * - Worker threads alone: fresh workers receive the index built on the main thread and answer with
 *   the output JSON, as `clearance screen` has them do. Nothing is warmed up: a worker's first
 *   queries run on unoptimised code, as they do for a user. This is throughput on 1 and 2 cores.
 * - The CLI itself, in its own process, on a CSV of the same queries: what a user waits for, list
 *   parsing and index build included, on 1 thread and on 2 (this one and a worker).
 *
 * The query set is larger than the single-thread one (the CLI goes parallel from 20,000 rows and is
 * meant for files of a million), and its queries are drawn afresh, so that repeats do not turn into
 * cache hits. Worker figures are the median of several runs: the machine may be shared.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { screenBatchJsonInOrder, type BatchListSource, type BatchTiming } from '../src/screening/parallel.js';
import type { ScreeningQuery } from '../src/screening/types.js';
import { holdsLostCharacter } from '../src/ingest/text-encoding.js';

export interface BatchFigure {
  workers: number;
  queries: number;
  /** Median over the runs, by wall clock, from the first worker ready (later ones join as they get ready). */
  qps: number;
  /** Queries per CPU-second of the whole process (workers, main thread, V8's helpers) in the median run. */
  cpuTimeQps: number;
  /** From the call until the first worker was ready, in the median run: thread start, entries handed over, index built. */
  startMs: number;
  /** Index build in the slowest worker, in the median run. */
  workerIndexMs: number;
  /** Every run's q/s, to show the spread. */
  runsQps: number[];
}

export async function measureBatch(source: BatchListSource, queries: readonly ScreeningQuery[], workerCounts: readonly number[], runs: number): Promise<BatchFigure[]> {
  const figures: BatchFigure[] = [];
  for (const workers of workerCounts) {
    const timings: BatchTiming[] = [];
    for (let run = 0; run < runs; run++) {
      // Answers are taken in input order and let go, as the CLI writes them out.
      let bytes = 0;
      await screenBatchJsonInOrder(source, queries, { workers, onTiming: (t) => timings.push(t) }, (_start, answers) => {
        for (const json of answers) bytes += json.length;
      });
      if (bytes < queries.length * 2) throw new Error(`batch with ${workers} worker(s) answered ${bytes} bytes for ${queries.length} queries`);
    }
    timings.sort((a, b) => a.screeningMs - b.screeningMs);
    const median = timings[Math.floor(timings.length / 2)]!;
    figures.push({
      workers,
      queries: queries.length,
      qps: Math.round(queries.length / (median.screeningMs / 1000)),
      cpuTimeQps: Math.round(queries.length / (median.screeningCpuMs / 1000)),
      startMs: Math.round(median.startMs),
      workerIndexMs: Math.round(median.slowestIndexMs),
      runsQps: timings.map((t) => Math.round(queries.length / (t.screeningMs / 1000))).reverse(),
    });
  }
  return figures;
}

export function batchRows(figures: readonly BatchFigure[]): string[] {
  const one = figures.find((f) => f.workers === 1);
  return figures.map((b) => {
    const versus = b.workers > 1 && one ? `, ${(b.qps / one.qps).toFixed(2)}x 1 worker` : '';
    return `| batch, ${b.workers} worker(s), ${b.queries} queries as the CLI runs them | ${b.qps} q/s${versus} (median of ${b.runsQps.join(' / ')}; ${b.cpuTimeQps} q/s per CPU-second; first worker ready after ${b.startMs} ms, index built in ${b.workerIndexMs} ms by the slowest) |`;
  });
}

/**
 * Per core on every core: two workers at least 1.7 times one (the main thread, V8's helper threads
 * and the shared memory bus take the rest), and each core's share at least the per-core target.
 */
export function batchTargets(figures: readonly BatchFigure[]): (readonly [string, boolean])[] {
  const one = figures.find((f) => f.workers === 1);
  const two = figures.find((f) => f.workers === 2);
  if (!one || !two) return [];
  return [
    [`batch, 2 workers >= 1.7x 1 worker (${(two.qps / one.qps).toFixed(2)}x)`, two.qps >= 1.7 * one.qps],
    [`batch, 2 workers >= 10,000 q/s per core (${Math.round(two.qps / 2)})`, two.qps >= 20_000],
  ];
}

export interface CliFigure {
  threads: number;
  rows: number;
  /** Wall clock of the whole command, from process start to exit. */
  totalMs: number;
}

/**
 * Runs `clearance screen` from source on the queries as a CSV, once per thread count, and checks
 * that every thread count wrote the same bytes: parallel output must not differ from serial.
 */
export function measureCli(listPaths: readonly string[], queries: readonly ScreeningQuery[], threadCounts: readonly number[]): CliFigure[] {
  const dir = mkdtempSync(join(tmpdir(), 'clearance-bench-cli-'));
  try {
    const input = join(dir, 'parties.csv');
    const quoted = (value: string) => `"${value.replace(/"/g, '""')}"`;
    // A name holding U+FFFD (the UN file lists one, a character lost before publication) is refused by the
    // CLI as input: it cannot be screened for what it was. Such queries are left out of the CLI's file.
    const rows = queries.filter((q) => !holdsLostCharacter(q.name));
    writeFileSync(input, ['id,name', ...rows.map((q, i) => `row-${i},${quoted(q.name)}`)].join('\n') + '\n');
    const figures: CliFigure[] = [];
    let firstOutput: string | undefined;
    for (const threads of threadCounts) {
      const output = join(dir, `out-${threads}.jsonl`);
      const args = ['--import', 'tsx', resolve('src', 'cli', 'main.ts'), 'screen', '--list', ...listPaths, '--input', input, '--output', output, '--workers', String(threads)];
      const started = performance.now();
      const run = spawnSync(process.execPath, args, { env: { ...process.env, CLEARANCE_HOME: dir, DATABASE_URL: '', CLEARANCE_LOG_LEVEL: 'silent' }, encoding: 'utf8' });
      const totalMs = performance.now() - started;
      if (run.status !== 0) throw new Error(`clearance screen --workers ${threads} exited ${run.status}: ${run.stderr}`);
      const written = readFileSync(output, 'utf8');
      firstOutput ??= written;
      if (written !== firstOutput) throw new Error(`clearance screen --workers ${threads} wrote other output than --workers ${threadCounts[0]}`);
      figures.push({ threads, rows: rows.length, totalMs: Math.round(totalMs) });
    }
    return figures;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function cliRows(figures: readonly CliFigure[]): string[] {
  const one = figures.find((f) => f.threads === 1);
  return figures.map((f) => {
    const versus = f.threads > 1 && one ? `, ${(one.totalMs / f.totalMs).toFixed(2)}x the speed of 1 thread` : '';
    return `| clearance screen, ${f.rows} rows, --workers ${f.threads} | ${(f.totalMs / 1000).toFixed(1)} s in all, list parsing and index build included${versus} |`;
  });
}
