import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../api/client';

export interface Request<T> {
  data?: T;
  error?: ApiError;
  loading: boolean;
  reload(): void;
}

function asApiError(err: unknown): ApiError {
  return err instanceof ApiError ? err : new ApiError(0, 'client_error', (err as Error).message ?? String(err));
}

/**
 * Loads `load()` when `deps` change, keeping the last answer on screen while the next loads (so a
 * table does not jump away and back), and only the newest answer when loads overlap.
 */
export function useRequest<T>(load: (() => Promise<T>) | undefined, deps: readonly unknown[]): Request<T> {
  const [state, setState] = useState<{ data?: T; error?: ApiError; loading: boolean }>({ loading: load !== undefined });
  const [tick, setTick] = useState(0);
  const latest = useRef(0);
  useEffect(() => {
    if (!load) return;
    const n = ++latest.current;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => n === latest.current && setState({ data, loading: false }),
      (err: unknown) => n === latest.current && setState((s) => ({ data: s.data, error: asApiError(err), loading: false })),
    );
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
