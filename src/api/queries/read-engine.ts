import { sql, type RawBuilder } from 'kysely';
import { ftsQuery, tsQuery } from './text-search.js';

/**
 * What the read side says differently to SQLite and to PostgreSQL; all other read SQL is shared
 * (`createKyselyReadStore`). Full text: SQLite's FTS5 table `events_fts` (migration 0100), PostgreSQL's generated
 * `sentence_tsv` column (migration 0203).
 */
export interface ReadEngine {
  name: 'sqlite' | 'postgres';
  /** Condition on `events`: the sentence matches the search as typed (`false` when nothing searchable is left). */
  textMatch(q: string): RawBuilder<unknown>;
  /** The ids of the events whose sentence matches, ascending; null when nothing searchable is left. */
  textIds(q: string): RawBuilder<{ id: number }> | null;
  /** The `events` table, read through `index` where the engine takes index hints. */
  table(index?: string): RawBuilder<unknown>;
  /** A value that changes when events are stored by another connection. */
  dataVersion(): RawBuilder<{ v: number }>;
  /** The number of events with an id up to `lastId`. */
  countUpTo(lastId: number): RawBuilder<{ n: number }>;
}

export const SQLITE_ENGINE: ReadEngine = {
  name: 'sqlite',
  textMatch(q) {
    const match = ftsQuery(q);
    return match === null ? sql`false` : sql`id in (select rowid from events_fts where events_fts match ${match})`;
  },
  textIds(q) {
    const match = ftsQuery(q);
    return match === null ? null : sql<{ id: number }>`select rowid as id from events_fts where events_fts match ${match} order by rowid`;
  },
  table: (index) => (index === undefined ? sql`events` : sql`events indexed by ${sql.ref(index)}`),
  // Changes whenever another connection commits (SQLite's own counter).
  dataVersion: () => sql<{ v: number }>`select data_version as v from pragma_data_version`,
  // All rows minus the few newer ones: SQLite counts a whole table from its page headers (a millisecond for a
  // million rows), while "id <= ?" would visit every row.
  countUpTo: (lastId) => sql<{ n: number }>`select (select count(*) from events) - (select count(*) from events where id > ${lastId}) as n`,
};

export const POSTGRES_ENGINE: ReadEngine = {
  name: 'postgres',
  textMatch(q) {
    const match = tsQuery(q);
    return match === null ? sql`false` : sql`sentence_tsv @@ to_tsquery('simple', ${match})`;
  },
  textIds(q) {
    const match = tsQuery(q);
    return match === null ? null : sql<{ id: number }>`select id from events where sentence_tsv @@ to_tsquery('simple', ${match}) order by id`;
  },
  table: () => sql`events`,
  // Events are only ever added (ids grow), so the newest id tells when there is more to read; a deletion is
  // noticed with the next addition (`countUpTo`).
  dataVersion: () => sql<{ v: number }>`select coalesce(max(id), 0) as v from events`,
  countUpTo: (lastId) => sql<{ n: number }>`select cast(count(*) as integer) as n from events where id <= ${lastId}`,
};
