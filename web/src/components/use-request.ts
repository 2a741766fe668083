import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';
import { READ_DEADLINE_MS, runLoad } from '../lib/load-run';

export interface Request<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
  reload(): void;
}

function asApiError(err: unknown): ApiError {
  return err instanceof ApiError ? err : new ApiError(0, 'client_error', (err as Error).message ?? String(err));
}

/** The error of a read that got no answer in time; its notice offers to try again (reload). */
function noAnswer(deadlineMs: number): ApiError {
  return new ApiError(0, 'no_answer', `The server has not answered in ${Math.round(deadlineMs / 1000)} s. Try again; if it still does not answer, is clearance serve running?`);
}

/**
 * Loads `load()` when `deps` change, keeping the last answer on screen while the next loads (so a
 * table does not jump away and back), and only the newest answer when loads overlap. A load that has
 * not answered within `deadlineMs` ends as an error (see load-run.ts), never as "loading" for ever.
 */
export function useRequest<T>(load: (() => Promise<T>) | undefined, deps: readonly unknown[], options: { deadlineMs?: number } = {}): Request<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: load !== undefined });
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  const deadlineMs = options.deadlineMs ?? READ_DEADLINE_MS;
  useEffect(() => {
    if (!load) return;
    const n = ++latest.current;
    runLoad({ load, deadlineMs, late: () => noAnswer(deadlineMs), asError: asApiError, isLatest: () => n === latest.current, update: setState });
  }, [...deps, tick]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}

/** Runs an action on demand (a submit, a decision), with its pending state and its error. */
export function useAction<A extends unknown[], T>(act: (...args: A) => Promise<T>): { run(...args: A): Promise<T | undefined>; pending: boolean; error?: ApiError; result?: T; reset(): void } {
  const [state, setState] = useState<{ pending: boolean; error?: ApiError; result?: T }>({ pending: false });
  const run = useCallback(
    async (...args: A) => {
      setState((s) => ({ ...s, pending: true, error: undefined }));
      try {
        const result = await act(...args);
        setState({ pending: false, result });
        return result;
      } catch (err) {
        setState({ pending: false, error: asApiError(err) });
        return undefined;
      }
    },
    [act],
  );
  const reset = useCallback(() => setState({ pending: false }), []);
  return { ...state, run, reset };
}
