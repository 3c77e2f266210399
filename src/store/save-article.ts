import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Article } from '../core/article.js';
import type { CodedArticle } from '../core/coded-event.js';
import { actorRow, eventRow } from './coded-rows.js';
import { contentHash } from './content-hash.js';
import type { ArticleSourceInfo } from './ingest-records.js';
import { assignMergedEvents } from './merge-mentions.js';
import type { Database } from './schema.js';
import type { SaveResult } from './store.js';

/** Rows per INSERT statement, well under SQLite's and PostgreSQL's limits on bound parameters. */
const ROWS_PER_INSERT = 200;

export interface SaveArticleOptions {
  pipelineVersion: string;
  /** When the article is stored (ISO 8601 UTC): `coded_at`, and the mentions' first/last seen. */
  storedAt: string;
}

/**
 * Inserts one article with its mentions (each assigned to a merged event) and actor mentions, inside the
 * caller's transaction, unless an article with the same text is stored already (then nothing changes and the
 * earlier id is returned). Uses only portable SQL (`insert … on conflict do nothing returning`).
 */
export async function saveArticle(
  trx: Transaction<Database>,
  article: Article,
  source: ArticleSourceInfo | null,
  coded: CodedArticle | null,
  options: SaveArticleOptions,
): Promise<SaveResult> {
  const hash = contentHash(article.text);
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
      coded_at: options.storedAt,
      pipeline_version: options.pipelineVersion,
      canonical_url: source?.canonicalUrl ?? null,
      site: source?.site ?? null,
      language: source?.language ?? null,
      byline: source?.byline ?? null,
      minhash: source?.minhash?.hex ?? null,
      duplicate_of: source?.duplicateOf ?? null,
      coding_status: source?.codingStatus ?? 'coded',
    })
    .onConflict((conflict) => conflict.column('content_hash').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) {
    const existing = await trx.selectFrom('articles').select('id').where('content_hash', '=', hash).executeTakeFirstOrThrow();
    return { stored: false, id: existing.id };
  }
  const id = inserted.id;
  for (const bands of chunks(source?.minhash?.bands ?? [])) {
    await trx.insertInto('article_bands').values(bands.map((band) => ({ band, article_id: id }))).execute();
  }
  if (coded) {
    const merged = await assignMergedEvents(trx, coded.events, options.storedAt, source?.site ?? null);
    const rows = coded.events.map((event, index) => ({ ...eventRow(id, event), merged_event_id: merged[index] ?? null }));
    for (const batch of chunks(rows)) await trx.insertInto('events').values(batch).execute();
    for (const batch of chunks(coded.actors.map((actor) => actorRow(id, actor)))) await trx.insertInto('actors').values(batch).execute();
  }
  return { stored: true, id };
}

function* chunks<T>(items: readonly T[]): Generator<T[]> {
  for (let start = 0; start < items.length; start += ROWS_PER_INSERT) {
    yield items.slice(start, start + ROWS_PER_INSERT);
  }
}
