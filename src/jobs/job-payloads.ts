/** Job kinds: fetch a watched feed; fetch a URL (a page, or a feed found there); code and store an article. */
export type JobKind = 'feed' | 'url' | 'code';

/** `feed` job: fetch feed `feedId` (conditional GET) and queue its new articles. Key: the feed URL. */
export interface FeedJob {
  feedId: number;
}

/** `url` job: fetch a URL. Key: its canonical form. What the feed said about the article rides along. */
export interface UrlJob {
  url: string;
  ignoreRobots?: boolean;
  feedTitle?: string | null;
  title?: string | null;
  /** Feed's publication time (ISO 8601), used when the page gives no date. */
  published?: string | null;
  author?: string | null;
}

/** `code` job: an extracted article waiting to be coded and stored. Key: the SHA-256 of its text. */
export interface CodeJob {
  /** Article id (`article_key`): the canonical URL, the file name or the JSON Lines id. */
  id: string;
  text: string;
  url: string | null;
  canonicalUrl: string | null;
  site: string | null;
  title: string | null;
  byline: string | null;
  /** `YYYY-MM-DD` when known. */
  published: string | null;
  /** `<html lang>` as declared, a hint for language detection. */
  declaredLanguage: string | null;
}
