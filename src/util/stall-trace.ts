import { PerformanceObserver, performance, type PerformanceEntry } from 'node:perf_hooks';
import type { Logger } from 'pino';

/**
 * A diagnosis aid for a long-running process (`clearance serve --trace-stalls`): logs every time the
 * event loop was held up (a timer that fires late), every garbage collection pause, and the start and
 * end of the periodic work the process does besides answering (`traced`), each with its wall-clock
 * time, so that stalls in a latency benchmark can be lined up with their cause. Off by default: then
 * `traced` only runs the work.
 */
export const STALL_TRACE = {
  /** How often the loop is probed (ms); a probe later than this plus `minStallMs` is a stall. */
  probeMs: 10,
  minStallMs: 20,
  /** Collections shorter than this are not logged (scavenges take a millisecond or two). */
  minGcMs: 5,
} as const;

let active: Logger | undefined;

/** GC kinds as perf_hooks numbers them (constants.NODE_PERFORMANCE_GC_*). */
const GC_KINDS: Record<number, string> = { 1: 'major', 2: 'minor', 4: 'incremental', 8: 'weakcb' };

/** Starts tracing to `log` (at warn, so that a quiet server still prints it); returns the function that stops it. */
export function startStallTrace(log: Logger, options: Partial<typeof STALL_TRACE> = {}): () => void {
  const { probeMs, minStallMs, minGcMs } = { ...STALL_TRACE, ...options };
  active = log;
  let last = performance.now();
  const probe = setInterval(() => {
    const now = performance.now();
    const late = now - last - probeMs;
    if (late >= minStallMs) log.warn({ trace: 'stall', ms: Math.round(late), at: wallTime(last + probeMs) }, 'event loop stall');
    last = now;
  }, probeMs);
  probe.unref();
  const gc = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.duration < minGcMs) continue;
      const kind = (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ?? 0;
      log.warn({ trace: 'gc', kind: GC_KINDS[kind] ?? String(kind), ms: Math.round(entry.duration), at: wallTime(entry.startTime) }, 'garbage collection');
    }
  });
  gc.observe({ entryTypes: ['gc'] });
  return () => {
    clearInterval(probe);
    gc.disconnect();
    active = undefined;
  };
}

/** Runs periodic work `name`; while tracing, logs when it started and how long it took. */
export async function traced<T>(name: string, work: () => Promise<T>): Promise<T> {
  const log = active;
  if (!log) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    log.warn({ trace: 'task', task: name, ms: Math.round(performance.now() - started), at: wallTime(started) }, 'periodic task');
  }
}

/** A performance.now() time as epoch milliseconds. */
function wallTime(t: number): number {
  return Math.round(performance.timeOrigin + t);
}
