/**
 * One load of a page's request, apart from React so that it can be tested (useRequest is its thin
 * adapter): the answer or the error it ends in, and an end even when the request never settles. A
 * fetch has no time limit of its own, so a request lost on the way (a connection dropped, a stalled
 * server) would otherwise leave the page saying "Loading…" for ever, with nothing to press.
 */

/** How long a page waits for a read before it says the server has not answered and offers to try again. */
export const READ_DEADLINE_MS = 30_000;

/** The same for a read the server may compute for minutes (the effective tariff rate at several dates, the first time). */
export const SLOW_READ_DEADLINE_MS = 600_000;

export interface LoadState<T, E> {
  data?: T;
  error?: E;
  loading: boolean;
}

export interface LoadRun<T, E> {
  load(): Promise<T>;
  /** Milliseconds after which a load that has not settled ends as `late()`. */
  deadlineMs: number;
  late(): E;
  asError(err: unknown): E;
  /** False once a newer load of the same request started: this one's end is then dropped. */
  isLatest(): boolean;
  update(next: (state: LoadState<T, E>) => LoadState<T, E>): void;
}

/**
 * Marks the state loading (the last answer stays on screen meanwhile), then ends it with the answer or
 * the error, or at the deadline with `late()` if neither came by then. An answer that comes after the
 * deadline still replaces that error, unless a newer load (a retry) started meanwhile.
 */
export function runLoad<T, E>(run: LoadRun<T, E>): void {
  run.update((s) => ({ ...s, loading: true }));
  const timer = setTimeout(() => {
    if (run.isLatest()) run.update((s) => ({ data: s.data, error: run.late(), loading: false }));
  }, run.deadlineMs);
  const end = (next: (state: LoadState<T, E>) => LoadState<T, E>) => {
    clearTimeout(timer);
    if (run.isLatest()) run.update(next);
  };
  void run.load().then(
    (data) => end(() => ({ data, loading: false })),
    (err: unknown) => end((s) => ({ data: s.data, error: run.asError(err), loading: false })),
  );
}
