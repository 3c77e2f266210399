import type { Kysely, Migration } from 'kysely';
import { serialKey } from './serial-key.js';

/**
 * Merged events, as GDELT's Events table: the mentions (rows of `events`, one per coded sentence) of one
 * happening across articles point at one `merged_events` row through `events.merged_event_id`.
 * `source_key`/`target_key` are the country-or-IGO level codes that decide the merge ('' for no target),
 * `place_key` the place ('' unknown).
 */
export const mergedEvents: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('merged_events')
      .addColumn('id', 'integer', serialKey(db))
      .addColumn('date', 'text', (col) => col.notNull())
      .addColumn('source_key', 'text', (col) => col.notNull())
      .addColumn('target_key', 'text', (col) => col.notNull())
      .addColumn('plover_event', 'text', (col) => col.notNull())
      .addColumn('place_key', 'text', (col) => col.notNull())
      .addColumn('source_code', 'text', (col) => col.notNull())
      .addColumn('source_name', 'text', (col) => col.notNull())
      .addColumn('target_code', 'text')
      .addColumn('target_name', 'text')
      .addColumn('cameo', 'text', (col) => col.notNull())
      .addColumn('plover_mode', 'text', (col) => col.notNull())
      .addColumn('plover_context', 'text', (col) => col.notNull())
      .addColumn('quad_class', 'integer', (col) => col.notNull())
      .addColumn('goldstein', 'double precision', (col) => col.notNull())
      .addColumn('location_json', 'text')
      .addColumn('num_mentions', 'integer', (col) => col.notNull())
      .addColumn('num_articles', 'integer', (col) => col.notNull())
      .addColumn('num_sources', 'integer', (col) => col.notNull())
      .addColumn('avg_confidence', 'double precision', (col) => col.notNull())
      .addColumn('first_seen', 'text', (col) => col.notNull())
      .addColumn('last_seen', 'text', (col) => col.notNull())
      .execute();
    await db.schema
      .createIndex('merged_events_key')
      .on('merged_events')
      .columns(['source_key', 'target_key', 'plover_event', 'date'])
      .execute();
    await db.schema.createIndex('merged_events_date').on('merged_events').column('date').execute();
    await db.schema
      .alterTable('events')
      .addColumn('merged_event_id', 'integer', (col) => col.references('merged_events.id'))
      .execute();
    await db.schema.createIndex('events_merged_event_id').on('events').column('merged_event_id').execute();
  },
};
