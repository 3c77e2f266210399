import { useCallback, useEffect, useState } from 'react';
import type { ApiEvent, ApiPage } from '../../src/api/api-types.js';
import { getJson } from './api-client.js';

const PAGE = 50;

/** The events of the filter, newest first, a page at a time; `reload` changes to fetch again. */
export function useEventPages(filter: URLSearchParams, reload: number) {
  const key = filter.toString();
  const [events, setEvents] = useState<ApiEvent[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<Error | null>(null);

  const fetchPage = useCallback(
    async (after: string | null, signal?: AbortSignal) => {
      const params = new URLSearchParams(key);
      params.set('limit', String(PAGE));
      if (after !== null) params.set('cursor', after);
      return getJson<ApiPage<ApiEvent>>('/events', params, signal);
    },
    [key],
  );

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    fetchPage(null, controller.signal).then(
      (page) => {
        setEvents(page.items);
        setCursor(page.next_cursor);
        setError(null);
        setLoading(false);
      },
      (failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(failure as Error);
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [fetchPage, reload]);

  const loadMore = useCallback(async () => {
    if (cursor === null) return;
    setLoading(true);
    try {
      const page = await fetchPage(cursor);
      setEvents((previous) => [...previous, ...page.items]);
      setCursor(page.next_cursor);
    } catch (failure) {
      setError(failure as Error);
    } finally {
      setLoading(false);
    }
  }, [cursor, fetchPage]);

  return { events, hasMore: cursor !== null, loading, error, loadMore };
}
