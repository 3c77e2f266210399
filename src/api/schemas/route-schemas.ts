import { z } from 'zod';
import { EVENT_SORTS } from '../queries/event-filter.js';
import { calendarDay, filterQuery } from './filter-query.js';

/** One of `values`, with a message that lists them. */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: `expected one of ${values.join(', ')}` });

const limit = (fallback: number, max: number) =>
  z.coerce
    .number({ error: `expected a whole number from 1 to ${max}` })
    .int({ error: `expected a whole number from 1 to ${max}` })
    .min(1, { error: `expected a whole number from 1 to ${max}` })
    .max(max, { error: `expected a whole number from 1 to ${max}` })
    .default(fallback)
    .describe(`how many, 1-${max} (default ${fallback})`);

/** A query of the event filter plus `extra` fields; a date range must not end before it starts. */
function filtered<T extends z.ZodRawShape>(extra: T) {
  return z
    .strictObject({ ...filterQuery, ...extra })
    .refine((query) => {
      const { from, to } = query as { from?: string; to?: string };
      return from === undefined || to === undefined || from <= to;
    }, {
      error: 'expected from on or before to',
      path: ['from'],
    });
}

/** Request schemas of the routes (src/api/routes.ts): they validate requests and make the OpenAPI document. */
export const schemas = {
  eventsQuery: filtered({
    sort: oneOf(EVENT_SORTS).default('-date').describe('sort key, - for descending (default -date)'),
    limit: limit(50, 500),
    cursor: z.string().max(200).optional().describe('next_cursor of the previous page'),
  }),
  idParams: z.strictObject({
    id: z.coerce.number({ error: 'expected an event id (a positive whole number)' }).int({ error: 'expected an event id (a positive whole number)' })
      .min(1, { error: 'expected an event id (a positive whole number)' }).describe('event (mention) id'),
  }),
  articleParams: z.strictObject({ id: z.string().min(1).max(200).describe('article id, or the key the input gave it (file name or JSON Lines id)') }),
  actorsQuery: z.strictObject({
    q: z.string({ error: 'expected q: an actor code prefix or part of a name' }).trim()
      .min(1, { error: 'expected q: an actor code prefix or part of a name' }).max(100).describe('code prefix or part of a name'),
    limit: limit(20, 100),
  }),
  timelineQuery: filtered({
    by: oneOf(['plover', 'quad_class']).default('plover').describe('stack by PLOVER type or QuadClass'),
    interval: oneOf(['day', 'month']).default('day').describe('one bucket per day or per month'),
  }),
  dyadsQuery: filtered({
    level: oneOf(['actor', 'country']).default('actor').describe('full actor codes, or their first three letters'),
    limit: limit(100, 1000),
  }),
  placesQuery: filtered({ limit: limit(1000, 5000) }),
  streamQuery: filtered({
    after: z.coerce.number().int().min(0).optional().describe('send events with a higher id (default: from now on; Last-Event-ID also works)'),
  }),
  codeBody: z.strictObject({
    text: z.string().min(1).describe('the article text'),
    published: calendarDay.optional().describe('publication date, YYYY-MM-DD (default today)'),
    title: z.string().max(1000).optional(),
    id: z.string().max(200).optional(),
  }),
};
