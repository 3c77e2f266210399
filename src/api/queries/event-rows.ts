import { sql, type Selectable } from 'kysely';
import type { EventsTable } from '../../store/schema.js';
import type { ApiEvent, ApiLocation } from '../api-types.js';

/** The columns of `events` that make an `ApiEvent`. */
export const EVENT_COLUMNS = sql`id, article_id, date, source_code, source_name, source_text, target_code, target_name,
  target_text, cameo, cameo_name, plover_event, plover_mode, plover_context, quad_class, goldstein, modality,
  location_json, confidence, sentence, merged_event_id`;

/** A row of `EVENT_COLUMNS` (the store's `events` table, one row per mention). */
export type EventRow = Pick<Selectable<EventsTable>, 'id' | 'article_id' | 'date' | 'source_code' | 'source_name' | 'source_text'
  | 'target_code' | 'target_name' | 'target_text' | 'cameo' | 'cameo_name' | 'plover_event' | 'plover_mode' | 'plover_context'
  | 'quad_class' | 'goldstein' | 'modality' | 'location_json' | 'confidence' | 'sentence' | 'merged_event_id'>;

/** The counts of a merged event (table `merged_events`). */
export interface MergedCounts {
  num_mentions: number;
  num_articles: number;
  num_sources: number;
}

/** The counts of a mention that belongs to no merged event. */
const ALONE: MergedCounts = { num_mentions: 1, num_articles: 1, num_sources: 1 };

/** The API form of an event row (one mention) with the counts of its merged event. */
export function toApiEvent(row: EventRow, merged: MergedCounts = ALONE): ApiEvent {
  return {
    id: row.id,
    event_id: row.merged_event_id,
    article_id: row.article_id,
    date: row.date,
    source: { code: row.source_code, name: row.source_name, text: row.source_text },
    target:
      row.target_code === null ? null : { code: row.target_code, name: row.target_name ?? '', text: row.target_text ?? '' },
    cameo: row.cameo,
    cameo_name: row.cameo_name,
    plover: { event: row.plover_event, mode: row.plover_mode, context: row.plover_context },
    quad_class: row.quad_class,
    goldstein: row.goldstein,
    modality: row.modality,
    location: parseLocation(row.location_json),
    confidence: row.confidence,
    sentence: row.sentence,
    num_mentions: merged.num_mentions,
    num_articles: merged.num_articles,
    num_sources: merged.num_sources,
  };
}

/** `location_json` read leniently: whatever fields are present and of the right type; null for none or bad JSON. */
export function parseLocation(json: string | null): ApiLocation | null {
  if (json === null) return null;
  try {
    const value = JSON.parse(json) as Record<string, unknown>;
    const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
    const str = (v: unknown) => (typeof v === 'string' ? v : null);
    return {
      name: str(value.name) ?? '',
      geonameid: num(value.geonameid),
      lat: num(value.lat),
      lon: num(value.lon),
      country: str(value.country),
      precision: str(value.precision),
      // Rows stored before the basis was recorded had their place from the sentence or the article alike.
      basis: value.basis === 'article' ? 'article' : 'sentence',
    };
  } catch {
    return null;
  }
}
