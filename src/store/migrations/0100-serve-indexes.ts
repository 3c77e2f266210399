import { SqliteAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * Read-side indexes for `sitrep serve` (src/api/queries/). Covering indexes (the measures of an event with its
 * date, type and actors) let the timeline and dyad aggregates over a million events scan indexes, not rows.
 * On SQLite also:
 * - full-text search over the sentences: FTS5 table `events_fts` (external content, kept in step by triggers);
 * - `location_lat`, `location_lon`, `location_country`: virtual generated columns read from `location_json`
 *   (nothing stored), indexed for the map, bounding boxes and the country filter.
 * PostgreSQL gets the portable indexes only.
 */
export const serveIndexes: Migration = {
  async up(db: Kysely<any>) {
    const index = (name: string, columns: string[]) => db.schema.createIndex(name).on('events').columns(columns).execute();
    const measures = ['date', 'plover_event', 'quad_class', 'goldstein'];
    // Keyset pagination in each sort order of GET /events.
    await index('events_date_id', ['date', 'id']);
    await index('events_goldstein_id', ['goldstein', 'id']);
    await index('events_confidence_id', ['confidence', 'id']);
    await index('events_by_date', [...measures, 'source_code', 'target_code']);
    await index('events_by_plover', ['plover_event', 'date', 'quad_class', 'goldstein', 'source_code', 'target_code']);
    // Actor first, then date: actor filters of the aggregates (rows come grouped by actor, then sorted by date).
    await index('events_by_source', ['source_code', ...measures, 'target_code']);
    await index('events_by_target', ['target_code', ...measures, 'source_code']);
    // By id: the aggregates of a full-text search look up these narrow entries, not the wide rows.
    await index('events_by_id', ['id', ...measures, 'source_code', 'target_code']);
    // Actor pairs in order: the dyads grouped without sorting.
    await index('events_dyad', ['source_code', 'target_code', 'goldstein']);
    if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;

    await sql`create virtual table events_fts using fts5(sentence, content='events', content_rowid='id', tokenize='unicode61 remove_diacritics 2')`.execute(db);
    await sql`create trigger events_fts_insert after insert on events begin
      insert into events_fts(rowid, sentence) values (new.id, new.sentence);
    end`.execute(db);
    await sql`create trigger events_fts_delete after delete on events begin
      insert into events_fts(events_fts, rowid, sentence) values ('delete', old.id, old.sentence);
    end`.execute(db);
    await sql`create trigger events_fts_update after update of sentence on events begin
      insert into events_fts(events_fts, rowid, sentence) values ('delete', old.id, old.sentence);
      insert into events_fts(rowid, sentence) values (new.id, new.sentence);
    end`.execute(db);
    await sql`insert into events_fts(events_fts) values ('rebuild')`.execute(db);

    for (const [column, type, path] of [['location_lat', 'real', '$.lat'], ['location_lon', 'real', '$.lon'], ['location_country', 'text', '$.country']] as const) {
      await db.schema
        .alterTable('events')
        .addColumn(column, type, (col) => col.generatedAlwaysAs(sql`json_extract(location_json, ${sql.lit(path)})`))
        .execute();
    }
    await sql`create index events_location on events (location_lat, location_lon, goldstein) where location_lat is not null`.execute(db);
    await sql`create index events_country on events (location_country, date, plover_event, quad_class, goldstein) where location_country is not null`.execute(db);
  },
};
