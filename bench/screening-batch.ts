/**
 * Batch throughput for bench/screening.ts, on 1 and 2 worker threads, per answer form: output JSON
 * (what `clearance screen` uses), hit objects and summaries (the library's forms). Each figure is the
 * median of several runs: the machine is shared, and another process can slow any one run.
 *
 * Workers warm up before the timing starts, as the single thread does, so that both are steady
 * throughput. The JSON form is also run cold, as the CLI runs it: there each worker's first queries
 * run on unoptimised code and its compiler competes with the other workers for the cores.
 */
import { screenBatch, screenBatchJson, screenBatchSummaries, type BatchOptions, type BatchTiming } from '../src/screening/parallel.js';
import type { ScreeningQuery } from '../src/screening/types.js';

export type BatchForm = 'json' | 'hits' | 'summaries';

/** Queries each worker answers before the timing starts; the single thread warms up on 500 real ones. */
const WARM_UP_QUERIES = 2000;

export interface BatchFigure {
  form: BatchForm;
  warm: boolean;
  workers: number;
  /** Median over the runs, by wall clock. */
  qps: number;
  /** Queries per CPU-second of the whole process (workers, main thread, V8's helpers) in the median run. */
  cpuTimeQps: number;
  /** Index build (and warm-up) in the slowest worker, in the median run. */
  workerStartMs: number;
  /** Every run's q/s, to show the spread. */
  runsQps: number[];
}

const FORM_LABEL: Record<BatchForm, string> = {
  json: 'output JSON',
  hits: 'hit objects',
  summaries: 'summaries',
};

const RUN: Record<BatchForm, (listPaths: string[], queries: ScreeningQuery[], options: BatchOptions) => Promise<unknown>> = {
  json: (listPaths, queries, options) => screenBatchJson({ listPaths }, queries, options),
  hits: (listPaths, queries, options) => screenBatch({ listPaths }, queries, options),
  summaries: (listPaths, queries, options) => screenBatchSummaries({ listPaths }, queries, options),
};

const CONFIGURATIONS: readonly { form: BatchForm; warm: boolean }[] = [
  { form: 'json', warm: true },
  { form: 'hits', warm: true },
  { form: 'summaries', warm: true },
  { form: 'json', warm: false },
];

export async function measureBatch(listPaths: string[], queries: ScreeningQuery[], workerCounts: readonly number[], runs: number): Promise<BatchFigure[]> {
  const figures: BatchFigure[] = [];
  for (const { form, warm } of CONFIGURATIONS) {
    for (const workers of workerCounts) {
      const timings: BatchTiming[] = [];
      const options: BatchOptions = { workers, warmUpQueries: warm ? WARM_UP_QUERIES : 0, onTiming: (t) => timings.push(t) };
      for (let run = 0; run < runs; run++) await RUN[form](listPaths, queries, options);
      timings.sort((a, b) => a.screeningMs - b.screeningMs);
      const median = timings[Math.floor(timings.length / 2)]!;
      figures.push({
        form,
        warm,
        workers,
        qps: Math.round(queries.length / (median.screeningMs / 1000)),
        cpuTimeQps: Math.round(queries.length / (median.screeningCpuMs / 1000)),
        workerStartMs: Math.round(median.slowestIndexMs),
        runsQps: timings.map((t) => Math.round(queries.length / (t.screeningMs / 1000))).reverse(),
      });
    }
  }
  return figures;
}

function label(figure: Pick<BatchFigure, 'form' | 'warm'>): string {
  return `${FORM_LABEL[figure.form]}${figure.warm ? '' : ', cold as in the CLI'}`;
}

export function batchRows(figures: readonly BatchFigure[], singleThreadQps: number): string[] {
  return figures.map((b) => {
    const one = figures.find((f) => f.form === b.form && f.warm === b.warm && f.workers === 1);
    const versus = b.workers === 1 ? `${Math.round((b.qps / singleThreadQps) * 100)}% of single thread` : one ? `${(b.qps / one.qps).toFixed(2)}x 1 worker` : '';
    const start = b.warm ? 'index and warm-up' : 'index';
    return `| batch, ${b.workers} worker(s), ${label(b)} | ${b.qps} q/s, ${versus} (median of ${b.runsQps.join(' / ')}; ${b.cpuTimeQps} q/s per CPU-second; ${start} in ${b.workerStartMs} ms per worker) |`;
  });
}

/** Steady throughput: one worker about as fast as the main thread, two workers close to twice one. */
export function batchTargets(figures: readonly BatchFigure[], singleThreadQps: number): (readonly [string, boolean])[] {
  const targets: (readonly [string, boolean])[] = [];
  for (const { form } of CONFIGURATIONS.filter((c) => c.warm)) {
    const one = figures.find((f) => f.form === form && f.warm && f.workers === 1);
    const two = figures.find((f) => f.form === form && f.warm && f.workers === 2);
    if (one) targets.push([`batch (${FORM_LABEL[form]}), 1 worker >= 95% of single thread (${Math.round((one.qps / singleThreadQps) * 100)}%)`, one.qps >= 0.95 * singleThreadQps]);
    if (one && two) targets.push([`batch (${FORM_LABEL[form]}), 2 workers >= 1.7x 1 worker (${(two.qps / one.qps).toFixed(2)}x)`, two.qps >= 1.7 * one.qps]);
  }
  return targets;
}
