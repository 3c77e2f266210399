/**
 * One news report to code.
 *
 * `text` is the article body exactly as received (never changed afterwards: every offset in sitrep is a
 * UTF-16 character offset into this string). `published` is an ISO 8601 calendar date (YYYY-MM-DD, UTC).
 */
export interface Article {
  /** Stable id: given by the input (JSON Lines `id`) or derived from the file name. */
  id: string;
  /** Body text; when `title` is set it is NOT part of `text` unless the input put it there. */
  text: string;
  title?: string;
  url?: string;
  /** Publication date, ISO 8601 `YYYY-MM-DD`. */
  published: string;
}
