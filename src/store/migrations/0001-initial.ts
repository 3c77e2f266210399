import { sql, type Kysely, type Migration } from 'kysely';
import { serialKey } from './serial-key.js';

/** Articles, event mentions and actor mentions. Portable DDL: SQLite now, PostgreSQL through the same code. */
export const initial: Migration = {
  // Migrations see the schema of their own time, not today's `Database`: Kysely's advice is `Kysely<any>`.
  async up(db: Kysely<any>) {
    const serial = serialKey(db);
    await db.schema
      .createTable('articles')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('article_key', 'text', (col) => col.notNull())
      .addColumn('url', 'text')
      .addColumn('title', 'text')
      .addColumn('published', 'text', (col) => col.notNull())
      .addColumn('content_hash', 'text', (col) => col.notNull().unique())
      .addColumn('text', 'text', (col) => col.notNull())
      .addColumn('coded_at', 'text', (col) => col.notNull())
      .addColumn('pipeline_version', 'text', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('articles_article_key').on('articles').column('article_key').execute();
    await db.schema.createIndex('articles_published').on('articles').column('published').execute();

    await db.schema
      .createTable('events')
      .addColumn('id', 'integer', serial)
      .addColumn('article_id', 'text', (col) => col.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('sentence_index', 'integer', (col) => col.notNull())
      .addColumn('sentence', 'text', (col) => col.notNull())
      .addColumn('source_code', 'text', (col) => col.notNull())
      .addColumn('source_name', 'text', (col) => col.notNull())
      .addColumn('source_text', 'text', (col) => col.notNull())
      .addColumn('source_start', 'integer', (col) => col.notNull())
      .addColumn('source_end', 'integer', (col) => col.notNull())
      .addColumn('target_code', 'text')
      .addColumn('target_name', 'text')
      .addColumn('target_text', 'text')
      .addColumn('target_start', 'integer')
      .addColumn('target_end', 'integer')
      .addColumn('cameo', 'text', (col) => col.notNull())
      .addColumn('cameo_name', 'text', (col) => col.notNull())
      .addColumn('plover_event', 'text', (col) => col.notNull())
      .addColumn('plover_mode', 'text', (col) => col.notNull())
      .addColumn('plover_context', 'text', (col) => col.notNull())
      .addColumn('quad_class', 'integer', (col) => col.notNull().check(sql`quad_class between 1 and 4`))
      .addColumn('goldstein', 'double precision', (col) => col.notNull())
      .addColumn('modality', 'text', (col) => col.notNull())
      .addColumn('date', 'text', (col) => col.notNull())
      .addColumn('location_json', 'text')
      .addColumn('quotes_json', 'text', (col) => col.notNull())
      .addColumn('rule', 'text', (col) => col.notNull())
      .addColumn('confidence', 'double precision', (col) => col.notNull())
      .addColumn('verb_text', 'text', (col) => col.notNull())
      .addColumn('verb_start', 'integer', (col) => col.notNull())
      .addColumn('verb_end', 'integer', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('events_article_id').on('events').column('article_id').execute();
    await db.schema.createIndex('events_date_cameo').on('events').columns(['date', 'cameo']).execute();

    await db.schema
      .createTable('actors')
      .addColumn('id', 'integer', serial)
      .addColumn('article_id', 'text', (col) => col.notNull().references('articles.id').onDelete('cascade'))
      .addColumn('code', 'text', (col) => col.notNull())
      .addColumn('name', 'text', (col) => col.notNull())
      .addColumn('text', 'text', (col) => col.notNull())
      .addColumn('text_start', 'integer', (col) => col.notNull())
      .addColumn('text_end', 'integer', (col) => col.notNull())
      .execute();
    await db.schema.createIndex('actors_article_id').on('actors').column('article_id').execute();
    await db.schema.createIndex('actors_code').on('actors').column('code').execute();
  },
};
