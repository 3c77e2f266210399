import { z } from 'zod';
import { apiActorCount, apiArticle, apiCodeResult, apiDyad, apiEvent, apiEventDetail, apiHealth, apiPage, apiPlace, apiTimeline, type ApiHealth } from './api-types.js';
import { route, type ApiRoute } from './api-route.js';
import { codeText } from './handlers/code-text.js';
import { streamEvents } from './handlers/stream-events.js';
import { HttpProblem } from './http-problem.js';
import { openApiDocument } from './openapi-document.js';
import { schemas } from './schemas/route-schemas.js';
import { toEventFilter } from './schemas/filter-query.js';

/** Largest body `POST /code` accepts, in bytes (256 KiB: a long article is under 100 KiB). */
export const CODE_BODY_LIMIT = 256 * 1024;

/** Every route of the API, under `/api/v1`. Handlers are thin: decode, call the read store or the coder, answer. */
export const ROUTES: readonly ApiRoute[] = [
  route({
    method: 'GET',
    path: '/health',
    summary: 'Liveness and the newest event id; open without the token',
    auth: false,
    returns: 'Liveness and the newest event id',
    response: apiHealth,
    handle: async (_input, context): Promise<ApiHealth> => ({
      status: 'ok',
      version: context.version,
      last_event_id: await context.reads.lastEventId(),
    }),
  }),
  route({
    method: 'GET',
    path: '/events',
    summary: 'Events matching the filters, one page at a time (keyset cursor)',
    query: schemas.eventsQuery,
    returns: 'One page of event mentions',
    response: apiPage(apiEvent),
    handle: ({ query }, context) =>
      context.reads.listEvents(toEventFilter(query), {
        sort: query.sort,
        limit: query.limit,
        ...(query.cursor === undefined ? {} : { cursor: query.cursor }),
      }),
  }),
  route({
    method: 'GET',
    path: '/events/:id',
    summary: 'One event with its mentions: sentence, article and the source, verb and target spans',
    params: schemas.idParams,
    returns: 'The mention with every mention of its merged event',
    response: apiEventDetail,
    handle: async ({ params }, context) =>
      (await context.reads.getEvent(params.id)) ?? notFound(`no event with id ${params.id}`),
  }),
  route({
    method: 'GET',
    path: '/articles/:id',
    summary: 'One article with its text (untrusted: render as text) and its events',
    params: schemas.articleParams,
    returns: 'The article with its text and events',
    response: apiArticle,
    handle: async ({ params }, context) =>
      (await context.reads.getArticle(params.id)) ?? notFound(`no article with id ${params.id}`),
  }),
  route({
    method: 'GET',
    path: '/actors',
    summary: 'Actors by code prefix or name, most events first',
    query: schemas.actorsQuery,
    returns: 'Actors, most events first',
    response: z.array(apiActorCount),
    handle: ({ query }, context) => context.reads.searchActors(query.q, query.limit),
  }),
  route({
    method: 'GET',
    path: '/timeline',
    summary: 'Event counts and mean Goldstein per day (or month) and PLOVER type (or QuadClass)',
    query: schemas.timelineQuery,
    returns: 'Counts per period and key',
    response: apiTimeline,
    handle: ({ query }, context) => context.reads.timeline(toEventFilter(query), query.by, query.interval),
  }),
  route({
    method: 'GET',
    path: '/dyads',
    summary: 'Directed actor pairs with event counts and mean Goldstein, most events first',
    query: schemas.dyadsQuery,
    returns: 'Actor pairs, most events first',
    response: z.array(apiDyad),
    handle: ({ query }, context) => context.reads.dyads(toEventFilter(query), query.level, query.limit),
  }),
  route({
    method: 'GET',
    path: '/places',
    summary: 'Event counts and mean Goldstein per location, for the map',
    query: schemas.placesQuery,
    returns: 'Points, most events first',
    response: z.array(apiPlace),
    handle: ({ query }, context) => context.reads.places(toEventFilter(query), query.limit),
  }),
  route({
    method: 'GET',
    path: '/stream',
    summary: 'Server-Sent Events: each event as it is stored (event: event, id: event id, data: ApiEvent)',
    query: schemas.streamQuery,
    returns: 'text/event-stream: one message per stored event (event: event, id: its id, data: an event as in GET /events)',
    produces: 'text/event-stream',
    handle: ({ query }, context, http) => streamEvents(toEventFilter(query), query.after, context, http),
  }),
  route({
    method: 'POST',
    path: '/code',
    summary: 'Code a text (JSON {text, published?} or text/plain); nothing is stored',
    body: schemas.codeBody,
    bodyLimit: CODE_BODY_LIMIT,
    returns: 'The coded text, as sitrep code --format json gives one article',
    response: apiCodeResult,
    handle: ({ body }, context) => codeText(body, context),
  }),
  route({
    method: 'GET',
    path: '/openapi.json',
    summary: 'This API as an OpenAPI 3.1 document',
    returns: 'OpenAPI 3.1 document',
    handle: (_input, context) => openApiDocument(ROUTES, context.version),
  }),
];

function notFound(detail: string): never {
  throw new HttpProblem(404, detail);
}
