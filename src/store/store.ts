import type { Article } from '../core/article.js';
import type { CodedArticle } from '../core/coded-event.js';
import type {
  ArticleSourceInfo,
  ClaimedJob,
  DuplicateLookup,
  ExportKind,
  FeedFetched,
  FeedRecord,
  NewJob,
} from './ingest-records.js';

/** One article of `saveIngestedArticles`, with the job it completes. */
export interface IngestedItem {
  article?: Article;
  source?: ArticleSourceInfo;
  coded?: CodedArticle | null;
  jobId?: number;
}

/** What `saveCodedArticle` did. */
export interface SaveResult {
  /** False when an article with the same text (content hash) was already stored; nothing changed then. */
  stored: boolean;
  /** Internal id of the stored article row (the earlier row when `stored` is false). */
  id: string;
}

/**
 * Where coded articles are kept: articles, their actor mentions, their event mentions and the merged events;
 * and the ingestion state: watched feeds and the job queue.
 * Implemented over Kysely (`createKyselyStore`); open the default SQLite file with `openSqliteStore`.
 */
export interface Store {
  /**
   * Saves one coded article with its events and actors, all in one transaction: either all of it is stored
   * or none. Each event mention is merged into a merged event (see `saveIngestedArticle`). Idempotent by
   * content hash (SHA-256 of `article.text`).
   * @throws the database driver's error on failure (after rolling back).
   */
  saveCodedArticle(article: Article, coded: CodedArticle): Promise<SaveResult>;

  /**
   * Saves ingested articles, each with its source information and, when it was coded, its mentions merged
   * into events, and marks each item's job done, all in one transaction (several articles share one commit).
   * An item without `article` only completes its job. Idempotent by content hash: a second copy of a stored
   * text only completes its job. Returns one result per item with an article, in order.
   * @throws the database driver's error (after rolling the whole batch back).
   */
  saveIngestedArticles(items: readonly IngestedItem[]): Promise<SaveResult[]>;

  /** Earlier articles that may be the same story as one with this text hash, canonical URL and LSH bands. */
  findDuplicates(hash: string, canonicalUrl: string | null, bands: readonly string[]): Promise<DuplicateLookup>;

  /** Adds feeds not yet watched (by URL), sets the robots.txt opt-out of all, and returns their records, in order. */
  addFeeds(feeds: readonly { url: string; title?: string | null; ignoreRobots?: boolean }[]): Promise<FeedRecord[]>;
  getFeed(id: number): Promise<FeedRecord | null>;
  /**
   * Records a successful fetch (a 304 included) on the feed, clears its error, queues `follow` (its
   * articles) and marks job `jobId` done, in one transaction.
   */
  recordFeedFetched(feedId: number, fetched: FeedFetched, follow: readonly NewJob[], jobId?: number): Promise<number>;
  /** Records a failed fetch on the feed (error, one more failure, next retry) and marks job `jobId` done. */
  recordFeedFailed(feedId: number, error: string, nextRetryAt: string, jobId?: number): Promise<void>;

  /** Queues jobs; see `NewJob`. `requeueFinished` queues again a key whose job is done or failed. Returns how many were queued. */
  enqueueJobs(jobs: readonly NewJob[], options?: { requeueFinished?: boolean }): Promise<number>;
  /** Takes up to `limit` (default 1) runnable jobs of these kinds, oldest first, leased for `leaseMs`; [] when none is due. */
  claimJobs(kinds: readonly string[], leaseMs: number, limit?: number): Promise<ClaimedJob[]>;
  /** Marks a job done and queues `follow` in the same transaction. */
  completeJob(id: number, follow?: readonly NewJob[]): Promise<void>;
  /** Records a failure: queued again at `retryAt`, or failed for good when null. */
  failJob(id: number, error: string, retryAt: string | null): Promise<void>;
  /** Puts jobs left running by a stopped process back in the queue; returns how many. One worker per SQLite file. */
  recoverJobs(): Promise<number>;
  /** Jobs by state (`queued`, `running`, `done`, `failed`), optionally of one kind. */
  countJobs(kind?: string): Promise<Record<string, number>>;
  /** Earliest `run_after` of a queued job, or null when the queue is empty. */
  nextJobTime(): Promise<string | null>;

  /** Stored articles by coding status (`coded`, `duplicate`, `language`). */
  countArticles(): Promise<Record<string, number>>;

  /** Reads `articles`, merged `events` or `mentions` for export, in id order, a page at a time. */
  exportRows(what: ExportKind): AsyncIterable<Record<string, unknown>>;

  /** Closes the database connection. */
  close(): Promise<void>;
}
