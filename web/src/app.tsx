import { useEffect, useMemo, useState } from 'react';
import type { ApiArticle, ApiDyad, ApiEventDetail, ApiPlace, ApiTimeline } from '../../src/api/api-types.js';
import { ApiError, followStream, saveToken } from './api-client.js';
import { ActorNetwork } from './components/actor-network.js';
import { ArticleView } from './components/article-view.js';
import { EventDetail } from './components/event-detail.js';
import { EventTable } from './components/event-table.js';
import { FilterBar } from './components/filter-bar.js';
import { TimelineChart } from './components/timeline-chart.js';
import { WorldMap } from './components/world-map.js';
import { useApi } from './use-api.js';
import { useEventPages } from './use-event-pages.js';
import { useViewState } from './use-view-state.js';
import { filterParams, writeView } from './view-state.js';

/** The situation page: filters, timeline, map, actor network, event table and the selected event. */
export function App() {
  const [view, setView] = useViewState();
  const filterKey = filterParams(view).toString();
  const filter = useMemo(() => new URLSearchParams(filterKey), [filterKey]);
  const withParams = (extra: Record<string, string>) => {
    const params = new URLSearchParams(filter);
    for (const [key, value] of Object.entries(extra)) params.set(key, value);
    return params;
  };
  const [reload, setReload] = useState(0);
  const timeline = useApi<ApiTimeline>('/timeline', withParams({ by: view.by }));
  const dyads = useApi<ApiDyad[]>('/dyads', withParams({ level: 'country', limit: '40' }));
  const places = useApi<ApiPlace[]>('/places', withParams({ limit: '2000' }));
  const pages = useEventPages(filter, reload);
  const detail = useApi<ApiEventDetail>(view.event === null ? null : `/events/${view.event}`, new URLSearchParams());
  const [articleId, setArticleId] = useState<string | null>(null);
  const article = useApi<ApiArticle>(articleId === null ? null : `/articles/${encodeURIComponent(articleId)}`, new URLSearchParams());
  const [live, setLive] = useState(false);
  const [fresh, setFresh] = useState(0);

  useEffect(() => {
    if (!live) return;
    const controller = new AbortController();
    followStream(filter, () => setFresh((count) => count + 1), controller.signal).catch(() => {
      if (!controller.signal.aborted) setLive(false);
    });
    return () => controller.abort();
  }, [live, filter]);

  const unauthorized = [timeline, dyads, places, detail].some((state) => state.error instanceof ApiError && state.error.status === 401)
    || (pages.error instanceof ApiError && pages.error.status === 401);
  if (unauthorized) return <TokenPrompt />;

  const mention = detail.data?.mentions[0];
  const mark = mention && mention.sentence_start !== null && mention.article.id === articleId
    ? { start: mention.sentence_start, end: mention.sentence_start + mention.sentence.length }
    : null;

  return (
    <>
      <a className="skip" href="#events-title">Skip to events</a>
      <header>
        <div className="brand">
          <h1>sitrep</h1>
          <label className="live">
            <input type="checkbox" checked={live} onChange={(e) => { setLive(e.target.checked); setFresh(0); }} /> Live
          </label>
          {fresh > 0 && (
            <button type="button" className="fresh" onClick={() => { setFresh(0); setReload((n) => n + 1); }}>
              {fresh} new — show
            </button>
          )}
        </div>
        <FilterBar key={writeView({ ...view, event: null })} view={view} onApply={setView} />
      </header>
      <main>
        <div className="overview">
          {timeline.data ? (
            <TimelineChart
              timeline={timeline.data}
              onPickPeriod={(from, to) => setView({ ...view, from, to, event: null })}
              onChangeBy={(by) => setView({ ...view, by })}
            />
          ) : (
            <Status state={timeline} what="timeline" />
          )}
          <div className="row">
            {places.data ? <WorldMap places={places.data} /> : <Status state={places} what="map" />}
            {dyads.data ? (
              <ActorNetwork dyads={dyads.data} onPickActor={(code) => setView({ ...view, actor: code, event: null })} />
            ) : (
              <Status state={dyads} what="actor network" />
            )}
          </div>
          {pages.error ? (
            <p className="error" role="alert">Events could not be loaded: {pages.error.message}</p>
          ) : (
            <EventTable
              events={pages.events}
              selected={view.event}
              hasMore={pages.hasMore}
              loading={pages.loading}
              onSelect={(id) => setView({ ...view, event: id })}
              onLoadMore={() => void pages.loadMore()}
            />
          )}
        </div>
        <aside className="side" aria-label="Selected event">
          {view.event === null ? (
            <p className="hint">Select an event (click a row, or focus it and press Enter) to see its sentence, its codes and its article.</p>
          ) : detail.data ? (
            <EventDetail event={detail.data} onOpenArticle={setArticleId} onClose={() => setView({ ...view, event: null })} />
          ) : (
            <Status state={detail} what="event" />
          )}
        </aside>
      </main>
      {articleId !== null && article.data && <ArticleView article={article.data} mark={mark ?? null} onClose={() => setArticleId(null)} />}
    </>
  );
}

function Status({ state, what }: { state: { loading: boolean; error: Error | null }; what: string }) {
  if (state.error) return <p className="panel error" role="alert">The {what} could not be loaded: {state.error.message}</p>;
  return <p className="panel loading" aria-busy="true">Loading the {what}…</p>;
}

function TokenPrompt() {
  const [token, setToken] = useState('');
  return (
    <form
      className="token-prompt"
      onSubmit={(event) => {
        event.preventDefault();
        saveToken(token.trim());
        window.location.reload();
      }}
    >
      <h1>sitrep</h1>
      <p>This server needs an access token (sitrep serve --token).</p>
      <label>
        Token <input type="password" value={token} onChange={(e) => setToken(e.target.value)} autoFocus />
      </label>
      <button type="submit">Continue</button>
    </form>
  );
}
