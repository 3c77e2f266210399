import { sql, type Transaction } from 'kysely';
import type { CodedEvent } from '../core/coded-event.js';
import { adjacentDays, mergeKeyOf, type MergeKey } from './merge-key.js';
import type { Database } from './schema.js';

/**
 * Finds or creates the merged event of each mention, inside the caller's transaction: same source and
 * target at country or IGO level, same PLOVER type, event dates at most one day apart, same or unknown place.
 * Among several, the one with the closest date, then the oldest. Negated mentions ("did not meet") tell of no
 * happening and are merged into nothing (null). Returns one merged event id (or null) per mention.
 *
 * Counts are kept as the article is added (it is new: `saveArticle` inserts each text once): mentions and
 * articles grow; sources grow when `site` has not reported the event yet (an article without a site is a
 * source of its own); the mean confidence and `last_seen` follow. New events start with this article's counts.
 */
export async function assignMergedEvents(
  trx: Transaction<Database>,
  events: readonly CodedEvent[],
  seenAt: string,
  site: string | null,
): Promise<(number | null)[]> {
  const keyed = events.map((event) => (event.modality === 'negated' ? null : { event, key: mergeKeyOf(event) }));
  const known: Slot[] = (await candidatesFor(trx, keyed.filter((k) => k !== null).map((k) => k.key))).map((row) => ({ ...row, placeFrom: null, mentions: [] }));
  const created: Slot[] = [];
  const slots = keyed.map((item) => {
    if (!item) return null;
    const { event, key } = item;
    const [before, after] = adjacentDays(key.date);
    const fitting = [...known, ...created].filter(
      (c) =>
        c.source_key === key.source_key &&
        c.target_key === key.target_key &&
        c.plover_event === key.plover_event &&
        c.date >= before &&
        c.date <= after &&
        (c.place_key === '' || key.place_key === '' || c.place_key === key.place_key),
    );
    fitting.sort((a, b) => distance(a.date, key.date) - distance(b.date, key.date) || (a.id ?? Number.MAX_SAFE_INTEGER) - (b.id ?? Number.MAX_SAFE_INTEGER));
    const chosen = fitting[0];
    if (chosen) {
      if (chosen.place_key === '' && key.place_key !== '') {
        chosen.place_key = key.place_key;
        chosen.placeFrom = event;
      }
      chosen.mentions.push(event);
      return chosen;
    }
    const slot: Slot = { id: null, ...key, first: event, placeFrom: null, mentions: [event] };
    created.push(slot);
    return slot;
  });
  await insertCreated(trx, created, seenAt);
  await addToKnown(trx, known.filter((slot) => slot.mentions.length > 0), seenAt, site);
  return slots.map((slot) => slot?.id ?? null);
}

/** Adds one article's mentions to stored events: counts, mean confidence, last seen, and a place if they had none. */
async function addToKnown(trx: Transaction<Database>, touched: readonly Slot[], seenAt: string, site: string | null): Promise<void> {
  if (touched.length === 0) return;
  const reported = new Set<number>();
  if (site !== null) {
    const rows = await trx
      .selectFrom('events as e')
      .innerJoin('articles as a', 'a.id', 'e.article_id')
      .select('e.merged_event_id')
      .distinct()
      .where('e.merged_event_id', 'in', touched.map((slot) => slot.id!))
      .where('a.site', '=', site)
      .execute();
    for (const row of rows) if (row.merged_event_id !== null) reported.add(row.merged_event_id);
  }
  for (const slot of touched) {
    const added = slot.mentions.length;
    const confidence = slot.mentions.reduce((sum, event) => sum + event.confidence, 0);
    await trx
      .updateTable('merged_events')
      .set((eb) => ({
        num_mentions: eb('num_mentions', '+', added),
        num_articles: eb('num_articles', '+', 1),
        num_sources: eb('num_sources', '+', reported.has(slot.id!) ? 0 : 1),
        avg_confidence: sql<number>`(avg_confidence * num_mentions + ${confidence}) / (num_mentions + ${added})`,
        last_seen: seenAt,
        ...(slot.placeFrom ? { place_key: slot.place_key, location_json: JSON.stringify(slot.placeFrom.location) } : {}),
      }))
      .where('id', '=', slot.id!)
      .execute();
  }
}

/** A merged event a mention may join: stored (`id`), or made for this article (`first` mention, id once inserted). */
interface Slot extends MergeKey {
  id: number | null;
  first?: CodedEvent;
  /** The mention whose place this event takes, when it had none. */
  placeFrom: CodedEvent | null;
  /** This article's mentions of it. */
  mentions: CodedEvent[];
}

/**
 * Inserts the merged events made for one article in one statement and sets their ids. Their keys (source,
 * target, type, date, place) differ, since mentions with equal keys share one event, so the returned rows
 * are matched back by key rather than by order.
 */
async function insertCreated(trx: Transaction<Database>, created: Slot[], seenAt: string): Promise<void> {
  if (created.length === 0) return;
  const rows = created.map((slot) => {
    const event = slot.placeFrom ?? slot.first!;
    const first = slot.first!;
    return {
      source_key: slot.source_key,
      target_key: slot.target_key,
      plover_event: slot.plover_event,
      place_key: slot.place_key,
      date: slot.date,
      source_code: first.source.code,
      source_name: first.source.name,
      target_code: first.target?.code ?? null,
      target_name: first.target?.name ?? null,
      cameo: first.cameo,
      plover_mode: first.plover.mode,
      plover_context: first.plover.context,
      quad_class: first.quad_class,
      goldstein: first.goldstein,
      location_json: event.location ? JSON.stringify(event.location) : null,
      num_mentions: slot.mentions.length,
      num_articles: 1,
      num_sources: 1,
      avg_confidence: slot.mentions.reduce((sum, mention) => sum + mention.confidence, 0) / slot.mentions.length,
      first_seen: seenAt,
      last_seen: seenAt,
    };
  });
  const identity = (key: MergeKey) => `${key.source_key}|${key.target_key}|${key.plover_event}|${key.date}|${key.place_key}`;
  const bySlot = new Map(created.map((slot) => [identity(slot), slot]));
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const inserted = await trx
      .insertInto('merged_events')
      .values(rows.slice(start, start + ROWS_PER_INSERT))
      .returning(['id', 'source_key', 'target_key', 'plover_event', 'date', 'place_key'])
      .execute();
    for (const row of inserted) bySlot.get(identity(row))!.id = row.id;
  }
}

type Candidate = MergeKey & { id: number };

/** Rows per INSERT statement. */
const ROWS_PER_INSERT = 200;

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

function distance(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`));
}
