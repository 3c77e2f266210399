import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Article } from '../core/article.js';
import type { CodedArticle } from '../core/coded-event.js';
import { actorRow, eventRow } from './coded-rows.js';
import { contentHash } from './content-hash.js';
import type { Database } from './schema.js';
import type { SaveResult, Store } from './store.js';

/** Rows per INSERT statement, well under SQLite's and PostgreSQL's limits on bound parameters. */
const ROWS_PER_INSERT = 200;

export interface KyselyStoreOptions {
  /** Recorded on every article row: the versions of the components and dictionaries that coded it. */
  pipelineVersion: string;
  /** Clock for `coded_at`; defaults to the system clock. */
  now?: () => Date;
}

/**
 * A `Store` over any Kysely database whose schema is migrated (`migrateToLatest`). Uses only portable SQL
 * (`insert … on conflict do nothing returning`, supported by SQLite ≥ 3.35 and PostgreSQL).
 */
export function createKyselyStore(db: Kysely<Database>, options: KyselyStoreOptions): Store {
  const now = options.now ?? (() => new Date());
  return {
    async saveCodedArticle(article: Article, coded: CodedArticle): Promise<SaveResult> {
      const hash = contentHash(article.text);
      return db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('articles')
          .values({
            id: randomUUID(),
            article_key: article.id,
            url: article.url ?? null,
            title: article.title ?? null,
            published: article.published,
            content_hash: hash,
            text: article.text,
            coded_at: now().toISOString(),
            pipeline_version: options.pipelineVersion,
          })
          .onConflict((conflict) => conflict.column('content_hash').doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!inserted) {
          const existing = await trx
            .selectFrom('articles')
            .select('id')
            .where('content_hash', '=', hash)
            .executeTakeFirstOrThrow();
          return { stored: false, id: existing.id };
        }
        for (const rows of chunks(coded.events.map((event) => eventRow(inserted.id, event)))) {
          await trx.insertInto('events').values(rows).execute();
        }
        for (const rows of chunks(coded.actors.map((actor) => actorRow(inserted.id, actor)))) {
          await trx.insertInto('actors').values(rows).execute();
        }
        return { stored: true, id: inserted.id };
      });
    },
    async close() {
      await db.destroy();
    },
  };
}

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += ROWS_PER_INSERT) {
    yield items.slice(start, start + ROWS_PER_INSERT);
  }
}
