/**
 * The JSON that the HTTP API (`/api/v1`) answers with: shared with the dashboard (web/) as types only.
 * Offsets (`start`, `end`) are UTF-16 character offsets into the article text, end exclusive; dates are ISO 8601
 * `YYYY-MM-DD`.
 */

/** An actor of an event as coded (CAMEO-style `code`, canonical `name`, the words of the report in `text`). */
export interface ApiActor {
  code: string;
  name: string;
  text: string;
}

/** Where an event happened (WGS84 degrees), as the places stage gives it. */
export interface ApiLocation {
  name: string;
  lat: number | null;
  lon: number | null;
  country: string | null;
  precision: string | null;
}

/**
 * One coded event mention (a sentence of one report) in a list, with the counts of the merged event it belongs
 * to: the same happening told by several reports (same actors at country level, PLOVER type, dates a day apart,
 * agreeing places) is one merged event, as GDELT counts NumMentions, NumArticles and NumSources.
 */
export interface ApiEvent {
  /** Id of this mention (`GET /events/:id`). */
  id: number;
  /** Id of the merged event; null for a mention merged into none (negated: "did not meet"). */
  event_id: number | null;
  article_id: string;
  date: string;
  source: ApiActor;
  target: ApiActor | null;
  /** CAMEO event code, 3 or 4 digits ("042", "0312"), and its name. */
  cameo: string;
  cameo_name: string;
  plover: { event: string; mode: string; context: string };
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad_class: number;
  /** −10 … +10. */
  goldstein: number;
  modality: string;
  location: ApiLocation | null;
  confidence: number;
  sentence: string;
  /** Mentions, articles and distinct sites of the merged event; 1 each without one. */
  num_mentions: number;
  num_articles: number;
  num_sources: number;
}

/** A highlighted part of a mention's sentence: the source, the verb (or event noun) or the target. */
export interface ApiSpan {
  role: 'source' | 'verb' | 'target';
  text: string;
  start: number;
  end: number;
}

/** Where an event was reported: the article, the sentence and its coded spans. */
export interface ApiMention {
  article: ApiArticleRef;
  sentence_index: number;
  sentence: string;
  /**
   * Offset of the sentence in the article text, or null when it cannot be found. A span outside
   * `[sentence_start, sentence_start + sentence.length)` was resolved from elsewhere in the article ("he" → Kim).
   */
  sentence_start: number | null;
  spans: ApiSpan[];
  /** Id of the verb-pattern rule that coded the mention. */
  rule: string;
  quotes: { text: string; speaker: string | null }[];
}

/**
 * `GET /events/:id`: the mention with every mention of its merged event (this one first, then by date and id;
 * at most 100).
 */
export interface ApiEventDetail extends ApiEvent {
  mentions: ApiMention[];
}

export interface ApiArticleRef {
  id: string;
  key: string;
  title: string | null;
  url: string | null;
  published: string;
}

/** `GET /articles/:id`: the article with its full text (untrusted: render it as text) and its events. */
export interface ApiArticle extends ApiArticleRef {
  text: string;
  coded_at: string;
  events: ApiEvent[];
}

/** One page of a list, with the cursor of the next page (null on the last). */
export interface ApiPage<T> {
  items: T[];
  next_cursor: string | null;
}

/** `GET /actors`: an actor code with a name it goes by and the number of events it takes part in. */
export interface ApiActorCount {
  code: string;
  name: string;
  count: number;
}

/** `GET /timeline`: events of one period (`date` is the day, or `YYYY-MM` by month) and one key. */
export interface ApiTimelineBucket {
  date: string;
  /** PLOVER type, or QuadClass as a string ("1" … "4"). */
  key: string;
  count: number;
  mean_goldstein: number;
}

export interface ApiTimeline {
  by: 'plover' | 'quad_class';
  interval: 'day' | 'month';
  buckets: ApiTimelineBucket[];
}

/** `GET /dyads`: a directed actor pair. */
export interface ApiDyad {
  source: string;
  target: string;
  count: number;
  mean_goldstein: number;
}

/** `GET /places`: events at one point. */
export interface ApiPlace {
  lat: number;
  lon: number;
  name: string;
  country: string | null;
  count: number;
  mean_goldstein: number;
}

/** `GET /health`. */
export interface ApiHealth {
  status: 'ok';
  version: string;
  last_event_id: number;
}

/** `POST /code`: the coded text, as `sitrep code --format json` gives one article. */
export interface ApiCodeResult {
  events: unknown[];
  actors: unknown[];
  quotes: unknown[];
}

/** An error body (RFC 9457 problem details, `application/problem+json`). */
export interface ApiProblem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
}
