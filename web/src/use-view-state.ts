import { useCallback, useEffect, useState } from 'react';
import { readView, writeView, type ViewState } from './view-state.js';

/** The view, read from and written to the address (history entries, so Back undoes a filter). */
export function useViewState(): [ViewState, (next: ViewState) => void] {
  const [view, setView] = useState(() => readView(window.location.search));
  useEffect(() => {
    const onPop = () => setView(readView(window.location.search));
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const update = useCallback((next: ViewState) => {
    history.pushState(null, '', window.location.pathname + writeView(next));
    setView(next);
  }, []);
  return [view, update];
}
