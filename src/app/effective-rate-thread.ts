import { Worker } from 'node:worker_threads';
import type { EffectiveRateReport } from '../flows/effective-rate-types.js';
import { ClearanceError, type ErrorKind } from '../model/errors.js';
import type { NationalJob, NationalJobAnswer, RateJob, RateJobAnswer, RateJobFailure } from './effective-rate-job.js';

/**
 * One worker thread that prices effective rates for a long-running process (the API): a date costs
 * about two seconds of CPU, which on the answering thread would hold up every request meanwhile. The
 * worker starts at the first job, reads the pack and the trade data itself (kept while their versions
 * stay), and takes jobs one at a time in order. A worker that dies fails the jobs it held; the next
 * job starts another.
 */
export class RateThread {
  private worker?: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (a: never) => void; reject: (e: unknown) => void }>();

  /** One date's effective rate. */
  run(job: Omit<RateJob, 'id' | 'kind'>): Promise<{ report: EffectiveRateReport; files: string[]; warnings: string[] }> {
    return this.ask<RateJobAnswer>({ ...job, kind: 'rate' });
  }

  /** A scenario's dates before and after (`scenario national`). */
  national(job: Omit<NationalJob, 'id' | 'kind'>): Promise<NationalJobAnswer> {
    return this.ask<NationalJobAnswer>({ ...job, kind: 'national' });
  }

  private ask<A>(job: Omit<RateJob, 'id'> | Omit<NationalJob, 'id'>): Promise<A> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<A>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (a: never) => void, reject });
      // Held by this process only while it waits for an answer, so an idle worker never keeps it alive.
      worker.ref();
      worker.postMessage({ ...job, id });
    });
  }

  /** Stops the worker; jobs still held are failed. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker();
    worker.unref();
    worker.on('message', (m: RateJobAnswer | NationalJobAnswer | RateJobFailure) => {
      const waiting = this.pending.get(m.id);
      if (!waiting) return;
      this.pending.delete(m.id);
      if (this.pending.size === 0) worker.unref();
      if ('error' in m) waiting.reject(errorOf(m.error));
      else waiting.resolve(m as never);
    });
    const failAll = (err: unknown): void => {
      if (this.worker === worker) this.worker = undefined;
      for (const w of this.pending.values()) w.reject(err);
      this.pending.clear();
    };
    worker.on('error', failAll);
    worker.on('exit', (code) => failAll(new ClearanceError('rate_worker_stopped', 'unavailable', `the effective-rate worker stopped (exit code ${code}); ask again`)));
    this.worker = worker;
    return worker;
  }
}

const KINDS: readonly ErrorKind[] = ['invalid', 'not_found', 'conflict', 'refused', 'unavailable'];

/** The worker's error as this thread's: a ClearanceError keeps its code, kind and field. */
function errorOf(e: RateJobFailure['error']): Error {
  if (e.code !== undefined && KINDS.includes(e.kind as ErrorKind)) return new ClearanceError(e.code, e.kind as ErrorKind, e.message, e.field === undefined ? {} : { field: e.field });
  return new Error(e.message);
}

const runningFromSource = import.meta.url.endsWith('.ts');

/**
 * Under tsx the sources are .ts files and a worker does not inherit the loader, so from source it starts
 * with a bootstrap that registers tsx before importing the worker module (as src/screening/parallel.ts).
 */
function startWorker(): Worker {
  const url = new URL(`./effective-rate-worker.${runningFromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!runningFromSource) return new Worker(url);
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(bootstrap, { eval: true });
}
