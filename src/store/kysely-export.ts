import type { Kysely } from 'kysely';
import type { ExportKind } from './ingest-records.js';
import type { Database } from './schema.js';

/** Rows read per query while exporting. */
const PAGE = 1_000;

/**
 * Export rows, paged by id (portable keyset pagination):
 * - articles: id, url, canonical_url, title, published, language, site, duplicate_of, byline, coding_status;
 * - events: every merged event column, and `source_url`, the URL of the first mention's article;
 * - mentions: each coded sentence with its merged event, article URL and site, sentence and offsets.
 */
export async function* exportRows(db: Kysely<Database>, what: ExportKind): AsyncGenerator<Record<string, unknown>> {
  let after: string | number | null = null;
  for (;;) {
    const page: Record<string, unknown>[] = await readPage(db, what, after);
    for (const row of page) yield row;
    if (page.length < PAGE) return;
    after = page[page.length - 1]![what === 'mentions' ? 'mention_id' : 'id'] as string | number;
  }
}

async function readPage(db: Kysely<Database>, what: ExportKind, after: string | number | null): Promise<Record<string, unknown>[]> {
  switch (what) {
    case 'articles': {
      let query = db
        .selectFrom('articles')
        .select(['id', 'url', 'canonical_url', 'title', 'published', 'language', 'site', 'duplicate_of', 'byline', 'coding_status', 'coded_at'])
        .orderBy('id')
        .limit(PAGE);
      if (after !== null) query = query.where('id', '>', String(after));
      return query.execute();
    }
    case 'events': {
      let query = db
        .selectFrom('merged_events')
        .selectAll()
        .select((eb) =>
          eb
            .selectFrom('events as e')
            .innerJoin('articles as a', 'a.id', 'e.article_id')
            .select('a.url')
            .whereRef('e.merged_event_id', '=', 'merged_events.id')
            .orderBy('e.id')
            .limit(1)
            .as('source_url'),
        )
        .orderBy('id')
        .limit(PAGE);
      if (after !== null) query = query.where('id', '>', Number(after));
      return query.execute();
    }
    case 'mentions': {
      let query = db
        .selectFrom('events as e')
        .innerJoin('articles as a', 'a.id', 'e.article_id')
        .select([
          'e.id as mention_id',
          'e.merged_event_id as event_id',
          'e.article_id',
          'a.url',
          'a.site',
          'a.published',
          'a.coded_at as seen_at',
          'e.date',
          'e.sentence_index',
          'e.sentence',
          'e.source_code',
          'e.source_start',
          'e.source_end',
          'e.target_code',
          'e.target_start',
          'e.target_end',
          'e.verb_start',
          'e.verb_end',
          'e.cameo',
          'e.plover_event',
          'e.modality',
          'e.confidence',
          'e.rule',
          'e.location_json',
        ])
        .orderBy('e.id')
        .limit(PAGE);
      if (after !== null) query = query.where('e.id', '>', Number(after));
      return query.execute();
    }
  }
}
