import type { CodedArticle } from '../../core/coded-event.js';

/** JSON Lines: one `CodedEvent` object per line, field names exactly as in src/core/coded-event.ts. */
export function formatJsonl(articles: readonly CodedArticle[]): string {
  return articles.flatMap((article) => article.events.map((event) => `${JSON.stringify(event)}\n`)).join('');
}
