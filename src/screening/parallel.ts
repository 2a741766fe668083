/**
 * Batch screening over worker threads. Each worker builds its own index from the same list files (or
 * the same entries), so nothing mutable is shared; the main thread hands out chunks of queries as
 * workers become free and puts the answers back in input order.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { ListEntry } from '../model/list-entry.js';
import type { ScreenerOptions } from './screen.js';
import type { ScreeningHit, ScreeningQuery, ScreenOptions } from './types.js';

/** Where workers get their lists: official files (each parses them) or entries already in memory. */
export type BatchListSource = { listPaths: readonly string[] } | { entries: readonly ListEntry[] };

/** A hit as it crosses the thread boundary: the listed entry stays behind, its id identifies it. */
export type BatchHit = Omit<ScreeningHit, 'entry'>;

/** Who matched and how well, without the explanation, which is most of a hit's weight to send and receive. */
export type BatchHitSummary = Omit<BatchHit, 'explanation'>;

export interface BatchOptions extends ScreenOptions {
  workers?: number;
  screener?: ScreenerOptions;
  /** Queries per message; large enough to amortise messaging, small enough to balance the load. */
  chunkSize?: number;
  /**
   * Queries each worker answers on a throwaway screener before it reports ready, so that the batch
   * runs on optimised code from its first query (see parallel-worker.ts). Default 0: the compiler's
   * work is moved before the screening time, not saved, so it is for measuring steady throughput
   * (as a benchmark warms a single thread up) rather than for finishing sooner.
   */
  warmUpQueries?: number;
  onProgress?: (done: number, total: number) => void;
  /** Called once at the end: start-up time of the slowest worker and the screening time after it. */
  onTiming?: (timing: BatchTiming) => void;
}

export interface BatchTiming {
  workers: number;
  /** Index build, and warm-up if asked for, in the slowest worker. */
  slowestIndexMs: number;
  screeningMs: number;
  /**
   * CPU time of the whole process (workers, main thread, V8's helper threads) while screening: on a
   * busy host other processes stretch the wall clock far more than this, so it shows our own overhead.
   */
  screeningCpuMs: number;
}

/**
 * What a worker sends back for each query: its hits as objects, the same without explanations, or
 * the JSON text of the output contract (hit-json.ts). The explanations are most of a hit's weight,
 * and as objects they cost the main thread a deserialisation each; a string crosses as one copy.
 */
export interface BatchAnswers {
  hits: BatchHit[];
  summaries: BatchHitSummary[];
  json: string;
}
export type BatchFormat = keyof BatchAnswers;

export interface WorkerInit {
  source: BatchListSource;
  screener: ScreenerOptions;
  screen: ScreenOptions;
  format: BatchFormat;
  warmUpQueries: number;
}

export type WorkerRequest = { type: 'chunk'; start: number; queries: ScreeningQuery[] } | { type: 'stop' };
export type WorkerReply =
  | { type: 'ready'; indexMs: number }
  | { type: 'result'; start: number; answers: BatchAnswers[BatchFormat][] }
  | { type: 'error'; message: string };

/**
 * Chunks a worker holds at once: while the main thread takes in one answer and sends the next chunk,
 * the worker is already screening the other, so it never waits on the main thread.
 */
const CHUNKS_IN_FLIGHT = 2;

const runningFromSource = import.meta.url.endsWith('.ts');

function workerUrl(): URL {
  // Under tsx the sources are .ts files; once compiled they are .js. The worker is the sibling file.
  return new URL(`./parallel-worker.${runningFromSource ? 'ts' : 'js'}`, import.meta.url);
}

/**
 * A worker does not inherit the TypeScript loader the main thread runs under (tsx), so from source it
 * starts with a small bootstrap that registers the loader before importing the worker module.
 */
function startWorker(init: WorkerInit): Worker {
  const url = workerUrl();
  if (!runningFromSource) return new Worker(url, { workerData: init });
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: init });
}

/** Screens every query; the answers are in input order, each query's hits best first with their explanations. */
export function screenBatch(source: BatchListSource, queries: readonly ScreeningQuery[], options: BatchOptions = {}): Promise<BatchHit[][]> {
  return runBatch(source, queries, options, 'hits');
}

/**
 * Screens every query and answers, in input order, who matched and how well, without explanations:
 * for callers that only need to know which queries hit (and can explain those few in-process), at a
 * fraction of the cost of receiving whole hits.
 */
export function screenBatchSummaries(source: BatchListSource, queries: readonly ScreeningQuery[], options: BatchOptions = {}): Promise<BatchHitSummary[][]> {
  return runBatch(source, queries, options, 'summaries');
}

/**
 * Screens every query and answers, in input order, the JSON text of each query's hits in the shape
 * `clearance screen` writes (see hit-json.ts): for callers that write JSON anyway, and several times
 * cheaper for the main thread to receive than hit objects.
 */
export function screenBatchJson(source: BatchListSource, queries: readonly ScreeningQuery[], options: BatchOptions = {}): Promise<string[]> {
  return runBatch(source, queries, options, 'json');
}

async function runBatch<F extends BatchFormat>(
  source: BatchListSource,
  queries: readonly ScreeningQuery[],
  options: BatchOptions,
  format: F,
): Promise<BatchAnswers[F][]> {
  const results = new Array<BatchAnswers[F]>(queries.length);
  if (queries.length === 0) return results;
  const chunkSize = Math.max(1, options.chunkSize ?? 256);
  const workerCount = Math.max(1, Math.min(options.workers ?? availableParallelism(), Math.ceil(queries.length / chunkSize)));
  const init: WorkerInit = {
    source,
    screener: options.screener ?? {},
    screen: { threshold: options.threshold, limit: options.limit },
    format,
    warmUpQueries: Math.max(0, options.warmUpQueries ?? 0),
  };

  let next = 0;
  let done = 0;
  let ready = 0;
  let slowestIndexMs = 0;
  let screeningStarted = 0;
  let cpuAtStart: NodeJS.CpuUsage | undefined;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolvePromise, reject) => {
      let finished = false;
      const fail = (error: Error) => {
        if (finished) return;
        finished = true;
        reject(error);
      };
      const stopped = new Set<Worker>();
      const sendNext = (worker: Worker) => {
        if (next >= queries.length) {
          // The worker answers what it holds before it reads this: messages arrive in order.
          if (!stopped.has(worker)) worker.postMessage({ type: 'stop' } satisfies WorkerRequest);
          stopped.add(worker);
          return;
        }
        const start = next;
        next = Math.min(queries.length, next + chunkSize);
        worker.postMessage({ type: 'chunk', start, queries: queries.slice(start, next) } satisfies WorkerRequest);
      };
      for (let w = 0; w < workerCount; w++) {
        const worker = startWorker(init);
        workers.push(worker);
        worker.on('message', (reply: WorkerReply) => {
          if (reply.type === 'error') return fail(new Error(`screening worker: ${reply.message}`));
          if (reply.type === 'ready') {
            // Dispatch starts when every worker has its index, so timings measure screening alone.
            slowestIndexMs = Math.max(slowestIndexMs, reply.indexMs);
            if (++ready < workerCount) return;
            screeningStarted = performance.now();
            cpuAtStart = process.cpuUsage();
            for (let held = 0; held < CHUNKS_IN_FLIGHT; held++) for (const w of workers) sendNext(w);
            return;
          }
          if (reply.type === 'result') {
            sendNext(worker);
            const answers = reply.answers as BatchAnswers[F][];
            for (let i = 0; i < answers.length; i++) results[reply.start + i] = answers[i]!;
            done += answers.length;
            options.onProgress?.(done, queries.length);
            if (done >= queries.length && !finished) {
              finished = true;
              const cpu = process.cpuUsage(cpuAtStart);
              options.onTiming?.({ workers: workerCount, slowestIndexMs, screeningMs: performance.now() - screeningStarted, screeningCpuMs: (cpu.user + cpu.system) / 1000 });
              resolvePromise();
            }
          }
        });
        worker.on('error', (error) => fail(error instanceof Error ? error : new Error(String(error))));
        worker.on('exit', (code) => {
          if (!finished && code !== 0) fail(new Error(`screening worker exited with code ${code}`));
        });
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
