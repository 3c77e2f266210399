import { SqliteAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * What migration 0100 gives SQLite only, for PostgreSQL's read side (`sitrep serve`): the location of an event as
 * stored generated columns read from `location_json` (`location_lat`, `location_lon` in WGS84 degrees,
 * `location_country`), indexed for the map, bounding boxes and the country filter; and full-text search over the
 * sentences as a generated `tsvector` (configuration `simple`: words as written, lower case, no stemming, as
 * SQLite's unicode61) with a GIN index. Nothing on SQLite.
 */
export const postgresReadSide: Migration = {
  async up(db: Kysely<any>) {
    if (db.getExecutor().adapter instanceof SqliteAdapter) return;
    await sql`alter table events
      add column location_lat double precision generated always as (((location_json::jsonb) ->> 'lat')::double precision) stored,
      add column location_lon double precision generated always as (((location_json::jsonb) ->> 'lon')::double precision) stored,
      add column location_country text generated always as ((location_json::jsonb) ->> 'country') stored,
      add column sentence_tsv tsvector generated always as (to_tsvector('simple', sentence)) stored`.execute(db);
    await sql`create index events_location on events (location_lat, location_lon, goldstein) where location_lat is not null`.execute(db);
    await sql`create index events_country on events (location_country, date, plover_event, quad_class, goldstein) where location_country is not null`.execute(db);
    await sql`create index events_sentence_tsv on events using gin (sentence_tsv)`.execute(db);
  },
};
