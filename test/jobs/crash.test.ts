import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCoder } from '../../src/load-coder.js';
import { serve, startServer, type LocalServer } from '../ingest/helpers/local-server.js';
import { newsPage, opml, rssFeed, siteArticles } from './helpers/news-site.js';

const BIN = resolve(import.meta.dirname, '../../bin/sitrep.js');
const ARTICLES = 200;
/** Stored-article counts at which the watcher is killed with SIGKILL. */
const KILL_AT = [25, 80, 140];

let dir: string;
let server: LocalServer;
let db: string;
let feeds: string;
let logFile: string;

function count(sql: string): number {
  try {
    const handle = new SqliteDatabase(db, { readonly: true, fileMustExist: true });
    try {
      return (handle.prepare(sql).get() as { n: number }).n;
    } finally {
      handle.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

function startWatch(): ChildProcess {
  const log = openSync(logFile, 'a');
  const args = [BIN, 'watch', '--feeds', feeds, '--every', '1s', '--db', db, '--allow-private-hosts', '--host-delay', '0', '--concurrency', '8'];
  return spawn(process.execPath, args, { stdio: ['ignore', log, log] });
}

async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; log tail:\n${readFileSync(logFile, 'utf8').slice(-2_000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((r) => child.once('exit', () => r()));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-crash-'));
  db = join(dir, 'watch.db');
  feeds = join(dir, 'feeds.opml');
  logFile = join(dir, 'watch.log');
  const stories = siteArticles(ARTICLES);
  const routes: Parameters<typeof startServer>[0] = {};
  server = await startServer(routes);
  for (const story of stories) routes[`/articles/${story.slug}`] = serve(newsPage(story));
  routes['/feed.xml'] = serve(rssFeed(server.origin, stories), { 'content-type': 'application/rss+xml' });
  writeFileSync(feeds, opml([`${server.origin}/feed.xml`]));
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sitrep watch killed with SIGKILL', () => {
  it('stores every article once and counts every mention once after three kills and restarts', async () => {
    const articles = 'select count(*) as n from articles';
    const kills: number[] = [];
    for (const threshold of KILL_AT) {
      const child = startWatch();
      await waitFor(() => count(articles) >= threshold, 40_000, `${threshold} articles`);
      child.kill('SIGKILL');
      await exited(child);
      kills.push(count(articles));
    }
    expect(kills[kills.length - 1]).toBeLessThan(ARTICLES);
    const last = startWatch();
    try {
      await waitFor(
        () => count(articles) >= ARTICLES && count(`select count(*) as n from jobs where state in ('queued', 'running') and kind != 'feed'`) === 0,
        40_000,
        'all articles',
      );
    } finally {
      last.kill('SIGTERM');
      await exited(last);
    }

    const handle = new SqliteDatabase(db, { readonly: true });
    try {
      const rows = handle.prepare('select id, article_key, url, title, published, text from articles').all() as { id: string; article_key: string; url: string; title: string; published: string; text: string }[];
      expect(rows).toHaveLength(ARTICLES);
      expect(new Set(rows.map((r) => r.article_key)).size).toBe(ARTICLES);
      expect(handle.prepare(`select count(*) as n from jobs where kind = 'code' and state = 'done'`).get()).toEqual({ n: ARTICLES });
      expect(handle.prepare(`select count(*) as n from jobs where state = 'failed'`).get()).toEqual({ n: 0 });
      // Each article's mentions are exactly what coding it once gives.
      const coder = loadCoder();
      const stored = handle.prepare('select count(*) as n from events where article_id = ?');
      let mentions = 0;
      for (const row of rows) {
        const expected = coder.code({ id: row.article_key, text: row.text, title: row.title, url: row.url, published: row.published }).events.length;
        expect((stored.get(row.id) as { n: number }).n, row.article_key).toBe(expected);
        mentions += expected;
      }
      expect(mentions).toBeGreaterThan(ARTICLES);
      // Every merged event's counts agree with its mentions.
      const wrong = handle
        .prepare(`select count(*) as n from merged_events m where num_mentions != (select count(*) from events e where e.merged_event_id = m.id)
          or num_articles != (select count(distinct article_id) from events e where e.merged_event_id = m.id)`)
        .get();
      expect(wrong).toEqual({ n: 0 });
      const merged = handle.prepare('select sum(num_mentions) as n from merged_events').get() as { n: number };
      expect(merged.n).toBe((handle.prepare('select count(*) as n from events where merged_event_id is not null').get() as { n: number }).n);
    } finally {
      handle.close();
    }
  }, 90_000);
});
