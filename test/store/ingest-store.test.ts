import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.js';
import type { CodedArticle, CodedEvent } from '../../src/core/coded-event.js';
import { contentHash } from '../../src/store/content-hash.js';
import type { ArticleSourceInfo } from '../../src/store/ingest-records.js';
import { mergeActorKey } from '../../src/store/merge-key.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store } from '../../src/store/store.js';
import { testEngines } from '../helpers/postgres-cluster.js';
import { makeEvent } from './fake-coder.js';

// The same tests run on each engine the store supports: SQLite always, PostgreSQL when its server programs are
// installed (a throwaway cluster; a new database per test).
const { engines, createDatabase } = testEngines('store tests');
let databases = 0;

let dir: string;
let store: Store;
let clock = new Date('2026-01-02T03:00:00.000Z');

const source = (site: string, extra: Partial<ArticleSourceInfo> = {}): ArticleSourceInfo => ({
  canonicalUrl: `https://${site}/story`,
  site,
  language: 'en',
  byline: null,
  minhash: null,
  duplicateOf: null,
  codingStatus: 'coded',
  ...extra,
});
let counter = 0;
function article(text = `Story number ${++counter}.`): Article {
  return { id: `a${counter}`, text, url: `https://x.example/${counter}`, published: '2023-09-13' };
}
function coded(a: Article, events: Partial<CodedEvent>[]): CodedArticle {
  return { id: a.id, published: a.published, actors: [], quotes: [], events: events.map((e) => makeEvent({ article_id: a.id, ...e })) };
}
async function save(a: Article, info: ArticleSourceInfo, codedArticle: CodedArticle | null) {
  return (await store.saveIngestedArticles([{ article: a, source: info, coded: codedArticle }]))[0]!;
}
async function all(what: 'articles' | 'events' | 'mentions') {
  const rows: Record<string, unknown>[] = [];
  for await (const row of store.exportRows(what)) rows.push(row);
  return rows;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-ingest-store-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.each(engines)('on %s', (engine) => {
  beforeEach(async (context) => {
    clock = new Date('2026-01-02T03:00:00.000Z');
    const target = engine === 'sqlite'
      ? join(dir, `${context.task.id}.db`)
      : await createDatabase(`test_${++databases}`);
    store = await openStore(target, { pipelineVersion: '{}', now: () => clock });
  });
  afterEach(async () => store.close());

  describe('merged events', () => {
    it('merges mentions of one happening across articles and sites, GDELT style', async () => {
      const a = article();
      const b = article();
      const c = article();
      await save(a, source('one.example'), coded(a, [{}, { sentence_index: 3 }]));
      clock = new Date('2026-01-02T04:00:00.000Z');
      await save(b, source('two.example'), coded(b, [{ date: '2023-09-14', source: { ...makeEvent().source, code: 'PRKMIL' } }]));
      await save(c, source('two.example'), coded(c, [{ date: '2023-09-12' }]));
      const events = await all('events');
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        source_key: 'PRK',
        target_key: 'RUS',
        plover_event: 'CONSULT',
        date: '2023-09-13',
        num_mentions: 4,
        num_articles: 3,
        num_sources: 2,
        first_seen: '2026-01-02T03:00:00.000Z',
        last_seen: '2026-01-02T04:00:00.000Z',
      });
      const mentions = await all('mentions');
      expect(mentions.map((m) => m.event_id)).toEqual([events[0]!.id, events[0]!.id, events[0]!.id, events[0]!.id]);
      expect(mentions[0]).toMatchObject({ sentence: 'Kim met Putin.', source_start: 0, source_end: 3, site: 'one.example' });
    });

    it('keeps apart other days, dyads, types and places, and leaves negated mentions unmerged', async () => {
      const moscow = { name: 'Moscow', geonameid: 524901, lat: 55.75, lon: 37.62, country: 'RUS', precision: 'city' as const, basis: 'sentence' as const };
      const kyiv = { ...moscow, name: 'Kyiv', geonameid: 703448 };
      const a = article();
      await save(a, source('one.example'), coded(a, [
        { location: moscow },
        { date: '2023-09-15' },
        { target: null },
        { plover: { event: 'ASSAULT', mode: '', context: '' } },
        { location: kyiv },
        { location: null, sentence_index: 9 },
        { modality: 'negated' },
      ]));
      const events = await all('events');
      expect(events).toHaveLength(5);
      expect(events.find((e) => e.place_key === '524901')).toMatchObject({ num_mentions: 2 });
      expect((await all('mentions')).filter((m) => m.event_id === null)).toHaveLength(1);
    });

    it("treats the article's main place as no evidence, and takes a place named in a sentence over it", async () => {
      const moscow = { name: 'Moscow', geonameid: 524901, lat: 55.75, lon: 37.62, country: 'RUS', precision: 'city' as const };
      const kyiv = { name: 'Kyiv', geonameid: 703448, lat: 50.45, lon: 30.52, country: 'UKR', precision: 'city' as const };
      const a = article();
      const b = article();
      await save(a, source('one.example'), coded(a, [{ location: { ...moscow, basis: 'article' } }]));
      await save(b, source('two.example'), coded(b, [{ location: { ...kyiv, basis: 'sentence' } }]));
      const events = await all('events');
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ num_mentions: 2, num_sources: 2, place_key: '703448' });
      expect(JSON.parse(events[0]!.location_json as string)).toMatchObject({ name: 'Kyiv', basis: 'sentence' });
    });

    it('takes a region and a site in it for one place, and keeps the finer', async () => {
      const farEast = { name: 'Russian Far East', geonameid: 2017370, lat: 55, lon: 135, country: 'RUS', precision: 'region' as const, basis: 'sentence' as const };
      const cosmodrome = { name: 'Vostochny Cosmodrome', geonameid: 8504954, lat: 51.88, lon: 128.33, country: 'RUS', precision: 'site' as const, basis: 'sentence' as const };
      const kyiv = { name: 'Kyiv', geonameid: 703448, lat: 50.45, lon: 30.52, country: 'UKR', precision: 'city' as const, basis: 'sentence' as const };
      const a = article();
      const b = article();
      await save(a, source('one.example'), coded(a, [{ location: farEast }]));
      await save(b, source('two.example'), coded(b, [{ location: cosmodrome }, { location: kyiv, sentence_index: 2 }]));
      const events = await all('events');
      expect(events).toHaveLength(2);
      expect(events[0]).toMatchObject({ num_mentions: 2, num_sources: 2, place_key: '8504954', location_json: JSON.stringify(cosmodrome) });
      expect(events[1]).toMatchObject({ num_mentions: 1, place_key: '703448' });
    });

    it('keys actors at country or IGO level', () => {
      expect([mergeActorKey('PRKGOV'), mergeActorKey('IGOUNO'), mergeActorKey('IGONATMIL'), mergeActorKey('COP'), mergeActorKey(null)]).toEqual(['PRK', 'IGOUNO', 'IGONAT', 'COP', '']);
    });

    it('merges events coded by sitrep code --db too, each article its own source', async () => {
      const a = article();
      const b = article();
      await store.saveCodedArticle(a, coded(a, [{}]));
      await store.saveCodedArticle(b, coded(b, [{}]));
      expect(await all('events')).toMatchObject([{ num_mentions: 2, num_articles: 2, num_sources: 2 }]);
    });
  });

  describe('articles and duplicates', () => {
    it('stores source information and finds duplicates by text, URL and band', async () => {
      const a = article('The first copy of the story.');
      const saved = await save(a, source('one.example', { byline: 'Jane', minhash: { hex: 'ab'.repeat(4), bands: ['0:1', '1:2'] } }), null);
      const lookup = await store.findDuplicates(contentHash(a.text), 'https://one.example/story', ['1:2', '5:5']);
      expect(lookup).toEqual({ sameText: saved.id, sameUrl: saved.id, candidates: [{ id: saved.id, minhash: 'ab'.repeat(4) }] });
      const b = article('A lightly edited copy.');
      await save(b, source('two.example', { duplicateOf: saved.id, codingStatus: 'duplicate' }), null);
      expect(await all('articles')).toEqual(expect.arrayContaining([
        expect.objectContaining({ site: 'two.example', duplicate_of: saved.id, coding_status: 'duplicate' }),
        expect.objectContaining({ site: 'one.example', byline: 'Jane', language: 'en', canonical_url: 'https://one.example/story' }),
      ]));
      expect(await store.findDuplicates('0'.repeat(64), null, [])).toEqual({ sameText: null, sameUrl: null, candidates: [] });
    });
  });

  describe('saveIngestedArticles', () => {
    it('saves several articles and completes their jobs in one transaction, or nothing', async () => {
      await store.enqueueJobs([1, 2, 3].map((n) => ({ kind: 'code', key: `k${n}`, payload: {} })));
      const jobs = await store.claimJobs(['code'], 60_000, 3);
      const a = article();
      const b = article();
      const results = await store.saveIngestedArticles([
        { article: a, source: source('one.example'), coded: coded(a, [{}]), jobId: jobs[0]!.id },
        { article: b, source: source('two.example'), coded: coded(b, [{}]), jobId: jobs[1]!.id },
        { jobId: jobs[2]!.id },
      ]);
      expect(results.map((r) => r.stored)).toEqual([true, true]);
      expect(await store.countJobs('code')).toEqual({ done: 3 });
      expect(await all('events')).toMatchObject([{ num_mentions: 2, num_sources: 2 }]);
      const c = article();
      const broken = coded(c, [{ quad_class: 9 as 1 }]);
      await expect(store.saveIngestedArticles([{ article: article(), source: source('x.example'), coded: null }, { article: c, source: source('y.example'), coded: broken }])).rejects.toThrow();
      expect(await store.countArticles()).toEqual({ coded: 2 });
    });
  });

  describe('job queue', () => {
    it('queues each key once, claims in order, and completes with follow-up jobs atomically', async () => {
      expect(await store.enqueueJobs([{ kind: 'url', key: 'u1', payload: { url: 'u1' } }, { kind: 'url', key: 'u1', payload: {} }, { kind: 'url', key: 'u2', payload: {} }])).toBe(2);
      const first = (await store.claimJobs(['url'], 60_000))[0] ?? null;
      expect(first).toMatchObject({ kind: 'url', key: 'u1', payload: { url: 'u1' }, attempts: 1 });
      await store.completeJob(first!.id, [{ kind: 'code', key: 'h1', payload: { text: 'x' } }]);
      expect(await store.countJobs()).toEqual({ done: 1, queued: 2 });
      expect(((await store.claimJobs(['code'], 60_000))[0] ?? null)?.key).toBe('h1');
    });

    it('retries after a failure, gives up when told, and takes back expired leases', async () => {
      await store.enqueueJobs([{ kind: 'url', key: 'u1', payload: {} }]);
      const job = (await store.claimJobs(['url'], 1_000))[0] ?? null;
      await store.failJob(job!.id, 'boom', '2026-01-02T03:10:00.000Z');
      expect((await store.claimJobs(['url'], 1_000))[0] ?? null).toBeNull();
      expect(await store.nextJobTime()).toBe('2026-01-02T03:10:00.000Z');
      clock = new Date('2026-01-02T03:11:00.000Z');
      const again = (await store.claimJobs(['url'], 1_000))[0] ?? null;
      expect(again?.attempts).toBe(2);
      clock = new Date('2026-01-02T03:12:00.000Z');
      const stolen = (await store.claimJobs(['url'], 1_000))[0] ?? null;
      expect(stolen?.id).toBe(job!.id);
      await store.failJob(stolen!.id, 'gave up', null);
      expect(await store.countJobs('url')).toEqual({ failed: 1 });
      expect(await store.enqueueJobs([{ kind: 'url', key: 'u1', payload: {} }], { requeueFinished: true })).toBe(1);
    });

    it('claims several jobs at once, each once', async () => {
      await store.enqueueJobs([1, 2, 3].map((n) => ({ kind: 'code', key: `h${n}`, payload: n })));
      const [first, second] = await Promise.all([store.claimJobs(['code'], 60_000, 2), store.claimJobs(['code'], 60_000, 2)]);
      const third = await store.claimJobs(['code'], 60_000, 2);
      const keys = [...first!, ...second!, ...third].map((job) => job.key);
      expect(keys.sort()).toEqual(['h1', 'h2', 'h3']);
    });

    it('recovers jobs left running by a killed process', async () => {
      await store.enqueueJobs([{ kind: 'code', key: 'h', payload: {} }]);
      (await store.claimJobs(['code'], 600_000))[0] ?? null;
      expect(await store.recoverJobs()).toBe(1);
      expect((await store.claimJobs(['code'], 600_000))[0] ?? null).not.toBeNull();
    });
  });

  describe('feeds', () => {
    it('adds feeds once and records fetches and failures with back-off', async () => {
      const [feed] = await store.addFeeds([{ url: 'https://f.example/rss', title: 'F', ignoreRobots: true }]);
      expect(await store.addFeeds([{ url: 'https://f.example/rss', ignoreRobots: true }])).toEqual([feed]);
      expect(feed).toMatchObject({ url: 'https://f.example/rss', title: 'F', ignoreRobots: true, errorCount: 0 });
      await store.recordFeedFailed(feed!.id, 'timeout', '2026-01-02T03:05:00.000Z');
      await store.recordFeedFailed(feed!.id, 'timeout again', '2026-01-02T03:15:00.000Z');
      expect(await store.getFeed(feed!.id)).toMatchObject({ error: 'timeout again', errorCount: 2, nextRetryAt: '2026-01-02T03:15:00.000Z' });
      const queued = await store.recordFeedFetched(feed!.id, { status: 200, etag: '"e"', lastModified: null, title: 'Feed' }, [{ kind: 'url', key: 'https://f.example/1', payload: {} }]);
      expect(queued).toBe(1);
      expect(await store.getFeed(feed!.id)).toMatchObject({ error: null, errorCount: 0, nextRetryAt: null, etag: '"e"', title: 'Feed' });
    });
  });
});
