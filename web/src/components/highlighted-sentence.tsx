import type { ApiMention, ApiSpan } from '../../../src/api/api-types.js';

const ROLE_NAMES: Record<ApiSpan['role'], string> = { source: 'Source', verb: 'Verb', target: 'Target' };

interface Props {
  mention: ApiMention;
}

/**
 * The mention's sentence with its source, verb and target marked. Everything is rendered as text (the article is
 * untrusted). A span outside the sentence (an actor resolved from earlier text, "he" → Kim) is listed below it.
 */
export function HighlightedSentence({ mention }: Props) {
  const { sentence, sentence_start: start } = mention;
  const inside: (ApiSpan & { from: number; to: number })[] = [];
  const outside: ApiSpan[] = [];
  for (const span of mention.spans) {
    const from = start === null ? -1 : span.start - start;
    const to = start === null ? -1 : span.end - start;
    if (start !== null && from >= 0 && to <= sentence.length && from < to) inside.push({ ...span, from, to });
    else outside.push(span);
  }
  inside.sort((a, b) => a.from - b.from);
  const parts: (string | { span: ApiSpan; text: string })[] = [];
  let at = 0;
  for (const span of inside) {
    if (span.from < at) {
      outside.push(span);
      continue;
    }
    if (span.from > at) parts.push(sentence.slice(at, span.from));
    parts.push({ span, text: sentence.slice(span.from, span.to) });
    at = span.to;
  }
  if (at < sentence.length) parts.push(sentence.slice(at));

  return (
    <div className="mention">
      <blockquote className="sentence" data-testid="highlighted-sentence">
        {parts.map((part, i) =>
          typeof part === 'string' ? (
            part
          ) : (
            <mark key={i} className={`span-${part.span.role}`} data-role={part.span.role} title={ROLE_NAMES[part.span.role]}>
              {part.text}
            </mark>
          ),
        )}
      </blockquote>
      {outside.length > 0 && (
        <p className="muted small">
          {outside.map((span) => `${ROLE_NAMES[span.role]} “${span.text}” is resolved from elsewhere in the article.`).join(' ')}
        </p>
      )}
      <p className="legend-inline small" aria-hidden="true">
        <mark className="span-source">source</mark> <mark className="span-verb">verb</mark> <mark className="span-target">target</mark>
      </p>
    </div>
  );
}
