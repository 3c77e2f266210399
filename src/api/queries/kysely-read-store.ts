import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../store/schema.js';
import { actorDirectory, searchDirectory, type ActorEntry } from './actor-directory.js';
import type { ApiArticle, ApiDyad, ApiEvent, ApiMention, ApiSpan, ApiTimeline } from '../api-types.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import type { EventFilter, EventSort } from './event-filter.js';
import type { MeasureRow, PointCount } from './event-measures.js';
import { MeasureCache } from './measure-cache.js';
import { EVENT_COLUMNS, parseLocation, toApiEvent, type EventRow, type MergedCounts } from './event-rows.js';
import { dateWhere, filterBranches, filterWhere } from './filter-where.js';
import { InvalidCursorError } from './invalid-cursor-error.js';
import type { ReadEngine } from './read-engine.js';
import type { ReadStore } from './read-store.js';
import { sentenceStart } from './sentence-start.js';

/** How long the actor directory of `searchActors` may lag behind new events, in milliseconds. */
const DIRECTORY_TTL_MS = 60_000;

/** Events a list page first walks in sort order looking for matches (see `listEvents`). */
const WALK_BUDGET = 25_000;

type SortColumn = 'date' | 'goldstein' | 'confidence' | 'id';

/** The index of each sort order (migration 0100); `id` is the table's own order. */
const SORT_INDEXES: Record<Exclude<SortColumn, 'id'>, string> = {
  date: 'events_date_id',
  goldstein: 'events_goldstein_id',
  confidence: 'events_confidence_id',
};

/** Mentions shown with an event (`GET /events/:id`), at most. */
const DETAIL_MENTIONS = 100;

/** Events listed with an article (`GET /articles/:id`), at most. */
const ARTICLE_EVENTS = 500;

/** Location points whose names `places` looks up per query, at most. */
const NAME_BATCH = 400;

export interface KyselyReadStoreOptions {
  /**
   * Answer the aggregates (timeline, dyads, places) from an in-memory column copy of the events
   * (`EventMeasures`, about 70 MB per million events, read in about 5 s) instead of SQL. Default true; false answers them in SQL,
   * which needs no memory but takes a few hundred milliseconds over a million events.
   */
  memoryIndex?: boolean;
}

/**
 * A `ReadStore` over the store's schema on SQLite or PostgreSQL (`engine` says which: full text, index hints,
 * change detection), one row of `events` per mention. SQLite has covering indexes, FTS5 and location columns
 * from migration 0100; PostgreSQL its location columns and `tsvector` from 0203.
 */
export function createKyselyReadStore(db: Kysely<Database>, engine: ReadEngine, options: KyselyReadStoreOptions = {}): ReadStore {
  const rows = async <T>(query: RawBuilder<T>): Promise<T[]> => (await query.execute(db)).rows;
  const cache = options.memoryIndex === false ? null : new MeasureCache({
    dataVersion: async () => Number((await rows(engine.dataVersion()))[0]!.v),
    countUpTo: async (lastId) => Number((await rows(engine.countUpTo(lastId)))[0]!.n),
    rowsAfter: (afterId, limit) =>
      rows(sql<MeasureRow>`select id, date, source_code, target_code, plover_event, quad_class, modality, cameo, goldstein,
        location_lat, location_lon, location_country, merged_event_id from events where id > ${afterId} order by id limit ${limit}`),
  });
  /** The ids the full-text search finds for the filter's `q` (ascending), or null without `q`. */
  const textMatches = async (filter: EventFilter): Promise<number[] | null> => {
    if (filter.q === undefined) return null;
    const query = engine.textIds(filter.q);
    return query === null ? [] : (await rows(query)).map((row) => row.id);
  };
  /** The API form of event rows, with the counts of their merged events (one query for the lot). */
  const apiEvents = async (list: readonly EventRow[]): Promise<ApiEvent[]> => {
    const ids = [...new Set(list.map((row) => row.merged_event_id).filter((id) => id !== null))];
    const counts = new Map<number, MergedCounts>();
    if (ids.length > 0) {
      const found = await rows(
        sql<MergedCounts & { id: number }>`select id, num_mentions, num_articles, num_sources from merged_events
          where id in (${sql.join(ids)})`,
      );
      for (const { id, ...merged } of found) counts.set(id, merged);
    }
    return list.map((row) => toApiEvent(row, row.merged_event_id === null ? undefined : counts.get(row.merged_event_id)));
  };
  /** Name and country of each point, from one event located there (looked up once per point, then remembered). */
  const names = new Map<string, { name: string; country: string | null }>();
  const pointNames = async (points: readonly PointCount[]) => {
    const missing = points.filter((point) => !names.has(`${point.lat} ${point.lon}`));
    for (let start = 0; start < missing.length; start += NAME_BATCH) {
      const batch = missing.slice(start, start + NAME_BATCH);
      const values = sql.join(batch.map((point) => sql`(cast(${point.lat} as double precision), cast(${point.lon} as double precision))`));
      const found = await rows(
        sql<{ lat: number; lon: number; location_json: string }>`with p(lat, lon) as (values ${values})
          select lat, lon, (select location_json from events where location_lat = p.lat and location_lon = p.lon limit 1)
          as location_json from p`,
      );
      for (const row of found) names.set(`${row.lat} ${row.lon}`, placeName(row.location_json));
    }
    return points.map((point) => names.get(`${point.lat} ${point.lon}`) ?? { name: '', country: null });
  };
  let directory: { lastId: number; at: number; entries: Promise<ActorEntry[]> } | null = null;
  /** Every actor with its names and counts: one scan of the table, cached until new events and a minute pass. */
  const actors = async (): Promise<ActorEntry[]> => {
    const [last] = await rows(sql<{ id: number | null }>`select max(id) as id from events`);
    const lastId = last?.id ?? 0;
    const fresh = directory !== null && (directory.lastId === lastId || Date.now() - directory.at < DIRECTORY_TTL_MS);
    if (!fresh) {
      const side = (code: string, name: string) =>
        sql`select ${sql.ref(code)} as code, ${sql.ref(name)} as name, cast(count(*) as integer) as n from events
          where ${sql.ref(code)} is not null group by 1, 2`;
      const entries = rows(sql<{ code: string; name: string; n: number }>`${side('source_code', 'source_name')} union all ${side('target_code', 'target_name')}`).then(actorDirectory);
      directory = { lastId, at: Date.now(), entries };
      entries.catch(() => (directory = null));
    }
    return directory!.entries;
  };
  return {
    async listEvents(filter, page) {
      const { column, desc } = sortOf(page.sort);
      const dir = desc ? sql`desc` : sql`asc`;
      const order = column === 'id' ? sql`id ${dir}` : sql`${sql.ref(column)} ${dir}, id ${dir}`;
      const after = page.cursor === undefined ? sql`true` : keyset(page.sort, page.cursor);
      const where = filterWhere(filter, engine);
      const limit = page.limit + 1;
      // SQLite's planner tends to collect every match of an indexed filter, then sort. When matches are common,
      // walking the sort order and stopping at the page's end is far cheaper: try that first, over a bounded
      // number of events, and fall back to the planner's way when the page is not full by then.
      let found: EventRow[] = [];
      if (Object.keys(filter).length > 0) {
        found = await rows(
          sql<EventRow>`select ${EVENT_COLUMNS} from (select * from ${engine.table(sortIndex(column))} where ${after} and
            ${dateWhere(filter)} order by ${order} limit ${WALK_BUDGET}) as walk where ${filterWhere(filter, engine, 'walk')}
            limit ${limit}`,
        );
      }
      if (found.length < limit) {
        found = await rows(
          sql<EventRow>`select ${EVENT_COLUMNS} from events where ${where} and ${after} order by ${order} limit ${limit}`,
        );
      }
      const items = found.slice(0, page.limit);
      const last = items.at(-1);
      const more = found.length > page.limit && last !== undefined;
      return {
        items: await apiEvents(items),
        next_cursor: more ? encodeCursor({ value: last[column as keyof EventRow] as string | number, id: last.id }) : null,
      };
    },

    async getEvent(id) {
      const detail = sql`${EVENT_COLUMNS}, sentence_index, source_start, source_end, target_start, target_end, verb_text,
        verb_start, verb_end, rule, quotes_json`;
      const [event] = await rows(sql<DetailRow>`select ${detail} from events where id = ${id}`);
      if (event === undefined) return null;
      const others = event.merged_event_id === null ? [] : await rows(
        sql<DetailRow>`select ${detail} from events where merged_event_id = ${event.merged_event_id} and id != ${id}
          order by date, id limit ${DETAIL_MENTIONS - 1}`,
      );
      const mentions = [event, ...others];
      const articleIds = [...new Set(mentions.map((mention) => mention.article_id))];
      const articles = new Map(
        (await rows(sql<ArticleRow>`select id, article_key, title, url, published, text, coded_at from articles
          where id in (${sql.join(articleIds)})`)).map((article) => [article.id, article]),
      );
      const [api] = await apiEvents([event]);
      return {
        ...api!,
        mentions: mentions.flatMap((mention) => {
          const article = articles.get(mention.article_id);
          return article === undefined ? [] : [toMention(mention, article)];
        }),
      };
    },

    async getArticle(id) {
      // By id, else by the key the input gave it (the newest article of that key).
      const [article] = await rows(
        sql<ArticleRow>`select id, article_key, title, url, published, text, coded_at from articles
          where id = ${id} or article_key = ${id} order by id = ${id} desc, coded_at desc limit 1`,
      );
      if (article === undefined) return null;
      const events = await rows(
        sql<EventRow>`select ${EVENT_COLUMNS} from events where article_id = ${article.id}
          order by sentence_index, id limit ${ARTICLE_EVENTS}`,
      );
      const result: ApiArticle = {
        id: article.id,
        key: article.article_key,
        title: article.title,
        url: article.url,
        published: article.published,
        text: article.text,
        coded_at: article.coded_at,
        events: await apiEvents(events),
      };
      return result;
    },

    async searchActors(q, limit) {
      return searchDirectory(await actors(), q, limit);
    },

    async timeline(filter, by, interval) {
      if (cache) {
        const measures = await cache.current();
        return { by, interval, buckets: measures.timeline(measures.select(filter, await textMatches(filter)), by, interval) };
      }
      const period = interval === 'day' ? sql`date` : sql`substr(date, 1, 7)`;
      const key = by === 'plover' ? sql`plover_event` : sql`cast(quad_class as text)`;
      const buckets = await rows(
        sql<ApiTimeline['buckets'][number]>`select ${period} as date, ${key} as key, cast(count(*) as integer) as count,
          avg(goldstein) as mean_goldstein from ${matching(engine, filter, sql`date, plover_event, quad_class, goldstein`)}
          group by 1, 2 order by 1, 2`,
      );
      return { by, interval, buckets };
    },

    async dyads(filter, level, limit) {
      if (cache) {
        const measures = await cache.current();
        return measures.dyads(measures.select(filter, await textMatches(filter)), level, limit);
      }
      // Pairs of full codes first (in the order of the actor indexes), then, by country, their first three letters.
      const pairs = sql`select source_code, target_code, count(*) as n, sum(goldstein) as total
        from ${matching(engine, filter, sql`source_code, target_code, goldstein`, sql`target_code is not null`)}
        group by 1, 2`;
      const side = (column: string) => (level === 'actor' ? sql.ref(column) : sql`substr(${sql.ref(column)}, 1, 3)`);
      return rows(
        sql<ApiDyad>`select ${side('source_code')} as source, ${side('target_code')} as target, cast(sum(n) as integer) as count,
          sum(total) / sum(n) as mean_goldstein from (${pairs}) as pairs group by 1, 2 order by count desc, 1, 2 limit ${limit}`,
      );
    },

    async places(filter, limit) {
      if (cache) {
        const measures = await cache.current();
        const points = measures.places(measures.select(filter, await textMatches(filter)), limit);
        const names = await pointNames(points);
        return points.map((point, k) => ({ ...point, ...names[k]! }));
      }
      // Group by point over the location index, then read the name and country of the top points only.
      const found = await rows(
        sql<PointCount & { location_json: string }>`
          with points as (
            select location_lat as lat, location_lon as lon, cast(count(*) as integer) as count, avg(goldstein) as mean_goldstein
            from events where location_lat is not null and location_lon is not null and ${filterWhere(filter, engine)}
            group by 1, 2 order by count desc, 1, 2 limit ${limit})
          select lat, lon, count, mean_goldstein, (select location_json from events
            where location_lat = points.lat and location_lon = points.lon limit 1) as location_json
          from points order by count desc, lat, lon`,
      );
      return found.map(({ location_json, ...point }) => ({ ...point, ...placeName(location_json) }));
    },

    async eventsAfter(afterId, filter, limit) {
      const found = await rows(
        sql<EventRow>`select ${EVENT_COLUMNS} from events where id > ${afterId} and ${filterWhere(filter, engine)}
          order by id limit ${limit}`,
      );
      return apiEvents(found);
    },

    async lastEventId() {
      const [row] = await rows(sql<{ id: number | null }>`select max(id) as id from events`);
      return row?.id ?? 0;
    },

    async warm() {
      await cache?.current();
    },

    async close() {
      await db.destroy();
    },
  };
}

/** The events matching `filter` (and `also`) as a derived table of `columns`, one `union all` branch per index. */
function matching(engine: ReadEngine, filter: EventFilter, columns: RawBuilder<unknown>, also: RawBuilder<unknown> = sql`true`): RawBuilder<unknown> {
  const branches = filterBranches(filter, engine).map(({ where, index }) => {
    const from = engine.table(index);
    return sql`select ${columns} from ${from} where ${where} and ${also}`;
  });
  return sql`(${sql.join(branches, sql` union all `)}) as matching`;
}

/** The index that holds the events in a sort order (migration 0100), none for the table's own id order. */
function sortIndex(column: SortColumn): string | undefined {
  return column === 'id' ? undefined : SORT_INDEXES[column];
}

function sortOf(sort: EventSort): { column: SortColumn; desc: boolean } {
  const desc = sort.startsWith('-');
  return { column: (desc ? sort.slice(1) : sort) as SortColumn, desc };
}

/** The condition "after the cursor" in the sort order. */
function keyset(sort: EventSort, text: string): RawBuilder<unknown> {
  const cursor = decodeCursor(text);
  const { column, desc } = sortOf(sort);
  const expected = column === 'date' ? 'string' : 'number';
  if (cursor === null || typeof cursor.value !== expected) throw new InvalidCursorError();
  const op = desc ? sql`<` : sql`>`;
  if (column === 'id') return sql`id ${op} ${cursor.id}`;
  return sql`(${sql.ref(column)}, id) ${op} (${cursor.value}, ${cursor.id})`;
}

interface ArticleRow {
  id: string;
  article_key: string;
  title: string | null;
  url: string | null;
  published: string;
  text: string;
  coded_at: string;
}

interface DetailRow extends EventRow {
  sentence_index: number;
  source_start: number;
  source_end: number;
  target_start: number | null;
  target_end: number | null;
  verb_text: string;
  verb_start: number;
  verb_end: number;
  rule: string;
  quotes_json: string;
}

/** One mention with its article, sentence and highlighted spans. */
function toMention(row: DetailRow, article: ArticleRow): ApiMention {
  const spans: ApiSpan[] = [
    { role: 'source', text: row.source_text, start: row.source_start, end: row.source_end },
    { role: 'verb', text: row.verb_text, start: row.verb_start, end: row.verb_end },
  ];
  if (row.target_text !== null && row.target_start !== null && row.target_end !== null) {
    spans.push({ role: 'target', text: row.target_text, start: row.target_start, end: row.target_end });
  }
  const quotes = (JSON.parse(row.quotes_json) as { text: string; speaker: string | null }[]).map((quote) => ({
    text: quote.text,
    speaker: quote.speaker,
  }));
  return {
    id: row.id,
    article: { id: article.id, key: article.article_key, title: article.title, url: article.url, published: article.published },
    sentence_index: row.sentence_index,
    sentence: row.sentence,
    sentence_start: sentenceStart(article.text, row.sentence, row.verb_start, row.verb_end),
    spans,
    rule: row.rule,
    quotes,
  };
}

/** Name and country of a place from an event's `location_json` (empty name when it has none). */
function placeName(json: string | null): { name: string; country: string | null } {
  const location = parseLocation(json);
  return { name: location?.name ?? '', country: location?.country ?? null };
}
