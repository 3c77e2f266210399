import { SqliteAdapter, sql, type Kysely, type Migration } from 'kysely';

/**
 * Where an article came from and what became of it: canonical URL, site (for counting sources), detected
 * language, byline, the first copy when it is a duplicate, whether it was coded, and its MinHash signature
 * with one row per LSH band for near-duplicate lookup.
 */
export const articleSources: Migration = {
  async up(db: Kysely<any>) {
    // One column per statement: SQLite adds a single column per ALTER TABLE.
    for (const column of ['canonical_url', 'site', 'language', 'byline', 'minhash']) {
      await db.schema.alterTable('articles').addColumn(column, 'text').execute();
    }
    await db.schema.alterTable('articles').addColumn('duplicate_of', 'text', (col) => col.references('articles.id')).execute();
    await db.schema.alterTable('articles').addColumn('coding_status', 'text', (col) => col.notNull().defaultTo('coded')).execute();
    await db.schema.createIndex('articles_canonical_url').on('articles').column('canonical_url').execute();
    await db.schema.createIndex('articles_duplicate_of').on('articles').column('duplicate_of').execute();

    // 32 rows of random keys per article: on SQLite a WITHOUT ROWID table keeps them in one B-tree, not two.
    const withoutRowid = db.getExecutor().adapter instanceof SqliteAdapter;
    await db.schema
      .createTable('article_bands')
      .addColumn('band', 'text', (col) => col.notNull())
      .addColumn('article_id', 'text', (col) => col.notNull().references('articles.id').onDelete('cascade'))
      .addPrimaryKeyConstraint('article_bands_pk', ['band', 'article_id'])
      .$call((builder) => (withoutRowid ? builder.modifyEnd(sql`without rowid`) : builder))
      .execute();
  },
};
