/**
 * Ingestion benchmark: articles per second end to end (fetch from a local HTTP server, extract with
 * Readability, detect language, de-duplicate, code, store in SQLite) on one core, and peak resident memory.
 * The server runs in the same process, so its work is counted too. Prints figures, never passes or fails.
 * Usage: npm run bench:ingest [-- --articles N]   (default 500; `taskset -c 0 npm run bench:ingest` pins one core)
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCoder } from '../src/index.js';
import { runIngest } from '../src/jobs/run-ingest.js';
import { SILENT_LOGGER } from '../src/jobs/job-logger.js';
import { DEFAULT_WORKER_SETTINGS } from '../src/jobs/worker-settings.js';
import { newsPage, rssFeed, siteArticles } from '../test/jobs/helpers/news-site.js';

export async function benchIngest(argv: readonly string[] = process.argv): Promise<void> {
  const k = argv.indexOf('--articles');
  const count = k >= 0 ? Number(argv[k + 1]) : 500;
  const stories = siteArticles(count, 20);
  const pages = new Map(stories.map((story) => [`/articles/${story.slug}`, newsPage(story)]));
  let feed = '';
  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]!;
    if (path === '/feed.xml') return void response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed);
    const page = pages.get(path);
    if (!page) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  feed = rssFeed(origin, stories);
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
  const list = join(dir, 'feeds.opml');
  writeFileSync(list, `<?xml version="1.0"?><opml version="2.0"><body><outline type="rss" xmlUrl="${origin}/feed.xml"/></body></opml>`);

  const coder = loadCoder();
  let peakRss = process.memoryUsage().rss;
  const startRss = peakRss;
  const sample = () => void (peakRss = Math.max(peakRss, process.memoryUsage().rss));
  const timer = setInterval(sample, 20);
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  const summary = await runIngest([list], {
    ...DEFAULT_WORKER_SETTINGS,
    db: join(dir, 'bench.db'),
    pipelineVersion: '{"bench":"1"}',
    fetcher: { allowPrivateHosts: true, perHost: { concurrency: 8, intervalMs: 0 } },
  }, { coder, log: SILENT_LOGGER, now: () => new Date(), stdin: (async function* () {})() });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  clearInterval(timer);
  sample();
  server.close();
  rmSync(dir, { recursive: true, force: true });

  const stored = Object.values(summary.articles).reduce((a, b) => a + b, 0);
  const rows: [string, string][] = [
    ['articles served', `${count} pages of ${stories[0]!.text.length.toLocaleString('en')}+ characters, plus the feed`],
    ['articles stored', `${stored} (coded ${summary.articles.coded ?? 0}); jobs failed ${summary.jobs.failed ?? 0}`],
    ['end to end', `${seconds.toFixed(1)} s wall clock, ${cpuSeconds.toFixed(1)} s CPU time (all threads)`],
    ['ingest speed', `${Math.round(stored / seconds)} articles/s wall clock; ${Math.round(stored / cpuSeconds)} per CPU-second (fetch, extract, code, store)`],
    ['peak resident memory', `${(peakRss / 2 ** 20).toFixed(0)} MB (${(startRss / 2 ** 20).toFixed(0)} MB before ingesting)`],
  ];
  console.log('sitrep bench: ingestion');
  for (const [key, value] of rows) console.log(`  ${key.padEnd(28)} ${value}`);
}

// Run when executed directly (`tsx bench/ingest-bench.ts`).
if (import.meta.url === `file://${process.argv[1]}`) await benchIngest();
