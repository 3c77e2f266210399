import { FetchError } from '../ingest/fetch/fetch-error.js';
import { FeedError } from '../ingest/feeds/feed-error.js';
import { parseFeed } from '../ingest/feeds/parse-feed.js';
import type { ClaimedJob } from '../store/ingest-records.js';
import { feedRetryAt } from './backoff.js';
import { errorMessage } from './error-message.js';
import { feedItemsToJobs } from './feed-items-to-jobs.js';
import type { JobContext } from './job-context.js';
import type { FeedJob } from './job-payloads.js';

const FEED_ACCEPT = 'application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5';

/**
 * A `feed` job: conditional GET of the feed, parse, queue a `url` job per new item, record the fetch on the
 * feed, all committed with the job. A fetch or parse failure is recorded on the feed (error, failures in a
 * row, next retry with back-off) and the job is done: one failing feed never stops the others.
 */
export async function runFeedJob(job: ClaimedJob, context: JobContext): Promise<void> {
  const { store, fetcher, log, now } = context;
  const { feedId } = job.payload as FeedJob;
  const feed = await store.getFeed(feedId);
  if (!feed) {
    await store.completeJob(job.id);
    return;
  }
  const started = Date.now();
  const ignoreRobots = feed.ignoreRobots || context.ignoreRobots;
  try {
    const answer = await fetcher.fetch(feed.url, { etag: feed.etag, lastModified: feed.lastModified, ignoreRobots, accept: FEED_ACCEPT });
    if (answer.notModified) {
      await store.recordFeedFetched(feedId, { status: 304, etag: answer.etag ?? feed.etag, lastModified: answer.lastModified ?? feed.lastModified }, [], job.id);
      log.info('feed_not_modified', { job_id: job.id, feed_id: feedId, url: feed.url, duration_ms: Date.now() - started });
      return;
    }
    const parsed = parseFeed(answer.text().text, answer.url);
    const follow = feedItemsToJobs(parsed, ignoreRobots);
    const fetched = { status: answer.status, etag: answer.etag, lastModified: answer.lastModified, title: parsed.title, siteUrl: parsed.siteUrl };
    const queued = await store.recordFeedFetched(feedId, fetched, follow, job.id);
    log.info('feed_fetched', { job_id: job.id, feed_id: feedId, url: feed.url, items: parsed.items.length, queued, duration_ms: Date.now() - started });
  } catch (error) {
    if (!(error instanceof FetchError) && !(error instanceof FeedError)) throw error;
    const retryAfterMs = error instanceof FetchError ? error.retryAfterMs : undefined;
    const nextRetryAt = feedRetryAt(now(), feed.errorCount + 1, retryAfterMs);
    await store.recordFeedFailed(feedId, errorMessage(error), nextRetryAt, job.id);
    log.warn('feed_failed', {
      job_id: job.id,
      feed_id: feedId,
      url: feed.url,
      code: error instanceof FetchError ? error.code : 'bad_feed',
      error: errorMessage(error),
      next_retry_at: nextRetryAt,
    });
  }
}
