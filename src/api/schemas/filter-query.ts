import { z } from 'zod';
import { MODALITIES } from '../../core/modality.js';
import { PLOVER_TYPES } from '../../dictionaries/cameo-codes.js';
import { parseCalendarDate } from '../../ingest/calendar-date.js';
import type { EventFilter } from '../queries/event-filter.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const CODE = /^[A-Z0-9]{1,15}$/;

/** A comma-separated list in a query string, each item checked by `item`. */
function list<T extends z.ZodType>(item: T, description: string, max = 20) {
  return z
    .string()
    .describe(description)
    .transform((text) => text.split(',').map((part) => part.trim()).filter((part) => part !== ''))
    .pipe(z.array(item).min(1).max(max) as unknown as z.ZodType<z.output<T>[], string[]>);
}

const code = z.string().trim().toUpperCase().regex(CODE, 'expected a CAMEO actor code or prefix (letters and digits)');
/** A calendar day, YYYY-MM-DD ("2023-13-45" is refused, not read as no match). */
export const calendarDay = z
  .string()
  .regex(DATE, 'expected a date as YYYY-MM-DD')
  .refine((text) => parseCalendarDate(text) !== null, 'expected a real calendar day, YYYY-MM-DD');

/** The event filter of the query string, shared by `/events`, `/timeline`, `/dyads`, `/places`, `/stream`. */
export const filterQuery = {
  from: calendarDay.optional().describe('first day included, YYYY-MM-DD'),
  to: calendarDay.optional().describe('last day included, YYYY-MM-DD'),
  actor: list(code, 'actor code prefixes, comma-separated; an event matches when its source or target starts with one (RUS matches RUSGOV)').optional(),
  source: code.optional().describe('source actor code prefix'),
  target: code.optional().describe('target actor code prefix'),
  dyad: list(code, 'two actor code prefixes A,B: events between them in either direction', 2)
    .refine((pair) => pair.length === 2, 'expected two codes, A,B')
    .transform((pair) => pair as [string, string])
    .optional(),
  country: z.string().trim().toUpperCase().regex(/^[A-Z]{2,3}$/, 'expected an ISO 3166 country code').optional()
    .describe('country of the event location'),
  plover: list(
    z.string().trim().toUpperCase().pipe(z.enum(PLOVER_TYPES, { error: `expected PLOVER types among ${PLOVER_TYPES.join(', ')}` })),
    'PLOVER event types, comma-separated (CONSULT,ASSAULT)',
  ).optional(),
  cameo: z.string().regex(/^\d{2,4}$/, 'expected a CAMEO code prefix of 2 to 4 digits').optional().describe('CAMEO event code prefix (04, 042)'),
  quad_class: list(z.coerce.number({ error: 'expected QuadClasses 1 to 4' }).int().min(1).max(4), 'QuadClasses 1-4, comma-separated', 4).optional(),
  modality: list(z.enum(MODALITIES as [string, ...string[]], { error: `expected modalities among ${MODALITIES.join(', ')}` }), 'modalities, comma-separated (asserted,hedged)', 4).optional(),
  bbox: list(z.coerce.number({ error: 'expected numbers' }).finite(), 'bounding box of the event location: west,south,east,north in degrees', 4)
    .refine((box) => box.length === 4, { error: 'expected four numbers: west,south,east,north', abort: true })
    .refine(([w, s, e, n]) => [w, e].every((x) => x! >= -180 && x! <= 180) && [s, n].every((y) => y! >= -90 && y! <= 90) && s! <= n!,
      'expected longitudes in -180..180, latitudes in -90..90, south <= north')
    .transform((box) => box as [number, number, number, number])
    .optional(),
  q: z.string().trim().min(1).max(200).optional().describe('full-text search over the sentences: words (all required), word* prefixes, "phrases"'),
  unit: z.enum(['mention', 'event'], { error: 'expected one of mention, event' }).optional()
    .transform((unit) => (unit === 'event' ? ('event' as const) : undefined))
    .describe('what a listed row and a count stand for: every matching mention (default), or each merged event once, through its first matching mention'),
};

/** The filter fields of a parsed query. */
export function toEventFilter(query: EventFilter): EventFilter {
  const filter: EventFilter = {};
  for (const key of Object.keys(filterQuery) as (keyof EventFilter)[]) {
    if (query[key] !== undefined) (filter as Record<string, unknown>)[key] = query[key];
  }
  return filter;
}
