import { canonicalUrl } from '../ingest/dedup/canonical-url.js';
import type { ParsedFeed } from '../ingest/feeds/feed-item.js';
import type { NewJob } from '../store/ingest-records.js';
import type { UrlJob } from './job-payloads.js';

/** A `url` job for each feed item with a link, keyed by its canonical URL (so an article is fetched once). */
export function feedItemsToJobs(feed: ParsedFeed, ignoreRobots: boolean): NewJob[] {
  const jobs: NewJob[] = [];
  for (const item of feed.items) {
    if (!item.url) continue;
    const payload: UrlJob = {
      url: item.url,
      ignoreRobots,
      feedTitle: feed.title,
      title: item.title,
      published: item.published,
      author: item.author,
    };
    jobs.push({ kind: 'url', key: canonicalUrl(item.url), payload });
  }
  return jobs;
}
