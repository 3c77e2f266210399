/**
 * The JSON that the HTTP API (`/api/v1`) answers with, as zod schemas: they give the TypeScript types (shared
 * with the dashboard in web/, as types only) and the response schemas of the OpenAPI document, so the three
 * cannot drift apart. Offsets (`start`, `end`) are UTF-16 character offsets into the article text, end
 * exclusive; dates are ISO 8601 `YYYY-MM-DD`; coordinates WGS84 degrees.
 */
import { z } from 'zod';

const date = z.string().describe('YYYY-MM-DD');
const goldstein = z.number().min(-10).max(10).describe('Goldstein scale, −10 (most conflictual) … +10 (most cooperative)');

/** An actor of an event as coded (CAMEO-style `code`, canonical `name`, the words of the report in `text`). */
export const apiActor = z.object({
  code: z.string().describe('CAMEO-style actor code (PRKGOV, RUSMIL, IGOUNO …)'),
  name: z.string().describe('canonical name'),
  text: z.string().describe('the words of the report'),
});
export type ApiActor = z.infer<typeof apiActor>;

/** Where an event happened, as the places stage gives it. */
export const apiLocation = z.object({
  name: z.string(),
  geonameid: z.number().int().nullable().describe('GeoNames id of the place, when it has one'),
  lat: z.number().nullable().describe('WGS84 degrees'),
  lon: z.number().nullable().describe('WGS84 degrees'),
  country: z.string().nullable().describe('ISO 3166-1 alpha-3'),
  precision: z.string().nullable().describe('site, city, region, country, sea …'),
  basis: z.enum(['sentence', 'article']).describe("sentence: named in the event's sentence; article: the article's main place, for a sentence that names none"),
});
export type ApiLocation = z.infer<typeof apiLocation>;

/**
 * One coded event mention (a sentence of one report) in a list, with the counts of the merged event it belongs
 * to: the same happening told by several reports (same actors at country level, PLOVER type, dates a day apart,
 * agreeing places) is one merged event, as GDELT counts NumMentions, NumArticles and NumSources.
 */
export const apiEvent = z.object({
  id: z.number().int().describe('id of this mention (GET /events/:id)'),
  event_id: z.number().int().nullable().describe('id of the merged event; null for a negated mention, merged into none'),
  article_id: z.string(),
  date,
  source: apiActor,
  target: apiActor.nullable(),
  cameo: z.string().describe('CAMEO event code, 3 or 4 digits ("042", "0312")'),
  cameo_name: z.string(),
  plover: z.object({ event: z.string().describe('PLOVER event type'), mode: z.string(), context: z.string() }),
  quad_class: z.number().int().min(1).max(4).describe('1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict'),
  goldstein,
  modality: z.string().describe('asserted, negated, hedged or intended'),
  location: apiLocation.nullable(),
  confidence: z.number().min(0).max(1),
  sentence: z.string(),
  num_mentions: z.number().int().min(1).describe('mentions of the merged event (1 without one)'),
  num_articles: z.number().int().min(1).describe('articles reporting the merged event'),
  num_sources: z.number().int().min(1).describe('distinct sites reporting the merged event'),
});
export type ApiEvent = z.infer<typeof apiEvent>;

/** A highlighted part of a mention's sentence: the source, the verb (or event noun) or the target. */
export const apiSpan = z.object({
  role: z.enum(['source', 'verb', 'target']),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type ApiSpan = z.infer<typeof apiSpan>;

export const apiArticleRef = z.object({
  id: z.string(),
  key: z.string().describe('the id the input gave (JSON Lines id, or the file name)'),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: date,
});
export type ApiArticleRef = z.infer<typeof apiArticleRef>;

/** Where an event was reported: the article, the sentence and its coded spans. */
export const apiMention = z.object({
  id: z.number().int().describe('id of the mention (as in GET /events)'),
  article: apiArticleRef,
  sentence_index: z.number().int(),
  sentence: z.string(),
  sentence_start: z
    .number()
    .int()
    .nullable()
    .describe('offset of the sentence in the article text, or null; a span outside the sentence was resolved from elsewhere ("he" → Kim)'),
  spans: z.array(apiSpan),
  rule: z.string().describe('id of the verb-pattern rule that coded the mention'),
  quotes: z.array(z.object({ text: z.string(), speaker: z.string().nullable() })),
});
export type ApiMention = z.infer<typeof apiMention>;

/** `GET /events/:id`: the mention with every mention of its merged event (it first, then by date and id; at most 100). */
export const apiEventDetail = apiEvent.extend({ mentions: z.array(apiMention) });
export type ApiEventDetail = z.infer<typeof apiEventDetail>;

/** `GET /articles/:id`: the article with its full text (untrusted: render it as text) and its events. */
export const apiArticle = apiArticleRef.extend({
  text: z.string().describe('untrusted: render as text, never as HTML'),
  coded_at: z.string().describe('ISO 8601 UTC timestamp'),
  events: z.array(apiEvent),
});
export type ApiArticle = z.infer<typeof apiArticle>;

/** One page of a list, with the cursor of the next page (null on the last). */
export function apiPage<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), next_cursor: z.string().nullable().describe('cursor of the next page; null on the last') });
}
export interface ApiPage<T> {
  items: T[];
  next_cursor: string | null;
}

/** `GET /actors`: an actor code with a name it goes by and the number of events it takes part in. */
export const apiActorCount = z.object({ code: z.string(), name: z.string(), count: z.number().int() });
export type ApiActorCount = z.infer<typeof apiActorCount>;

/** `GET /timeline`: events of one period (`date` is the day, or `YYYY-MM` by month) and one key. */
export const apiTimelineBucket = z.object({
  date: z.string().describe('YYYY-MM-DD, or YYYY-MM by month'),
  key: z.string().describe('PLOVER type, or QuadClass as a string ("1" … "4")'),
  count: z.number().int(),
  mean_goldstein: goldstein,
});
export type ApiTimelineBucket = z.infer<typeof apiTimelineBucket>;

export const apiTimeline = z.object({
  by: z.enum(['plover', 'quad_class']),
  interval: z.enum(['day', 'month']),
  buckets: z.array(apiTimelineBucket),
});
export type ApiTimeline = z.infer<typeof apiTimeline>;

/** `GET /dyads`: a directed actor pair. */
export const apiDyad = z.object({ source: z.string(), target: z.string(), count: z.number().int(), mean_goldstein: goldstein });
export type ApiDyad = z.infer<typeof apiDyad>;

/** `GET /places`: events at one point. */
export const apiPlace = z.object({
  lat: z.number().describe('WGS84 degrees'),
  lon: z.number().describe('WGS84 degrees'),
  name: z.string(),
  country: z.string().nullable(),
  count: z.number().int(),
  mean_goldstein: goldstein,
});
export type ApiPlace = z.infer<typeof apiPlace>;

/** `GET /health`. */
export const apiHealth = z.object({ status: z.literal('ok'), version: z.string(), last_event_id: z.number().int() });
export type ApiHealth = z.infer<typeof apiHealth>;

/** `POST /code`: the coded text, as `sitrep code --format json` gives one article. */
export const apiCodeResult = z.looseObject({
  events: z.array(z.looseObject({})).describe('CodedEvent records, as sitrep code --format json'),
  actors: z.array(z.looseObject({})),
  quotes: z.array(z.looseObject({})),
});
export type ApiCodeResult = z.infer<typeof apiCodeResult>;

/** An error body (RFC 9457 problem details, `application/problem+json`). */
export const apiProblem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ApiProblem = z.infer<typeof apiProblem>;
