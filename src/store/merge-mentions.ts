import { sql, type Transaction } from 'kysely';
import type { CodedEvent, EventLocation } from '../core/coded-event.js';
import { adjacentDays, mergeKeyOf, type MergeKey } from './merge-key.js';
import type { Database } from './schema.js';

/**
 * Finds or creates the merged event of each mention, inside the caller's transaction: same source and
 * target at country or IGO level, same PLOVER type, event dates at most one day apart, places that agree
 * (`placesAgree`: the same, unknown, or a region or country holding the other).
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
  const known: Slot[] = (await candidatesFor(trx, keyed.filter((k) => k !== null).map((k) => k.key))).map(({ location_json, ...row }) => ({
    ...row,
    location: location_json ? (JSON.parse(location_json) as EventLocation) : null,
    relocated: false,
    mentions: [],
  }));
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
        placesAgree(c.location, event.location),
    );
    fitting.sort((a, b) => distance(a.date, key.date) - distance(b.date, key.date) || (a.id ?? Number.MAX_SAFE_INTEGER) - (b.id ?? Number.MAX_SAFE_INTEGER));
    const chosen = fitting[0];
    if (chosen) {
      if (finer(event.location, chosen.location)) {
        chosen.place_key = key.place_key;
        chosen.location = event.location;
        chosen.relocated = true;
      }
      chosen.mentions.push(event);
      return chosen;
    }
    const slot: Slot = { id: null, ...key, location: event.location, first: event, relocated: false, mentions: [event] };
    created.push(slot);
    return slot;
  });
  await insertCreated(trx, created, seenAt);
  await addToKnown(trx, known.filter((slot) => slot.mentions.length > 0), seenAt, site);
  return slots.map((slot) => slot?.id ?? null);
}

/** Adds one article's mentions to stored events: counts, mean confidence, last seen, and a finer place. */
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
        ...(slot.relocated ? { place_key: slot.place_key, location_json: JSON.stringify(slot.location) } : {}),
      }))
      .where('id', '=', slot.id!)
      .execute();
  }
}

/** A merged event a mention may join: stored (`id`), or made for this article (`first` mention, id once inserted). */
interface Slot extends MergeKey {
  id: number | null;
  location: EventLocation | null;
  first?: CodedEvent;
  /** True when this article gave a stored event a finer place. */
  relocated: boolean;
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
      location_json: slot.location ? JSON.stringify(slot.location) : null,
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
  // Keys are distinct by construction; should two ever coincide, insert row by row and take ids in order.
  const step = bySlot.size === created.length ? ROWS_PER_INSERT : 1;
  for (let start = 0; start < rows.length; start += step) {
    if (step === 1) {
      created[start]!.id = (await trx.insertInto('merged_events').values(rows[start]!).returning('id').executeTakeFirstOrThrow()).id;
      continue;
    }
    const inserted = await trx
      .insertInto('merged_events')
      .values(rows.slice(start, start + step))
      .returning(['id', 'source_key', 'target_key', 'plover_event', 'date', 'place_key'])
      .execute();
    for (const row of inserted) bySlot.get(identity(row))!.id = row.id;
  }
}

type Candidate = MergeKey & { id: number; location_json: string | null };

/** Rows per INSERT statement. */
const ROWS_PER_INSERT = 200;

/** Merged events that may take any of these mentions: one query for the whole article. */
async function candidatesFor(trx: Transaction<Database>, keys: readonly MergeKey[]): Promise<Candidate[]> {
  const unique = new Map(keys.map((key) => [`${key.source_key}|${key.target_key}|${key.plover_event}|${key.date}`, key]));
  if (unique.size === 0) return [];
  // One indexed range per key (SQLite and PostgreSQL both plan an OR of index ranges).
  return trx
    .selectFrom('merged_events')
    .select(['id', 'source_key', 'target_key', 'plover_event', 'place_key', 'date', 'location_json'])
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

/** Coarse precisions: a place this wide holds finer ones of the same country. */
const COARSE = new Set(['region', 'country']);
const RANK: Readonly<Record<string, number>> = { site: 0, city: 1, region: 2, country: 3, sea: 3 };

/**
 * Whether two event places can be one happening's: either unknown or only the article's main place (`basis`
 * `article`); the same place (GeoNames id, else name);
 * or, when either is a region or a country, the same country ("the Russian Far East" and "the Vostochny
 * cosmodrome"). Two different sites or cities are different places.
 */
export function placesAgree(a: EventLocation | null, b: EventLocation | null): boolean {
  if (!a || !b || a.basis === 'article' || b.basis === 'article') return true;
  if (a.geonameid !== null && a.geonameid === b.geonameid) return true;
  if (a.name.trim().toLowerCase() === b.name.trim().toLowerCase()) return true;
  return (COARSE.has(a.precision) || COARSE.has(b.precision)) && a.country !== null && a.country === b.country;
}

/** Whether place `a` is known and better than `b`: `b` unknown, only the article's place while `a` is named, or coarser. */
function finer(a: EventLocation | null, b: EventLocation | null): boolean {
  if (!a) return false;
  if (!b) return true;
  const guessed = (l: EventLocation) => l.basis === 'article';
  if (guessed(a) !== guessed(b)) return guessed(b);
  return (RANK[a.precision] ?? 3) < (RANK[b.precision] ?? 3);
}

function distance(a: string, b: string): number {
  return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`));
}
