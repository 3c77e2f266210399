import type { Kysely, Migration } from 'kysely';
import { serialKey } from './serial-key.js';

/**
 * Watched feeds (conditional-GET validators, the last error and the back-off) and the job queue that carries
 * work from fetching to coding, so that a crash loses nothing and repeats nothing.
 */
export const feedsAndJobs: Migration = {
  async up(db: Kysely<any>) {
    await db.schema
      .createTable('feeds')
      .addColumn('id', 'integer', serialKey(db))
      .addColumn('url', 'text', (col) => col.notNull().unique())
      .addColumn('title', 'text')
      .addColumn('site_url', 'text')
      .addColumn('ignore_robots', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('etag', 'text')
      .addColumn('last_modified', 'text')
      .addColumn('last_fetched_at', 'text')
      .addColumn('last_status', 'integer')
      .addColumn('error', 'text')
      .addColumn('error_count', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('next_retry_at', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .execute();

    await db.schema
      .createTable('jobs')
      .addColumn('id', 'integer', serialKey(db))
      .addColumn('kind', 'text', (col) => col.notNull())
      .addColumn('key', 'text', (col) => col.notNull())
      .addColumn('payload', 'text', (col) => col.notNull())
      .addColumn('state', 'text', (col) => col.notNull())
      .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('run_after', 'text', (col) => col.notNull())
      .addColumn('locked_until', 'text')
      .addColumn('error', 'text')
      .addColumn('created_at', 'text', (col) => col.notNull())
      .addColumn('updated_at', 'text', (col) => col.notNull())
      .addUniqueConstraint('jobs_kind_key', ['kind', 'key'])
      .execute();
    await db.schema.createIndex('jobs_state_kind_run_after').on('jobs').columns(['state', 'kind', 'run_after']).execute();
  },
};
