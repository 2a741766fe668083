/**
 * An open-loop load at a set rate, for `bench:api`: requests arrive at random (Poisson) times averaging
 * `rate` per second, whether or not the earlier ones were answered, and each latency is counted from
 * the time the request was due, not from when a free connection sent it. So a server that falls
 * behind is charged for the whole wait (no coordinated omission).
 *
 * Why not autocannon's `overallRate`: it lets every connection send its share for the second back to
 * back at the start of each second and then idle, so 32 connections put 32 requests in flight at once
 * every second whatever the rate, and the latency measured is that burst's queue; its correction for
 * coordinated omission then assumes a request was due every millisecond on each connection.
 */
import { Pool } from 'undici';
import { seededRandom } from './screening-queries.js';

export interface PacedLoad {
  url: string;
  path: string;
  headers: Record<string, string>;
  /** Request bodies, sent in turn. */
  bodies: readonly string[];
  /** Requests per second, on average. */
  rate: number;
  seconds: number;
  /** Keep-alive connections at most; a request due when all are busy waits (and the wait is counted). */
  connections: number;
  seed?: number;
}

export interface PacedResult {
  rate: number;
  /** Answers per second over the time from the first request due to the last answer. */
  perSecond: number;
  /** Latency percentiles in milliseconds, from the time each request was due to its answer's end. */
  p50: number;
  p99: number;
  max: number;
  errors: number;
  non2xx: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export async function pacedLoad(o: PacedLoad): Promise<PacedResult> {
  const pool = new Pool(o.url, { connections: o.connections, pipelining: 1 });
  const random = seededRandom(o.seed ?? 7);
  const total = Math.max(1, Math.round(o.rate * o.seconds));
  const latencies: number[] = [];
  let errors = 0;
  let non2xx = 0;
  const start = performance.now() + 20;
  const send = async (i: number, due: number) => {
    try {
      const { statusCode, body } = await pool.request({ path: o.path, method: 'POST', headers: o.headers, body: o.bodies[i % o.bodies.length]! });
      await body.dump();
      if (statusCode >= 300) non2xx++;
      else latencies.push(performance.now() - due);
    } catch {
      errors++;
    }
  };
  const running: Promise<void>[] = [];
  let due = start;
  for (let i = 0; i < total; i++) {
    // Exponential gaps: arrivals as independent users make them, not a metronome.
    due += (-Math.log(1 - random()) * 1000) / o.rate;
    // Never early: a timer that wakes late charges its lateness to the server, which errs on the safe side.
    const wait = due - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    running.push(send(i, due));
  }
  await Promise.all(running);
  const elapsed = (performance.now() - start) / 1000;
  await pool.close();
  latencies.sort((a, b) => a - b);
  return {
    rate: o.rate,
    perSecond: Math.round((latencies.length / elapsed) * 10) / 10,
    p50: round(percentile(latencies, 50)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? NaN),
    errors,
    non2xx,
  };
}
