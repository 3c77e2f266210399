import type { Article } from '../core/article.js';

/** An article as read from its input, before a missing publication date is filled in. */
export type ArticleDraft = Omit<Article, 'published'> & { published?: string };
