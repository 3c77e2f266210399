import type {
  ApiActorCount,
  ApiArticle,
  ApiDyad,
  ApiEvent,
  ApiEventDetail,
  ApiPage,
  ApiPlace,
  ApiTimeline,
} from '../api-types.js';
import type { EventFilter, EventSort } from './event-filter.js';

/** A page request: where to start (`cursor` from the previous page) and how many events. */
export interface PageRequest {
  sort: EventSort;
  limit: number;
  cursor?: string;
}

/**
 * The read side of the store, in the API's terms: what `sitrep serve` asks of the database. Lists, filters and
 * aggregates count mentions (rows of `events`, one per coded sentence); each listed mention carries the counts of
 * its merged event (`merged_events`), and an event's detail holds all the mentions of its merged event.
 * Implemented over SQLite and PostgreSQL by `createKyselyReadStore`.
 */
export interface ReadStore {
  /** One page of events matching `filter`. @throws InvalidCursorError for a cursor it did not make. */
  listEvents(filter: EventFilter, page: PageRequest): Promise<ApiPage<ApiEvent>>;
  /** The mention `id` with every mention of its merged event (it first), or null. */
  getEvent(id: number): Promise<ApiEventDetail | null>;
  /** The article with its text and events, by id or else by the key its input gave (the newest such), or null. */
  getArticle(id: string): Promise<ApiArticle | null>;
  /** Actors whose code starts with `q` or whose name contains it, most frequent first. */
  searchActors(q: string, limit: number): Promise<ApiActorCount[]>;
  /** Event counts and mean Goldstein per period and per PLOVER type or QuadClass. */
  timeline(filter: EventFilter, by: ApiTimeline['by'], interval: ApiTimeline['interval']): Promise<ApiTimeline>;
  /** Directed actor pairs, most events first; `level: 'country'` groups codes by their first three letters. */
  dyads(filter: EventFilter, level: 'actor' | 'country', limit: number): Promise<ApiDyad[]>;
  /** Events per location point, most events first. */
  places(filter: EventFilter, limit: number): Promise<ApiPlace[]>;
  /** Events matching `filter` stored after event `afterId`, oldest first (for the live stream). */
  eventsAfter(afterId: number, filter: EventFilter, limit: number): Promise<ApiEvent[]>;
  /** The highest event id stored, 0 when there is none. */
  lastEventId(): Promise<number>;
  /** Reads ahead what the first queries would otherwise wait for (the aggregates' in-memory measures). */
  warm(): Promise<void>;
  close(): Promise<void>;
}
