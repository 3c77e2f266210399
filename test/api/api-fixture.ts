import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createApiServer, type ApiServerOptions } from '../../src/api/create-api-server.js';
import { openReadStore } from '../../src/api/queries/open-read-store.js';
import type { ReadStore } from '../../src/api/queries/read-store.js';
import type { Article } from '../../src/core/article.js';
import type { EventLocation } from '../../src/core/coded-event.js';
import { loadCoder } from '../../src/load-coder.js';
import { openStore } from '../../src/store/open-store.js';
import { makeEvent } from '../store/fake-coder.js';

/** Reports written for these tests, coded by the real coder. */
export const ARTICLES: Article[] = [
  {
    id: 'a1',
    published: '2024-03-01',
    title: 'Summit in Vladivostok',
    url: 'https://example.org/a1',
    text:
      'North Korean leader Kim Jong Un met Russian President Vladimir Putin in Vladivostok. Russian troops attacked ' +
      'Ukrainian positions near Bakhmut, killing at least twelve people. China condemned the missile strike on Ukraine.',
  },
  {
    id: 'a2',
    published: '2024-03-05',
    text:
      'Turkey pledged full support to Ukraine during a phone call. Israel did not attend the meeting hosted by Egypt. ' +
      'Iran threatened to impose new sanctions on Israel. He said the talks may resume.',
  },
  {
    id: 'a3',
    published: '2024-03-09',
    text:
      'Ukrainian President Volodymyr Zelensky met Turkish President Recep Tayyip Erdogan in Ankara. Erdogan said ' +
      'Turkey may send humanitarian aid to Ukraine.',
  },
];

const VOSTOCHNY: EventLocation = { name: 'Vostochny Cosmodrome', geonameid: null, lat: 51.88, lon: 128.33, country: 'RUS', precision: 'site', basis: 'sentence' };
const SUVA: EventLocation = { name: 'Suva', geonameid: null, lat: -18.14, lon: 178.44, country: 'FJI', precision: 'city', basis: 'sentence' };
const SEA_OF_JAPAN: EventLocation = { name: 'Sea of Japan', geonameid: null, lat: 40, lon: 135, country: null, precision: 'sea', basis: 'sentence' };

/** An article whose events carry locations (the places stage is not there yet, so they are made by hand). */
export const LOCATED: Article = {
  id: 'located',
  published: '2024-03-10',
  text: 'Kim met Putin. Kim met Putin again. Pyongyang met Tokyo. Fiji met Tonga.',
};

function locatedEvents() {
  const base = { article_id: 'located', date: '2024-03-10' };
  return [
    makeEvent({ ...base, sentence_index: 0, sentence: 'Kim met Putin.', location: VOSTOCHNY }),
    makeEvent({
      ...base,
      sentence_index: 1,
      sentence: 'Kim met Putin again.',
      location: VOSTOCHNY,
      source: { text: 'Kim', code: 'PRKGOV', name: 'Kim Jong Un', start: 15, end: 18 },
      target: { text: 'Putin', code: 'RUSGOV', name: 'Vladimir Putin', start: 23, end: 28 },
      verb: { text: 'met', start: 19, end: 22 },
    }),
    makeEvent({
      ...base,
      sentence_index: 2,
      sentence: 'Pyongyang met Tokyo.',
      location: SEA_OF_JAPAN,
      cameo: '150',
      cameo_name: 'Show military or police power',
      plover: { event: 'MOBILIZE', mode: '', context: '' },
      quad_class: 4,
      goldstein: -7.2,
      source: { text: 'Pyongyang', code: 'PRKGOV', name: 'North Korea', start: 36, end: 45 },
      target: { text: 'Tokyo', code: 'JPNGOV', name: 'Japan', start: 50, end: 55 },
      verb: { text: 'met', start: 46, end: 49 },
    }),
    makeEvent({
      ...base,
      sentence_index: 3,
      sentence: 'Fiji met Tonga.',
      location: SUVA,
      source: { text: 'Fiji', code: 'FJIGOV', name: 'Fiji', start: 56, end: 60 },
      target: { text: 'Tonga', code: 'TONGOV', name: 'Tonga', start: 65, end: 70 },
      verb: { text: 'met', start: 61, end: 64 },
    }),
  ];
}

/** Stores `articles` (coded by the real coder) in `target` (a SQLite file or a PostgreSQL URL). */
export async function storeArticles(target: string, articles: Article[]): Promise<void> {
  const coder = loadCoder();
  const store = await openStore(target, { pipelineVersion: '{"sitrep":"test"}' });
  try {
    for (const article of articles) await store.saveCodedArticle(article, coder.code(article));
  } finally {
    await store.close();
  }
}

export interface ApiFixture {
  dir: string;
  /** The database: a SQLite file in `dir`, or the PostgreSQL URL given. */
  file: string;
  reads: ReadStore;
  app: FastifyInstance;
  close(): Promise<void>;
}

/**
 * A database of the test reports plus located events, and the API server over it (not listening). The database
 * is a new SQLite file, or the empty PostgreSQL database `postgresUrl`.
 */
export async function makeApiFixture(options: Partial<ApiServerOptions> = {}, postgresUrl?: string): Promise<ApiFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
  const file = postgresUrl ?? join(dir, 'events.db');
  await storeArticles(file, ARTICLES);
  const store = await openStore(file, { pipelineVersion: '{"sitrep":"test"}' });
  await store.saveCodedArticle(LOCATED, { id: 'located', published: LOCATED.published, actors: [], quotes: [], events: locatedEvents() });
  await store.close();
  const reads = await openReadStore(file);
  const app = await createApiServer({ reads, loadCoder, version: 'test', dashboardDir: null, pollMs: 50, ...options });
  return {
    dir,
    file,
    reads,
    app,
    async close() {
      await app.close();
      await reads.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
