import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, startServer, type LocalServer } from '../ingest/helpers/local-server.js';
import { newsPage, opml, rssFeed, siteArticles, type SiteArticle } from './helpers/news-site.js';
import { runCliNow } from './run-cli-real-clock.js';

let dir: string;
let server: LocalServer;
let port: string;
const stories = siteArticles(4);
const summitA: SiteArticle = { slug: 'summit-a', title: 'Summit A', published: '2023-09-13', text: 'Kim met Putin at the Vostochny cosmodrome on Wednesday.\n\nThe two leaders toured the launch site and talked about satellites, weapons and the war in Ukraine for several hours.' };
const summitB: SiteArticle = { slug: 'summit-b', title: 'Summit B', published: '2023-09-13', text: 'Kim met Putin in the Russian Far East, officials in Seoul confirmed.\n\nSouth Korea and Japan warned of consequences if weapons were transferred, and Washington prepared new sanctions against both governments.' };
const syndicated = (story: SiteArticle): SiteArticle => ({
  ...story,
  slug: `syndicated-${story.slug}`,
  text: `WIRE SERVICE — ${story.text.split('\n\n').slice(0, -1).join('\n\n').replace('correspondent', 'reporter')}`,
});
const WALL = `<!doctype html><html><head><title>Before you continue</title></head><body><div class="consent"><h1>We value your privacy</h1>
<p>We and our partners use cookies to store and access personal data such as browsing data for purposes such as serving and personalising content and advertising and analysing site traffic. You may accept all, reject all or manage preferences, including your right to object where legitimate interest is used.</p>
<button>Accept all</button><button>Reject all</button><a href="/privacy">Privacy policy</a></div></body></html>`;

function query<T>(db: string, sql: string): T[] {
  const handle = new SqliteDatabase(db, { readonly: true });
  try {
    return handle.prepare(sql).all() as T[];
  } finally {
    handle.close();
  }
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-'));
  const routes: Parameters<typeof startServer>[0] = {};
  server = await startServer(routes);
  port = server.origin.split(':')[2]!;
  const other = `http://localhost:${port}`;
  for (const story of [...stories, summitA]) routes[`/articles/${story.slug}`] = serve(newsPage(story));
  routes['/amp/story-1'] = serve(newsPage(stories[0]!));
  routes[`/syndicated/story-2`] = serve(newsPage(syndicated(stories[1]!)));
  routes['/articles/summit-b'] = serve(newsPage(summitB));
  routes['/articles/wall'] = serve(WALL);
  const items = `${rssFeed(server.origin, [...stories, summitA]).replace('</channel></rss>', '')}
<item><title>Same story, second URL</title><link>${server.origin}/articles/story-1/?fbclid=abc#top</link></item>
<item><title>Same story, third URL</title><link>${server.origin}/amp/story-1</link></item>
<item><title>Syndicated</title><link>${other}/syndicated/story-2</link></item>
<item><title>Other site</title><link>${other}/articles/summit-b</link></item>
<item><title>Wall</title><link>${server.origin}/articles/wall</link></item>
</channel></rss>`;
  routes['/feed.xml'] = serve(items, { 'content-type': 'application/rss+xml' });
  routes['/broken.xml'] = serve('<rss><channel><title>Broken<item></rss>', { 'content-type': 'application/rss+xml' });
});

afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('sitrep ingest', () => {
  const db = () => join(dir, 'feeds.db');

  it('ingests feeds end to end: extracts, de-duplicates, codes, merges; a broken feed is recorded, not fatal', async () => {
    const list = join(dir, 'feeds.opml');
    writeFileSync(list, opml([`${server.origin}/broken.xml`, `${server.origin}/feed.xml`]));
    const run = await runCliNow(['ingest', list, '--db', db(), '--allow-private-hosts', '--host-delay', '0', '--concurrency', '1']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/holds 7 articles \(coded 6, duplicates 1, other languages 0\)/);
    expect(run.stderr).toContain('"code":"cookie_wall"');

    const articles = query<{ url: string; canonical_url: string; site: string; duplicate_of: string | null; id: string; coding_status: string }>(db(), 'select * from articles');
    expect(articles.filter((a) => a.canonical_url === `${server.origin}/articles/story-1`)).toHaveLength(1);
    const original = articles.find((a) => a.canonical_url === `${server.origin}/articles/story-2`)!;
    const copy = articles.find((a) => a.url.includes('/syndicated/'))!;
    expect(copy).toMatchObject({ site: 'localhost', duplicate_of: original.id, coding_status: 'duplicate' });
    expect(original).toMatchObject({ site: '127.0.0.1', duplicate_of: null });

    const [broken] = query<{ error: string; error_count: number; next_retry_at: string }>(db(), `select * from feeds where url like '%broken%'`);
    expect(broken).toMatchObject({ error_count: 1 });
    expect(broken!.error).toMatch(/not a readable feed/);
    expect(broken!.next_retry_at > new Date().toISOString()).toBe(true);

    const summit = query<Record<string, unknown>>(db(), `select * from merged_events where source_key = 'KIM'`);
    expect(summit).toEqual([expect.objectContaining({ num_mentions: 2, num_articles: 2, num_sources: 2, date: '2023-09-13' })]);
    const consistent = query<{ bad: number }>(db(), 'select count(*) as bad from merged_events m where num_mentions != (select count(*) from events e where e.merged_event_id = m.id)');
    expect(consistent[0]!.bad).toBe(0);
  });

  it('is idempotent: a second run stores nothing new', async () => {
    const before = query<{ n: number }>(db(), 'select count(*) as n from events')[0]!.n;
    const run = await runCliNow(['ingest', `${server.origin}/feed.xml`, '--db', db(), '--allow-private-hosts', '--host-delay', '0']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/holds 7 articles/);
    expect(query<{ n: number }>(db(), 'select count(*) as n from events')[0]!.n).toBe(before);
  });

  it('exports articles, merged events (GDELT column order) and mentions', async () => {
    const articles = await runCliNow(['export', '--db', db(), '--what', 'articles', '--format', 'jsonl']);
    const rows = articles.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows).toHaveLength(7);
    expect(Object.keys(rows[0]!)).toEqual(expect.arrayContaining(['id', 'url', 'canonical_url', 'title', 'published', 'language', 'site', 'duplicate_of']));
    const events = await runCliNow(['export', '--db', db(), '--what', 'events', '--format', 'csv']);
    const [header, ...lines] = events.stdout.trim().split('\r\n');
    expect(header!.split(',').slice(0, 6)).toEqual(['GlobalEventID', 'Day', 'MonthYear', 'Year', 'FractionDate', 'Actor1Code']);
    expect(header).toContain('NumMentions,NumSources,NumArticles');
    expect(lines.some((line) => line.includes(',20230913,') && line.includes(',2,2,2,'))).toBe(true);
    const mentions = await runCliNow(['export', '--db', db(), '--what', 'mentions', '--format', 'csv']);
    expect(mentions.stdout.split('\r\n')[0]).toMatch(/^mention_id,event_id,article_id,url,site/);
    const geo = await runCliNow(['export', '--db', db(), '--what', 'events', '--format', 'geojson']);
    expect(JSON.parse(geo.stdout)).toEqual({ type: 'FeatureCollection', features: [] });
    expect((await runCliNow(['export', '--db', db(), '--what', 'articles', '--format', 'geojson'])).code).toBe(2);
  });

  it('refuses private hosts without --allow-private-hosts', async () => {
    const run = await runCliNow(['ingest', `${server.origin}/feed.xml`, '--db', join(dir, 'strict.db'), '--host-delay', '0']);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('"code":"blocked_address"');
    expect(run.stderr).toMatch(/holds 0 articles/);
  });

  it('ingests local files and folders', async () => {
    const folder = join(dir, 'local');
    mkdirSync(folder);
    writeFileSync(join(folder, 'note.txt'), 'Kim met Putin at the cosmodrome on Wednesday, state media said.');
    writeFileSync(join(folder, 'page.html'), newsPage(stories[2]!, 'https://wire.example/story-3'));
    writeFileSync(join(folder, 'russian.txt'), 'Президент России Владимир Путин встретился с лидером КНДР Ким Чен Ыном на космодроме Восточный в среду.');
    writeFileSync(join(folder, 'more.jsonl'), `${JSON.stringify({ id: 'j1', text: 'Lavrov met Choe in Moscow on Monday to prepare the visit.', published: '2023-09-11', url: 'https://other.example/j1?utm_source=x' })}\n`);
    const file = join(dir, 'local.db');
    const run = await runCliNow(['ingest', folder, join(dir, 'missing.txt'), '--db', file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('"event":"source_failed"');
    expect(run.stderr).toMatch(/holds 4 articles \(coded 3, duplicates 0, other languages 1\)/);
    const rows = query<Record<string, unknown>>(file, 'select article_key, canonical_url, site, language, coding_status from articles order by article_key');
    expect(rows).toEqual([
      { article_key: 'j1', canonical_url: 'https://other.example/j1', site: 'other.example', language: 'en', coding_status: 'coded' },
      { article_key: 'note', canonical_url: null, site: null, language: 'en', coding_status: 'coded' },
      { article_key: 'page', canonical_url: 'https://wire.example/story-3', site: 'wire.example', language: 'en', coding_status: 'coded' },
      { article_key: 'russian', canonical_url: null, site: null, language: 'ru', coding_status: 'language' },
    ]);
    expect(query(file, `select count(*) as n from events e join articles a on a.id = e.article_id where a.article_key = 'russian'`)).toEqual([{ n: 0 }]);
  });

  it('reports usage errors', async () => {
    expect((await runCliNow(['ingest', 'x'])).code).toBe(2);
    expect((await runCliNow(['watch', '--feeds', 'f.opml', '--db', 'x.db', '--every', 'soon'])).code).toBe(2);
    expect((await runCliNow(['export', '--db', join(dir, 'nope.db')])).code).toBe(1);
  });
});
