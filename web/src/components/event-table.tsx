import type { KeyboardEvent } from 'react';
import type { ApiEvent } from '../../../src/api/api-types.js';
import { ploverColour } from '../codes.js';

interface Props {
  events: ApiEvent[];
  selected: number | null;
  hasMore: boolean;
  loading: boolean;
  onSelect: (id: number) => void;
  onLoadMore: () => void;
}

/** The matching events, newest first. Rows are focusable: Enter opens one, ↑ and ↓ move between rows. */
export function EventTable({ events, selected, hasMore, loading, onSelect, onLoadMore }: Props) {
  const onKey = (event: KeyboardEvent<HTMLTableRowElement>, id: number) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(id);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const row = event.key === 'ArrowDown' ? event.currentTarget.nextElementSibling : event.currentTarget.previousElementSibling;
      (row as HTMLElement | null)?.focus();
    }
  };
  return (
    <section className="panel events" aria-labelledby="events-title">
      <div className="panel-head">
        <h2 id="events-title">Events <span className="muted">{events.length}{hasMore ? '+' : ''} shown</span></h2>
      </div>
      <table>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Source</th>
            <th scope="col">Event</th>
            <th scope="col">Target</th>
            <th scope="col" className="num">Goldstein</th>
            <th scope="col" className="num" title="Mentions of the merged event (reports of the same happening)">Reports</th>
            <th scope="col">Sentence</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr
              key={event.id}
              tabIndex={0}
              aria-selected={event.id === selected}
              className={event.id === selected ? 'selected' : undefined}
              onClick={() => onSelect(event.id)}
              onKeyDown={(e) => onKey(e, event.id)}
              data-event-id={event.id}
            >
              <td className="nowrap">{event.date}</td>
              <td title={event.source.name}><code>{event.source.code}</code></td>
              <td>
                <span className="type-tag" style={{ borderColor: ploverColour(event.plover.event) }}>{event.plover.event}</span>{' '}
                <span className="muted">{event.cameo_name}</span>
                {event.modality !== 'asserted' && <span className="modality"> {event.modality}</span>}
              </td>
              <td title={event.target?.name}>{event.target ? <code>{event.target.code}</code> : <span className="muted">—</span>}</td>
              <td className="num">{event.goldstein.toFixed(1)}</td>
              <td className="num" title={reportsTitle(event)}>{event.num_mentions}</td>
              <td className="sentence-cell">{event.sentence}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {events.length === 0 && !loading && <p className="empty">No events match the filters.</p>}
      {hasMore && (
        <button type="button" className="secondary more" onClick={onLoadMore} disabled={loading}>
          {loading ? 'Loading…' : 'Load more events'}
        </button>
      )}
    </section>
  );
}

/** "3 mentions in 2 articles from 2 sources". */
export function reportsTitle(event: Pick<ApiEvent, 'num_mentions' | 'num_articles' | 'num_sources'>): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(event.num_mentions, 'mention')} in ${plural(event.num_articles, 'article')} from ${plural(event.num_sources, 'source')}`;
}
