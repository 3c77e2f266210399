/** Source information stored with an ingested article (besides the `Article` itself). */
export interface ArticleSourceInfo {
  canonicalUrl: string | null;
  /** Host name without `www.`; null for local inputs without a URL. */
  site: string | null;
  /** ISO 639-1 code, or null when unknown. */
  language: string | null;
  byline: string | null;
  /** MinHash signature as hex, and its LSH band keys, or null for texts too short to sign. */
  minhash: { hex: string; bands: string[] } | null;
  /** Internal id of the first copy, when this article is a (near-)duplicate. */
  duplicateOf: string | null;
  /** `coded`, or why the article was not coded: `duplicate`, `language`. */
  codingStatus: 'coded' | 'duplicate' | 'language';
}

/** A job to queue. `key` makes it unique within its kind: queuing the same key again does nothing. */
export interface NewJob {
  kind: string;
  key: string;
  payload: unknown;
  /** ISO 8601 UTC timestamp before which it is not run; default now. */
  runAfter?: string;
}

/** A claimed job. */
export interface ClaimedJob {
  id: number;
  kind: string;
  key: string;
  payload: unknown;
  /** Tries so far, this one included. */
  attempts: number;
}

/** A watched feed. */
export interface FeedRecord {
  id: number;
  url: string;
  title: string | null;
  ignoreRobots: boolean;
  etag: string | null;
  lastModified: string | null;
  lastFetchedAt: string | null;
  error: string | null;
  errorCount: number;
  nextRetryAt: string | null;
}

/** What a successful feed fetch changes on the feed. */
export interface FeedFetched {
  status: number;
  etag: string | null;
  lastModified: string | null;
  title?: string | null;
  siteUrl?: string | null;
}

/** Earlier articles that may be the same story: by content hash, canonical URL or a shared LSH band. */
export interface DuplicateLookup {
  /** The article with exactly this text, if stored. */
  sameText: string | null;
  /** The first article stored under this canonical URL, if any. */
  sameUrl: string | null;
  /** Articles sharing an LSH band, oldest first, with their signatures. */
  candidates: { id: string; minhash: string }[];
}

/** What `export` reads, one kind at a time. */
export type ExportKind = 'articles' | 'events' | 'mentions';
