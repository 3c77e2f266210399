import { createHash } from 'node:crypto';
import { canonicalUrl, siteOf } from '../ingest/dedup/canonical-url.js';
import { extractArticle } from '../ingest/extract/extract-article.js';
import { looksLikeFeed } from '../ingest/feeds/looks-like-feed.js';
import { parseFeed } from '../ingest/feeds/parse-feed.js';
import { feedItemsToJobs } from './feed-items-to-jobs.js';
import type { JobContext } from './job-context.js';
import { PermanentJobError } from './job-failure.js';
import type { CodeJob, UrlJob } from './job-payloads.js';
import type { ClaimedJob } from '../store/ingest-records.js';

/**
 * A `url` job: fetches the URL. A feed found there is watched from now on and its items queued; a page is
 * extracted and queued as a `code` job (keyed by the SHA-256 of its text) in the same transaction that marks
 * this job done, so a fetched article is never lost and never fetched twice.
 * @throws FetchError (the caller retries transient ones) or PermanentJobError (no text, cookie wall, not a page).
 */
export async function runUrlJob(job: ClaimedJob, context: JobContext): Promise<void> {
  const { store, fetcher, log } = context;
  const request = job.payload as UrlJob;
  const ignoreRobots = Boolean(request.ignoreRobots) || context.ignoreRobots;
  const started = Date.now();
  const answer = await fetcher.fetch(request.url, { ignoreRobots });
  const body = answer.text().text;
  if (looksLikeFeed(body, answer.contentType)) {
    const [feed] = await store.addFeeds([{ url: request.url, ignoreRobots }]);
    const parsed = parseFeed(body, answer.url);
    const fetched = { status: answer.status, etag: answer.etag, lastModified: answer.lastModified, title: parsed.title, siteUrl: parsed.siteUrl };
    const queued = await store.recordFeedFetched(feed!.id, fetched, feedItemsToJobs(parsed, ignoreRobots), job.id);
    log.info('feed_fetched', { job_id: job.id, feed_id: feed!.id, url: request.url, items: parsed.items.length, queued, duration_ms: Date.now() - started });
    return;
  }
  const code = toCodeJob(request, answer.url, answer.contentType, body);
  await store.completeJob(job.id, [{ kind: 'code', key: sha256(code.text), payload: code }]);
  log.info('article_fetched', { job_id: job.id, url: answer.url, chars: code.text.length, duration_ms: Date.now() - started });
}

function toCodeJob(request: UrlJob, finalUrl: string, contentType: string | null, body: string): CodeJob {
  const type = (contentType ?? 'text/html').toLowerCase();
  if (type.startsWith('text/plain')) {
    const canonical = canonicalUrl(finalUrl);
    return { id: canonical, text: body.trim(), url: finalUrl, canonicalUrl: canonical, site: siteOf(finalUrl), title: request.title ?? null, byline: request.author ?? null, published: request.published?.slice(0, 10) ?? null, declaredLanguage: null };
  }
  if (!/html|xml/.test(type)) throw new PermanentJobError('not_a_page', `${finalUrl}: not a page (${type})`);
  const extracted = extractArticle(body, finalUrl);
  if (extracted.wall) throw new PermanentJobError('cookie_wall', `${finalUrl}: a cookie or consent wall, no article`);
  if (extracted.text === '') throw new PermanentJobError('no_text', `${finalUrl}: no article text found`);
  const canonical = canonicalUrl(extracted.canonicalUrl ?? finalUrl);
  return {
    id: canonical,
    text: extracted.text,
    url: finalUrl,
    canonicalUrl: canonical,
    site: siteOf(finalUrl),
    title: extracted.title ?? request.title ?? null,
    byline: extracted.byline ?? request.author ?? null,
    published: extracted.published ?? request.published?.slice(0, 10) ?? null,
    declaredLanguage: extracted.declaredLanguage,
  };
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
