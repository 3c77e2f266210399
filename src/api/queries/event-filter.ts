/**
 * Which events a read-side query looks at. Every field is optional; fields combine with AND, the values of one
 * list field with OR. Actor codes match as prefixes: `RUS` matches RUS, RUSGOV, RUSMIL …
 */
export interface EventFilter {
  /** First and last day included, `YYYY-MM-DD`. */
  from?: string;
  to?: string;
  /** Actor code prefixes on either side (source or target). */
  actor?: string[];
  /** Actor code prefixes of the source, of the target. */
  source?: string;
  target?: string;
  /** An actor pair in either direction, as two code prefixes. */
  dyad?: [string, string];
  /** Country of the event's location, as the location gives it. */
  country?: string;
  /** PLOVER event types (CONSULT, ASSAULT …). */
  plover?: string[];
  /** CAMEO event code prefix ("04", "042"). */
  cameo?: string;
  quad_class?: number[];
  modality?: string[];
  /** Bounding box of the event location: west, south, east, north (degrees). */
  bbox?: [number, number, number, number];
  /** Full-text search over the sentences (words, all required; `word*` for a prefix; "a phrase"). */
  q?: string;
  /**
   * `event`: each merged event once, through its first mention (lowest id) that matches the rest of the filter;
   * a mention merged into none counts alone. Absent: every matching mention.
   */
  unit?: 'event';
}

/** Sort keys of `GET /events`; a leading `-` sorts descending. Ties are broken by id in the same direction. */
export const EVENT_SORTS = ['-date', 'date', '-goldstein', 'goldstein', '-confidence', 'confidence', '-id', 'id'] as const;
export type EventSort = (typeof EVENT_SORTS)[number];
