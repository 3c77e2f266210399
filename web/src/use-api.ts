import { useEffect, useState } from 'react';
import { getJson } from './api-client.js';

/** The state of one API request. */
export interface Loaded<T> {
  data: T | null;
  error: Error | null;
  loading: boolean;
}

/** GETs `path?params` whenever they change (the previous request is aborted); `path` null skips. */
export function useApi<T>(path: string | null, params: URLSearchParams): Loaded<T> {
  const key = path === null ? null : `${path}?${params}`;
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: path !== null });
  useEffect(() => {
    if (path === null) {
      setState({ data: null, error: null, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({ ...previous, loading: true }));
    getJson<T>(path, params, controller.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ data: null, error: error as Error, loading: false });
      },
    );
    return () => controller.abort();
    // `key` stands for path and params.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state;
}
