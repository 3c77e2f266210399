import type { Kysely, Selectable } from 'kysely';
import { migrateToLatest } from './migrate-to-latest.js';
import type { Article } from '../core/article.js';
import type { CodedArticle } from '../core/coded-event.js';
import { exportRows } from './kysely-export.js';
import { claim, enqueue, markDone, markFailed, MAX_ERROR_CHARS } from './kysely-jobs.js';
import type { FeedRecord, NewJob } from './ingest-records.js';
import { saveArticle } from './save-article.js';
import type { Database, FeedsTable } from './schema.js';
import type { Store } from './store.js';

export interface KyselyStoreOptions {
  /** Recorded on every article row: the versions of the components and dictionaries that coded it. */
  pipelineVersion: string;
  /** Clock for `coded_at`, job and feed times; defaults to the system clock. */
  now?: () => Date;
}

/**
 * Brings `db` to the latest schema and returns its `Store`; on a failed migration the connection is closed.
 * @throws Error when the database cannot be reached or a migration fails.
 */
export async function openKyselyStore(db: Kysely<Database>, options: KyselyStoreOptions): Promise<Store> {
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createKyselyStore(db, options);
}

/**
 * A `Store` over any Kysely database whose schema is migrated (`migrateToLatest`). Uses only portable SQL
 * (`insert … on conflict do nothing returning`, supported by SQLite ≥ 3.35 and PostgreSQL).
 */
export function createKyselyStore(db: Kysely<Database>, options: KyselyStoreOptions): Store {
  const now = options.now ?? (() => new Date());
  const iso = () => now().toISOString();
  const saveOptions = () => ({ pipelineVersion: options.pipelineVersion, storedAt: iso() });
  return {
    async saveCodedArticle(article: Article, coded: CodedArticle) {
      // No site: each article of `sitrep code --db` counts as its own source.
      const source = { canonicalUrl: null, site: null, language: null, byline: null, minhash: null, duplicateOf: null, codingStatus: 'coded' as const };
      return db.transaction().execute((trx) => saveArticle(trx, article, source, coded, saveOptions()));
    },
    async saveIngestedArticles(items) {
      return db.transaction().execute(async (trx) => {
        const results = [];
        const options = saveOptions();
        for (const item of items) {
          if (item.article) results.push(await saveArticle(trx, item.article, item.source ?? null, item.coded ?? null, options));
          if (item.jobId !== undefined) await markDone(trx, item.jobId, options.storedAt);
        }
        return results;
      });
    },
    async findDuplicates(hash, canonicalUrl, bands) {
      const sameText = await db.selectFrom('articles').select('id').where('content_hash', '=', hash).executeTakeFirst();
      const sameUrl = canonicalUrl
        ? await db.selectFrom('articles').select('id').where('canonical_url', '=', canonicalUrl).orderBy('coded_at').limit(1).executeTakeFirst()
        : undefined;
      const candidates = bands.length === 0
        ? []
        : await db
            .selectFrom('articles as a')
            .select(['a.id', 'a.minhash'])
            .where('a.id', 'in', db.selectFrom('article_bands').select('article_id').where('band', 'in', [...bands]))
            .where('a.minhash', 'is not', null)
            .where('a.duplicate_of', 'is', null)
            .orderBy('a.coded_at')
            .orderBy('a.id')
            .execute();
      return {
        sameText: sameText?.id ?? null,
        sameUrl: sameUrl?.id ?? null,
        candidates: candidates.map((c) => ({ id: c.id, minhash: c.minhash! })),
      };
    },
    async addFeeds(feeds) {
      const at = iso();
      for (const feed of feeds) {
        await db
          .insertInto('feeds')
          .values({ url: feed.url, title: feed.title ?? null, ignore_robots: feed.ignoreRobots ? 1 : 0, created_at: at })
          .onConflict((conflict) => conflict.column('url').doUpdateSet({ ignore_robots: feed.ignoreRobots ? 1 : 0 }))
          .execute();
      }
      if (feeds.length === 0) return [];
      const rows = await db.selectFrom('feeds').selectAll().where('url', 'in', feeds.map((feed) => feed.url)).execute();
      const byUrl = new Map(rows.map((row) => [row.url, feedRecord(row)]));
      return feeds.map((feed) => byUrl.get(feed.url)!);
    },
    async getFeed(id) {
      const row = await db.selectFrom('feeds').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? feedRecord(row) : null;
    },
    async recordFeedFetched(feedId, fetched, follow, jobId) {
      const at = iso();
      return db.transaction().execute(async (trx) => {
        await trx
          .updateTable('feeds')
          .set({
            etag: fetched.etag,
            last_modified: fetched.lastModified,
            last_status: fetched.status,
            last_fetched_at: at,
            error: null,
            error_count: 0,
            next_retry_at: null,
            ...(fetched.title ? { title: fetched.title } : {}),
            ...(fetched.siteUrl ? { site_url: fetched.siteUrl } : {}),
          })
          .where('id', '=', feedId)
          .execute();
        const queued = await enqueue(trx, follow, at);
        if (jobId !== undefined) await markDone(trx, jobId, at);
        return queued;
      });
    },
    async recordFeedFailed(feedId, error, nextRetryAt, jobId) {
      const at = iso();
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('feeds')
          .set((eb) => ({
            error: error.slice(0, MAX_ERROR_CHARS),
            error_count: eb('error_count', '+', 1),
            last_fetched_at: at,
            next_retry_at: nextRetryAt,
          }))
          .where('id', '=', feedId)
          .execute();
        if (jobId !== undefined) await markDone(trx, jobId, at);
      });
    },
    async enqueueJobs(jobs: readonly NewJob[], enqueueOptions = {}) {
      return db.transaction().execute((trx) => enqueue(trx, jobs, iso(), enqueueOptions.requeueFinished ?? false));
    },
    claimJobs: (kinds, leaseMs, limit = 1) => claim(db, kinds, now(), leaseMs, limit),
    async completeJob(id, follow = []) {
      const at = iso();
      await db.transaction().execute(async (trx) => {
        await enqueue(trx, follow, at);
        await markDone(trx, id, at);
      });
    },
    failJob: (id, error, retryAt) => markFailed(db, id, error, retryAt, iso()),
    async recoverJobs() {
      const result = await db
        .updateTable('jobs')
        .set({ state: 'queued', locked_until: null, updated_at: iso() })
        .where('state', '=', 'running')
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    async countJobs(kind) {
      let query = db.selectFrom('jobs').select(['state', db.fn.countAll<number>().as('n')]).groupBy('state');
      if (kind !== undefined) query = query.where('kind', '=', kind);
      const rows = await query.execute();
      return Object.fromEntries(rows.map((row) => [row.state, Number(row.n)]));
    },
    async nextJobTime() {
      const row = await db.selectFrom('jobs').select((eb) => eb.fn.min('run_after').as('next')).where('state', '=', 'queued').executeTakeFirst();
      return (row?.next as string | null | undefined) ?? null;
    },
    async countArticles() {
      const rows = await db.selectFrom('articles').select(['coding_status', db.fn.countAll<number>().as('n')]).groupBy('coding_status').execute();
      return Object.fromEntries(rows.map((row) => [row.coding_status, Number(row.n)]));
    },
    exportRows: (what) => exportRows(db, what),
    async close() {
      await db.destroy();
    },
  };
}

function feedRecord(row: Selectable<FeedsTable>): FeedRecord {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    ignoreRobots: row.ignore_robots === 1,
    etag: row.etag,
    lastModified: row.last_modified,
    lastFetchedAt: row.last_fetched_at,
    error: row.error,
    errorCount: row.error_count,
    nextRetryAt: row.next_retry_at,
  };
}
