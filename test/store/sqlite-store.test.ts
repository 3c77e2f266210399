import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/article.js';
import type { CodedArticle } from '../../src/core/coded-event.js';
import { contentHash } from '../../src/store/content-hash.js';
import { MIGRATIONS } from '../../src/store/migrations/index.js';
import { openSqliteStore } from '../../src/store/open-sqlite-store.js';
import type { Store } from '../../src/store/store.js';
import { fakeCoder, makeEvent } from './fake-coder.js';

let dir: string;
let file: string;
let store: Store;
const coder = fakeCoder();
const options = { pipelineVersion: '{"sitrep":"test"}', now: () => new Date('2026-01-02T03:04:05.000Z') };
const article: Article = {
  id: 'summit',
  text: 'Kim met Putin at the cosmodrome. Lavrov met Choe in Moscow. Nothing else.',
  title: 'Summit',
  url: 'https://example.org/summit',
  published: '2023-09-13',
};

/** Counts of rows per table, read straight from the file. */
function counts(path = file) {
  const db = new SqliteDatabase(path, { readonly: true });
  try {
    const count = (table: string) => (db.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n;
    return { articles: count('articles'), events: count('events'), actors: count('actors') };
  } finally {
    db.close();
  }
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(async (context) => {
  file = join(dir, `${context.task.id}.db`);
  store = await openSqliteStore(file, options);
});
afterEach(async () => {
  await store.close();
});

describe('openSqliteStore', () => {
  it('creates the schema with WAL journal and enforced foreign keys', async () => {
    const db = new SqliteDatabase(file);
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const tables = db.prepare(`select name from sqlite_master where type = 'table' order by name`).pluck().all();
      expect(tables).toEqual(expect.arrayContaining(['actors', 'articles', 'events', 'kysely_migration']));
      const migrations = db.prepare('select name from kysely_migration').pluck().all();
      expect(migrations).toEqual(Object.keys(MIGRATIONS));
    } finally {
      db.close();
    }
  });

  it('opens an existing database without running migrations again', async () => {
    await store.saveCodedArticle(article, coder.code(article));
    await store.close();
    store = await openSqliteStore(file, options);
    expect(counts()).toEqual({ articles: 1, events: 2, actors: 4 });
  });

  it('reports a file that is not a database', async () => {
    const bad = join(dir, 'not-a-db.db');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(bad, 'just some text, long enough to fill a header of a hundred bytes or so. '.repeat(3));
    await expect(openSqliteStore(bad, options)).rejects.toThrow(/file is not a database/);
  });
});

describe('saveCodedArticle', () => {
  it('stores the article, its events and its actors', async () => {
    const coded = coder.code(article);
    const result = await store.saveCodedArticle(article, coded);
    expect(result.stored).toBe(true);
    const db = new SqliteDatabase(file, { readonly: true });
    try {
      expect(db.prepare('select * from articles').all()).toEqual([
        {
          id: result.id,
          article_key: 'summit',
          url: 'https://example.org/summit',
          title: 'Summit',
          published: '2023-09-13',
          content_hash: contentHash(article.text),
          text: article.text,
          coded_at: '2026-01-02T03:04:05.000Z',
          pipeline_version: '{"sitrep":"test"}',
          canonical_url: null,
          site: null,
          language: null,
          byline: null,
          minhash: null,
          duplicate_of: null,
          coding_status: 'coded',
        },
      ]);
      const events = db.prepare('select * from events order by id').all() as Record<string, unknown>[];
      expect(events).toHaveLength(2);
      expect(events[1]).toMatchObject({
        article_id: result.id,
        sentence_index: 1,
        sentence: 'Lavrov met Choe in Moscow.',
        source_code: 'LAV',
        source_text: 'Lavrov',
        source_start: article.text.indexOf('Lavrov'),
        target_text: 'Choe',
        target_end: article.text.indexOf('Choe') + 4,
        cameo: '042',
        plover_event: 'CONSULT',
        quad_class: 1,
        goldstein: 1.9,
        modality: 'asserted',
        location_json: null,
        quotes_json: JSON.stringify(coded.events[1]!.quotes),
        verb_start: article.text.indexOf('met Choe'),
      });
      const actors = db.prepare('select code, text, text_start, text_end from actors order by id').all();
      expect(actors).toContainEqual({ code: 'KIM', text: 'Kim', text_start: 0, text_end: 3 });
    } finally {
      db.close();
    }
  });

  it('stores an event without a target, with a location', async () => {
    const location = { name: 'Moscow', geonameid: 524901, lat: 55.75, lon: 37.62, country: 'RUS', precision: 'city' as const, basis: 'sentence' as const };
    const coded: CodedArticle = {
      id: article.id,
      published: article.published,
      actors: [],
      quotes: [],
      events: [makeEvent({ target: null, location })],
    };
    await store.saveCodedArticle(article, coded);
    const db = new SqliteDatabase(file, { readonly: true });
    try {
      const row = db.prepare('select target_code, target_start, location_json from events').get();
      expect(row).toEqual({ target_code: null, target_start: null, location_json: JSON.stringify(location) });
    } finally {
      db.close();
    }
  });

  it('keeps one copy of an article coded twice', async () => {
    const first = await store.saveCodedArticle(article, coder.code(article));
    const second = await store.saveCodedArticle(article, coder.code(article));
    const renamed = await store.saveCodedArticle({ ...article, id: 'other-name' }, coder.code(article));
    expect(first.stored).toBe(true);
    expect(second).toEqual({ stored: false, id: first.id });
    expect(renamed).toEqual({ stored: false, id: first.id });
    expect(counts()).toEqual({ articles: 1, events: 2, actors: 4 });
  });

  it('stores many events in several statements', async () => {
    const events = Array.from({ length: 450 }, (_, index) => makeEvent({ sentence_index: index }));
    await store.saveCodedArticle(article, { id: article.id, published: article.published, actors: [], quotes: [], events });
    expect(counts().events).toBe(450);
  });

  it('rolls back the whole article when one row fails', async () => {
    const other: Article = { ...article, id: 'other', text: 'A different text.' };
    await store.saveCodedArticle(other, coder.code(other));
    const events = [...Array.from({ length: 250 }, () => makeEvent()), makeEvent({ quad_class: 7 as 1 })];
    const coded: CodedArticle = { id: article.id, published: article.published, actors: [], quotes: [], events };
    await expect(store.saveCodedArticle(article, coded)).rejects.toThrow(/CHECK constraint failed/);
    expect(counts()).toEqual({ articles: 1, events: 0, actors: 0 });
    // The store is still usable and the article can be stored once the coder is fixed.
    expect((await store.saveCodedArticle(article, coder.code(article))).stored).toBe(true);
    expect(counts()).toEqual({ articles: 2, events: 2, actors: 4 });
  });
});

describe('createSqliteDialect', () => {
  it('turns on foreign keys, WAL and a busy timeout on its connection', async () => {
    const { Kysely, sql } = await import('kysely');
    const { createSqliteDialect } = await import('../../src/store/sqlite-dialect.js');
    const db = new Kysely<unknown>({ dialect: createSqliteDialect(join(dir, 'pragmas.db')) });
    try {
      const pragma = async (name: string) => Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] as object)[0];
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('busy_timeout')).toBe(5000);
    } finally {
      await db.destroy();
    }
  });
});
