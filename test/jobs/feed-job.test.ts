import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedRetryAt, jobRetryAt } from '../../src/jobs/backoff.js';
import { parseInterval } from '../../src/jobs/parse-interval.js';
import { startServer, type LocalServer } from '../ingest/helpers/local-server.js';
import { newsPage, opml, rssFeed, siteArticles } from './helpers/news-site.js';
import { runCliNow } from './run-cli-real-clock.js';

let dir: string;
let server: LocalServer;
const stories = siteArticles(2);

function feedRow(db: string, like: string): Record<string, unknown> {
  const handle = new SqliteDatabase(db, { readonly: true });
  try {
    return handle.prepare('select * from feeds where url like ?').get(`%${like}%`) as Record<string, unknown>;
  } finally {
    handle.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-feed-job-'));
  server = await startServer({
    '/etag.xml': (request, response) => {
      if (request.headers['if-none-match'] === '"v1"') return void response.writeHead(304).end();
      response.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' }).end(rssFeed(server.origin, stories));
    },
    '/down.xml': (_request, response) => void response.writeHead(503).end(),
    [`/articles/${stories[0]!.slug}`]: (_request, response) => void response.writeHead(200, { 'content-type': 'text/html' }).end(newsPage(stories[0]!)),
    [`/articles/${stories[1]!.slug}`]: (_request, response) => void response.writeHead(200, { 'content-type': 'text/html' }).end(newsPage(stories[1]!)),
  });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('feed jobs', () => {
  it('fetch conditionally the second time and record failures with back-off on the feed', async () => {
    const db = join(dir, 'feeds.db');
    const list = join(dir, 'feeds.opml');
    writeFileSync(list, opml([`${server.origin}/etag.xml`, `${server.origin}/down.xml`]));
    const args = ['ingest', list, '--db', db, '--allow-private-hosts', '--host-delay', '0'];
    expect((await runCliNow(args)).code).toBe(0);
    expect(feedRow(db, 'etag')).toMatchObject({ etag: '"v1"', last_status: 200, error: null });
    const down = feedRow(db, 'down');
    expect(down).toMatchObject({ error_count: 1 });
    expect(down.error).toMatch(/HTTP 503/);
    const run = await runCliNow(args);
    expect(run.stderr).toMatch(/holds 2 articles/);
    expect(feedRow(db, 'etag')).toMatchObject({ last_status: 304, etag: '"v1"' });
    expect(feedRow(db, 'down')).toMatchObject({ error_count: 2 });
    expect(server.requests.filter((r) => r.path === '/etag.xml').map((r) => r.headers['if-none-match'])).toEqual([undefined, '"v1"']);
  });
});

describe('back-off and intervals', () => {
  const now = new Date('2026-01-01T00:00:00.000Z');
  it('doubles the wait of a failing feed up to a day, and honours Retry-After', () => {
    expect(feedRetryAt(now, 1)).toBe('2026-01-01T00:05:00.000Z');
    expect(feedRetryAt(now, 3)).toBe('2026-01-01T00:20:00.000Z');
    expect(feedRetryAt(now, 30)).toBe('2026-01-02T00:00:00.000Z');
    expect(feedRetryAt(now, 1, 3_600_000)).toBe('2026-01-01T01:00:00.000Z');
    expect(jobRetryAt(now, 2)).toBe('2026-01-01T00:01:00.000Z');
  });

  it('reads intervals', () => {
    expect([parseInterval('15m'), parseInterval('30s'), parseInterval('1h30m'), parseInterval('0s'), parseInterval('soon')]).toEqual([900_000, 30_000, 5_400_000, null, null]);
  });
});
