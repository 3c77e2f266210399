import { sql, type Transaction } from 'kysely';
import type { CodedEvent } from '../core/coded-event.js';
import { adjacentDays, mergeKeyOf, type MergeKey } from './merge-key.js';
import type { Database } from './schema.js';

/**
 * Finds or creates the merged event of each mention, inside the caller's transaction: same source and
 * target at country or IGO level, same PLOVER type, event dates at most one day apart, same or unknown place.
 * Among several, the one with the closest date, then the oldest. Negated mentions ("did not meet") tell of no
 * happening and are merged into nothing (null). Returns one merged event id (or null) per mention.
 */
export async function assignMergedEvents(trx: Transaction<Database>, events: readonly CodedEvent[], seenAt: string): Promise<(number | null)[]> {
  const keyed = events.map((event) => (event.modality === 'negated' ? null : { event, key: mergeKeyOf(event) }));
  const known = await candidatesFor(trx, keyed.filter((k) => k !== null).map((k) => k.key));
  const ids: (number | null)[] = [];
  for (const item of keyed) {
    if (!item) {
      ids.push(null);
      continue;
    }
    const { event, key } = item;
    const [before, after] = adjacentDays(key.date);
    const fitting = known.filter(
      (c) =>
        c.source_key === key.source_key &&
        c.target_key === key.target_key &&
        c.plover_event === key.plover_event &&
        c.date >= before &&
        c.date <= after &&
        (c.place_key === '' || key.place_key === '' || c.place_key === key.place_key),
    );
    fitting.sort((a, b) => distance(a.date, key.date) - distance(b.date, key.date) || a.id - b.id);
    const chosen = fitting[0];
    if (chosen) {
      if (chosen.place_key === '' && key.place_key !== '') {
        chosen.place_key = key.place_key;
        await trx
          .updateTable('merged_events')
          .set({ place_key: key.place_key, location_json: JSON.stringify(event.location) })
          .where('id', '=', chosen.id)
          .execute();
      }
      ids.push(chosen.id);
      continue;
    }
    const created = await trx
      .insertInto('merged_events')
      .values({
        ...key,
        source_code: event.source.code,
        source_name: event.source.name,
        target_code: event.target?.code ?? null,
        target_name: event.target?.name ?? null,
        cameo: event.cameo,
        plover_mode: event.plover.mode,
        plover_context: event.plover.context,
        quad_class: event.quad_class,
        goldstein: event.goldstein,
        location_json: event.location ? JSON.stringify(event.location) : null,
        num_mentions: 0,
        num_articles: 0,
        num_sources: 0,
        avg_confidence: event.confidence,
        first_seen: seenAt,
        last_seen: seenAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // Later mentions of the same article may join the event just made.
    known.push({ id: created.id, ...key });
    ids.push(created.id);
  }
  return ids;
}

type Candidate = MergeKey & { id: number };

/** Merged events that may take any of these mentions: one query for the whole article. */
async function candidatesFor(trx: Transaction<Database>, keys: readonly MergeKey[]): Promise<Candidate[]> {
  const unique = new Map(keys.map((key) => [`${key.source_key}|${key.target_key}|${key.plover_event}|${key.date}`, key]));
  if (unique.size === 0) return [];
  // One indexed range per key (SQLite and PostgreSQL both plan an OR of index ranges).
  return trx
    .selectFrom('merged_events')
    .select(['id', 'source_key', 'target_key', 'plover_event', 'place_key', 'date'])
    .where((eb) =>
      eb.or(
        [...unique.values()].map((key) => {
          const [before, after] = adjacentDays(key.date);
          return eb.and([
            eb('source_key', '=', key.source_key),
            eb('target_key', '=', key.target_key),
            eb('plover_event', '=', key.plover_event),
            eb('date', '>=', before),
            eb('date', '<=', after),
          ]);
        }),
      ),
    )
    .orderBy('id')
    .execute();
}

/**
 * Recounts merged events from their mentions: mentions, distinct articles, distinct sites (an article without
 * a site counts as its own source), mean confidence, and first/last seen (when their articles were stored).
 */
export async function recountMergedEvents(trx: Transaction<Database>, ids: readonly number[]): Promise<void> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return;
  const mine = sql`e.merged_event_id = merged_events.id`;
  await trx
    .updateTable('merged_events')
    .set({
      num_mentions: sql<number>`(select count(*) from events e where ${mine})`,
      num_articles: sql<number>`(select count(distinct e.article_id) from events e where ${mine})`,
      num_sources: sql<number>`(select count(distinct coalesce(a.site, a.id)) from events e join articles a on a.id = e.article_id where ${mine})`,
      avg_confidence: sql<number>`(select avg(e.confidence) from events e where ${mine})`,
      first_seen: sql<string>`(select min(a.coded_at) from events e join articles a on a.id = e.article_id where ${mine})`,
      last_seen: sql<string>`(select max(a.coded_at) from events e join articles a on a.id = e.article_id where ${mine})`,
    })
    .where('id', 'in', unique)
    .execute();
}

function distance(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`));
}
