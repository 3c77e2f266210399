import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { canonicalUrl, siteOf } from '../ingest/dedup/canonical-url.js';
import { extractArticle } from '../ingest/extract/extract-article.js';
import { parseOpml } from '../ingest/feeds/parse-opml.js';
import { readArticles } from '../ingest/read-articles.js';
import { DEFAULT_MAX_BYTES } from '../ingest/read-input.js';
import type { NewJob } from '../store/ingest-records.js';
import type { Store } from '../store/store.js';
import { errorMessage } from './error-message.js';
import type { JobLogger } from './job-logger.js';
import type { CodeJob, UrlJob } from './job-payloads.js';

/** File extensions read from a folder. */
const READABLE = new Set(['.txt', '.html', '.htm', '.jsonl', '.ndjson', '.opml']);

export interface QueueSourcesOptions {
  store: Store;
  log: JobLogger;
  stdin: AsyncIterable<Uint8Array | string>;
  /** `YYYY-MM-DD` for local articles without a date. */
  today: string;
  ignoreRobots: boolean;
}

/**
 * Queues the work for `sitrep ingest SOURCE…`: an http(s) URL becomes a `url` job (queued again even if done
 * before: the user asked for it); an OPML file adds its feeds and a `feed` job each; a folder is read for
 * .txt, .html, .htm, .jsonl, .ndjson and .opml files; a local article (text, HTML, JSON Lines, `-` for stdin)
 * becomes a `code` job. A source that cannot be read is logged and counted, and the others go on.
 * @returns how many sources failed to queue.
 */
export async function queueSources(sources: readonly string[], options: QueueSourcesOptions): Promise<number> {
  let failures = 0;
  for (const source of sources) {
    try {
      const jobs = await jobsFor(source, options);
      await options.store.enqueueJobs(jobs, { requeueFinished: true });
    } catch (error) {
      failures += 1;
      options.log.warn('source_failed', { source, error: errorMessage(error) });
    }
  }
  return failures;
}

async function jobsFor(source: string, options: QueueSourcesOptions): Promise<NewJob[]> {
  if (/^https?:\/\//i.test(source)) {
    const payload: UrlJob = { url: source, ignoreRobots: options.ignoreRobots };
    return [{ kind: 'url', key: canonicalUrl(source), payload }];
  }
  if (source !== '-' && (await stat(source)).isDirectory()) {
    const jobs: NewJob[] = [];
    for (const file of await listFiles(source)) jobs.push(...(await jobsFor(file, options)));
    return jobs;
  }
  const extension = extname(source).toLowerCase();
  if (extension === '.opml') {
    const feeds = await options.store.addFeeds(parseOpml(await readFile(source, 'utf8')).map((feed) => ({ ...feed, ignoreRobots: feed.ignoreRobots || options.ignoreRobots })));
    return feeds.map((feed) => ({ kind: 'feed', key: feed.url, payload: { feedId: feed.id } }));
  }
  if (extension === '.html' || extension === '.htm') {
    const extracted = extractArticle(await readFile(source, 'utf8'));
    if (extracted.text === '') throw new Error(`${source}: no article text found in HTML`);
    const id = basename(source, extname(source));
    return [codeJob({ id, text: extracted.text, url: extracted.canonicalUrl, canonicalUrl: extracted.canonicalUrl, site: extracted.canonicalUrl ? siteOf(extracted.canonicalUrl) : null, title: extracted.title, byline: extracted.byline, published: extracted.published, declaredLanguage: extracted.declaredLanguage })];
  }
  const { articles } = await readArticles([source], { maxBytes: DEFAULT_MAX_BYTES, stdin: options.stdin, today: options.today });
  return articles.map((article) =>
    codeJob({ id: article.id, text: article.text, url: article.url ?? null, canonicalUrl: article.url ? canonicalUrl(article.url) : null, site: article.url ? siteOf(article.url) : null, title: article.title ?? null, byline: null, published: article.published, declaredLanguage: null }),
  );
}

function codeJob(payload: CodeJob): NewJob {
  return { kind: 'code', key: createHash('sha256').update(payload.text, 'utf8').digest('hex'), payload };
}

async function listFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && READABLE.has(extname(entry.name).toLowerCase()))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}
