import { useEffect, useRef } from 'react';
import type { ApiArticle } from '../../../src/api/api-types.js';
import { safeHttpUrl } from '../safe-url.js';

interface Props {
  article: ApiArticle;
  /** The sentence to mark, as a character range of the article text. */
  mark: { start: number; end: number } | null;
  onClose: () => void;
}

/**
 * The article's full text. The text is untrusted: it is rendered as React text nodes only, so markup in it
 * (`<script>`, `<img onerror>`) shows as the characters it is. Escape closes.
 */
export function ArticleView({ article, mark, onClose }: Props) {
  const closeButton = useRef<HTMLButtonElement>(null);
  const marked = useRef<HTMLElement>(null);
  useEffect(() => {
    // Focus moves into the dialog, the marked sentence scrolls into view; closing gives focus back.
    const opener = document.activeElement as HTMLElement | null;
    closeButton.current?.focus();
    marked.current?.scrollIntoView({ block: 'center' });
    return () => opener?.focus();
  }, [article.id]);
  const url = safeHttpUrl(article.url);
  const text = article.text;
  const valid = mark !== null && mark.start >= 0 && mark.end <= text.length;
  return (
    <div className="article-backdrop" onClick={onClose}>
      <section
        className="article-view"
        role="dialog"
        aria-modal="true"
        aria-labelledby="article-title"
        onClick={(event) => event.stopPropagation()}
        onKeyDown={(event) => event.key === 'Escape' && onClose()}
      >
        <div className="panel-head">
          <h2 id="article-title">{article.title ?? article.key}</h2>
          <button type="button" ref={closeButton} className="secondary" onClick={onClose} aria-label="Close article">✕</button>
        </div>
        <p className="muted small">
          Published {article.published} · coded {article.coded_at.slice(0, 10)} · {article.events.length} {article.events.length === 1 ? 'event' : 'events'}
          {url && (
            <>
              {' · '}
              <a href={url} target="_blank" rel="noopener noreferrer">{url}</a>
            </>
          )}
        </p>
        <div className="article-text" data-testid="article-text">
          {valid ? (
            <>
              {text.slice(0, mark.start)}
              <mark className="span-sentence" ref={marked}>{text.slice(mark.start, mark.end)}</mark>
              {text.slice(mark.end)}
            </>
          ) : (
            text
          )}
        </div>
      </section>
    </div>
  );
}
