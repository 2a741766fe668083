/**
 * Batch screening over worker threads. Each worker screens with its own screener, so nothing mutable
 * is shared; the main thread hands out chunks of queries as workers become free and puts the answers
 * back in input order.
 */
import { availableParallelism } from 'node:os';
import { serialize } from 'node:v8';
import { Worker } from 'node:worker_threads';
import type { ListEntry } from '../model/list-entry.js';
import type { CandidateIndex } from './index.js';
import { indexImage, type IndexImage } from './index-image.js';
import { answerer, type Answer } from './batch-answer.js';
import { screenerOver, type ScreenerOptions } from './screen.js';
import type { ScreeningHit, ScreeningQuery, ScreenOptions } from './types.js';

/**
 * Where workers get their lists: official files (each parses them and builds an index), entries
 * already in memory (each builds an index), or an index built here, which workers receive ready:
 * its arrays in shared memory, its entries serialised once for all of them.
 */
export type BatchListSource = { listPaths: readonly string[] } | { entries: readonly ListEntry[] } | { index: CandidateIndex };

/** What a worker is handed: the built index travels as an image, its entries as v8-serialised bytes. */
export type WorkerSource =
  | { listPaths: readonly string[] }
  | { entries: readonly ListEntry[] }
  | { entriesBytes: SharedArrayBuffer; image: IndexImage };

/** A hit as it crosses the thread boundary: the listed entry stays behind, its id identifies it. */
export type BatchHit = Omit<ScreeningHit, 'entry'>;

export interface BatchOptions extends ScreenOptions {
  /** Worker threads; default: one per core. */
  workers?: number;
  /**
   * Screen on the calling thread too, between the workers' messages, from the first query: it needs
   * no start-up, so the batch is under way while the workers start. Only with an `index` source (the
   * index this thread already has). It blocks the thread for a chunk at a time, so it is for batch
   * jobs that own their thread (the CLI), not for a server answering requests meanwhile. The calling
   * thread may then be the only one that screens: `workers` may be 0.
   */
  alsoOnThisThread?: boolean;
  screener?: ScreenerOptions;
  /** Queries per message; large enough to amortise messaging, small enough to balance the load. */
  chunkSize?: number;
  onProgress?: (done: number, total: number) => void;
  /** Called once at the end: start-up time of the slowest worker and the screening time after it. */
  onTiming?: (timing: BatchTiming) => void;
}

export interface BatchTiming {
  workers: number;
  /** Index set-up in the slowest worker that got ready (build, or rebuild from an index image). */
  slowestIndexMs: number;
  /**
   * From the call until screening began: on the calling thread at once, else when the first worker
   * was ready (thread start, entries handed over, index set up).
   */
  startMs: number;
  /** From the start of screening until the last answer; workers that get ready later join as they do. */
  screeningMs: number;
  /**
   * CPU time of the whole process (workers, main thread, V8's helper threads) while screening: on a
   * busy host other processes stretch the wall clock far more than this, so it shows our own overhead.
   */
  screeningCpuMs: number;
}

/**
 * What a worker sends back for each query: its hits as objects, or the JSON text of the output
 * contract (hit-json.ts). The explanations are most of a hit's weight, and as objects they cost the
 * main thread a deserialisation each; a string crosses as one copy.
 */
export interface BatchAnswers {
  hits: BatchHit[];
  json: string;
}
export type BatchFormat = keyof BatchAnswers;

export interface WorkerInit {
  source: WorkerSource;
  screener: ScreenerOptions;
  screen: ScreenOptions;
  format: BatchFormat;
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
  return collected(source, queries, options, 'hits');
}

/**
 * Screens every query and answers, in input order, the JSON text of each query's hits in the shape
 * `clearance screen` writes (see hit-json.ts): for callers that write JSON anyway, and several times
 * cheaper for the main thread to receive than hit objects.
 */
export function screenBatchJson(source: BatchListSource, queries: readonly ScreeningQuery[], options: BatchOptions = {}): Promise<string[]> {
  return collected(source, queries, options, 'json');
}

/**
 * As screenBatchJson, but hands the answers over as they are done, in input order: `onAnswers` gets
 * the JSON text of queries `start`, `start + 1`, ... once every query before them is answered. Only
 * the chunks in flight and those done ahead of an earlier one are held, so a file of a million rows
 * is written as it is screened instead of kept whole in memory.
 */
export function screenBatchJsonInOrder(
  source: BatchListSource,
  queries: readonly ScreeningQuery[],
  options: BatchOptions,
  onAnswers: (start: number, answers: readonly string[]) => void,
): Promise<void> {
  return runBatch(source, queries, options, 'json', inInputOrder(onAnswers));
}

async function collected<F extends BatchFormat>(source: BatchListSource, queries: readonly ScreeningQuery[], options: BatchOptions, format: F): Promise<BatchAnswers[F][]> {
  const results = new Array<BatchAnswers[F]>(queries.length);
  await runBatch(source, queries, options, format, (start, answers) => {
    for (let i = 0; i < answers.length; i++) results[start + i] = answers[i]!;
  });
  return results;
}

/** Chunks arrive in any order; this passes them on in input order, holding those that came early. */
function inInputOrder<T>(onAnswers: (start: number, answers: readonly T[]) => void): (start: number, answers: readonly T[]) => void {
  const early = new Map<number, readonly T[]>();
  let expected = 0;
  return (start, answers) => {
    early.set(start, answers);
    for (let next = early.get(expected); next !== undefined; next = early.get(expected)) {
      early.delete(expected);
      onAnswers(expected, next);
      expected += next.length;
    }
  };
}

function workerSource(source: BatchListSource): WorkerSource {
  if (!('index' in source)) return source;
  // Serialised once here rather than cloned once per worker: the main thread pays for it one time.
  const bytes = serialize(source.index.entries);
  const entriesBytes = new SharedArrayBuffer(bytes.byteLength);
  new Uint8Array(entriesBytes).set(bytes);
  return { entriesBytes, image: indexImage(source.index) };
}

/** Screens every query, handing each chunk's answers to `deliver` as it is done (chunks in any order). */
async function runBatch<F extends BatchFormat>(
  source: BatchListSource,
  queries: readonly ScreeningQuery[],
  options: BatchOptions,
  format: F,
  deliver: (start: number, answers: readonly BatchAnswers[F][]) => void,
): Promise<void> {
  if (queries.length === 0) return;
  const chunkSize = Math.max(1, options.chunkSize ?? 256);
  const screenOptions: ScreenOptions = { threshold: options.threshold, limit: options.limit };
  let local: Answer<F> | undefined;
  if (options.alsoOnThisThread) {
    if (!('index' in source)) throw new Error('alsoOnThisThread needs an index source: the index this thread screens with');
    local = answerer(screenerOver(source.index, options.screener), screenOptions, format);
  }
  const wanted = options.workers ?? availableParallelism();
  if (!Number.isInteger(wanted) || wanted < (local ? 0 : 1)) throw new Error(`workers: ${wanted} is not a worker count${local ? '' : ' of at least 1'}`);
  // No more workers than chunks for them (the calling thread, when it screens, takes its share).
  const workerCount = Math.min(wanted, Math.ceil(queries.length / chunkSize) - (local ? 1 : 0));

  const called = performance.now();
  let next = 0;
  let done = 0;
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
      const startTiming = () => {
        if (cpuAtStart !== undefined) return;
        screeningStarted = performance.now();
        cpuAtStart = process.cpuUsage();
      };
      const answered = (count: number) => {
        done += count;
        options.onProgress?.(done, queries.length);
        if (done < queries.length || finished) return;
        finished = true;
        const cpu = process.cpuUsage(cpuAtStart);
        options.onTiming?.({
          workers: workerCount,
          slowestIndexMs,
          startMs: screeningStarted - called,
          screeningMs: performance.now() - screeningStarted,
          screeningCpuMs: (cpu.user + cpu.system) / 1000,
        });
        resolvePromise();
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
      if (workerCount > 0) {
        const init: WorkerInit = { source: workerSource(source), screener: options.screener ?? {}, screen: screenOptions, format };
        for (let w = 0; w < workerCount; w++) {
          const worker = startWorker(init);
          workers.push(worker);
          worker.on('message', (reply: WorkerReply) => {
            if (reply.type === 'error') return fail(new Error(`screening worker: ${reply.message}`));
            if (reply.type === 'ready') {
              // Each worker starts on its own readiness: waiting for the slowest would idle the others,
              // and a small batch may be done before a late worker has its index.
              slowestIndexMs = Math.max(slowestIndexMs, reply.indexMs);
              startTiming();
              for (let held = 0; held < CHUNKS_IN_FLIGHT; held++) sendNext(worker);
              return;
            }
            sendNext(worker);
            const answers = reply.answers as BatchAnswers[F][];
            try {
              deliver(reply.start, answers);
            } catch (error) {
              return fail(error instanceof Error ? error : new Error(String(error)));
            }
            answered(answers.length);
          });
          worker.on('error', (error) => fail(error instanceof Error ? error : new Error(String(error))));
          worker.on('exit', (code) => {
            if (!finished && code !== 0) fail(new Error(`screening worker exited with code ${code}`));
          });
        }
      }
      if (local) {
        const answer = local;
        startTiming();
        // One chunk, then back to the event loop, where the workers' answers wait to be taken in and
        // their next chunks sent; setImmediate runs after those messages, so no worker waits long.
        const screenLocally = () => {
          if (finished || next >= queries.length) return;
          const start = next;
          next = Math.min(queries.length, next + chunkSize);
          try {
            const answers = new Array<BatchAnswers[F]>(next - start);
            for (let i = start; i < next; i++) answers[i - start] = answer(queries[i]!);
            deliver(start, answers);
          } catch (error) {
            return fail(error instanceof Error ? error : new Error(String(error)));
          }
          answered(next - start);
          setImmediate(screenLocally);
        };
        setImmediate(screenLocally);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
