import type { CodedArticle } from '../../core/coded-event.js';

/** One JSON document: `{"articles": [{"id", "actors", "quotes", "events"}]}`, indented by two spaces. */
export function formatJson(articles: readonly CodedArticle[]): string {
  const document = { articles: articles.map(({ id, actors, quotes, events }) => ({ id, actors, quotes, events })) };
  return `${JSON.stringify(document, null, 2)}\n`;
}
