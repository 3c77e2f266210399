import type { ApiEventDetail } from '../../../src/api/api-types.js';
import { MODALITIES, PLOVER_TYPES, QUAD_CLASSES, goldsteinColour } from '../codes.js';
import { HighlightedSentence } from './highlighted-sentence.js';
import { safeHttpUrl } from '../safe-url.js';
import { reportsTitle } from './event-table.js';

interface Props {
  event: ApiEventDetail;
  onOpenArticle: (articleId: string) => void;
  onClose: () => void;
}

/** The selected event: its mentions with the coded spans highlighted, its codes explained, links to the article. */
export function EventDetail({ event, onOpenArticle, onClose }: Props) {
  const plover = PLOVER_TYPES.find((entry) => entry.type === event.plover.event);
  const quad = QUAD_CLASSES[String(event.quad_class)];
  return (
    <article className="detail" aria-labelledby="detail-title">
      <div className="panel-head">
        <h2 id="detail-title">
          <code>{event.source.code}</code> → {event.target ? <code>{event.target.code}</code> : <span className="muted">no target</span>}
        </h2>
        <button type="button" className="secondary" onClick={onClose} aria-label="Close event">✕</button>
      </div>
      <p className="actors">
        {event.source.name}
        {event.target ? ` → ${event.target.name}` : ''}, {event.date}
      </p>
      <p className="small muted" data-testid="reports">
        {event.event_id === null ? 'Not merged with other reports (a negated mention).' : `Reported in ${reportsTitle(event)}.`}
        {event.mentions.length < event.num_mentions ? ` The first ${event.mentions.length} are shown.` : ''}
      </p>
      {event.mentions.map((mention) => {
        const url = safeHttpUrl(mention.article.url);
        return (
          <section key={`${mention.article.id}-${mention.sentence_index}`} className="mention-block">
            <HighlightedSentence mention={mention} />
            <p className="small">
              From <strong>{mention.article.title ?? mention.article.key}</strong> ({mention.article.published}), sentence {mention.sentence_index + 1}.{' '}
              <button type="button" className="link" onClick={() => onOpenArticle(mention.article.id)}>Read the article</button>
              {url && (
                <>
                  {' · '}
                  <a href={url} target="_blank" rel="noopener noreferrer">original</a>
                </>
              )}
            </p>
          </section>
        );
      })}
      <dl className="codes">
        <dt>CAMEO</dt>
        <dd><code>{event.cameo}</code> {event.cameo_name}</dd>
        <dt>PLOVER</dt>
        <dd>
          <strong>{event.plover.event}</strong>
          {plover && <span className="muted"> — {plover.meaning}</span>}
          {event.plover.mode && <div>mode: {event.plover.mode}</div>}
          {event.plover.context && <div>context: {event.plover.context.split(';').join(', ')}</div>}
        </dd>
        <dt>QuadClass</dt>
        <dd>{event.quad_class} {quad?.name}</dd>
        <dt>Goldstein</dt>
        <dd>
          <span className="goldstein-chip" style={{ background: goldsteinColour(event.goldstein) }}>{event.goldstein.toFixed(1)}</span>{' '}
          <span className="muted">on −10 (most conflictual) … +10 (most cooperative)</span>
        </dd>
        <dt>Modality</dt>
        <dd>{event.modality} <span className="muted">— {MODALITIES[event.modality] ?? ''}</span></dd>
        <dt>Confidence</dt>
        <dd>{Math.round(event.confidence * 100)}%</dd>
        <dt>Rule</dt>
        <dd><code>{event.mentions[0]?.rule}</code></dd>
        {event.location && (
          <>
            <dt>Place</dt>
            <dd>
              {event.location.name}{event.location.country ? `, ${event.location.country}` : ''}
              {event.location.basis === 'article' && <span className="muted"> — the article's main place (the sentence names none)</span>}
            </dd>
          </>
        )}
      </dl>
    </article>
  );
}
