import type { Article } from '../core/article.js';
import type { CodedArticle } from '../core/coded-event.js';

/** What `saveCodedArticle` did. */
export interface SaveResult {
  /** False when an article with the same text (content hash) was already stored; nothing changed then. */
  stored: boolean;
  /** Internal id of the stored article row (the earlier row when `stored` is false). */
  id: string;
}

/**
 * Where coded articles are kept: articles, their actor mentions and their event mentions.
 * Implemented over Kysely (`createKyselyStore`); open the default SQLite file with `openSqliteStore`.
 */
export interface Store {
  /**
   * Saves one coded article with its events and actors, all in one transaction: either all of it is stored
   * or none. Idempotent by content hash (SHA-256 of `article.text`).
   * @throws the database driver's error on failure (after rolling back).
   */
  saveCodedArticle(article: Article, coded: CodedArticle): Promise<SaveResult>;
  /** Closes the database connection. */
  close(): Promise<void>;
}
