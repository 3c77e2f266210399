import type { ColumnType, Generated } from 'kysely';

/**
 * The store's tables as Kysely sees them (see migrations/ for the DDL). Offsets (`*_start`, `*_end`) are UTF-16
 * character offsets into `articles.text`, end exclusive; dates are ISO 8601 `YYYY-MM-DD` text, times ISO 8601
 * UTC timestamps.
 */
export interface Database {
  articles: ArticlesTable;
  events: EventsTable;
  actors: ActorsTable;
  feeds: FeedsTable;
  jobs: JobsTable;
  article_bands: ArticleBandsTable;
  merged_events: MergedEventsTable;
}

export interface ArticlesTable {
  /** Internal id (UUID). */
  id: string;
  /** The id the input gave (JSON Lines `id`, or the file name). */
  article_key: string;
  url: string | null;
  title: string | null;
  published: string;
  /** SHA-256 of `text` (UTF-8), lowercase hex; unique. */
  content_hash: string;
  text: string;
  coded_at: string;
  /** JSON object of component and dictionary versions that coded the article. */
  pipeline_version: string;
  /** `url` in canonical form (tracking parameters, fragment, default port, trailing slash dropped). */
  canonical_url: string | null;
  /** Host name without `www.`, for counting distinct sources. */
  site: string | null;
  /** ISO 639-1 code detected from the text (`en`, `ru` …). */
  language: string | null;
  byline: string | null;
  /** MinHash signature of the text (1024 hex digits), for near-duplicate detection. */
  minhash: string | null;
  /** The first copy of a (near-)duplicate article; its events are not coded again. */
  duplicate_of: string | null;
  /** `coded`; or why not: `duplicate`, `language` (not English). */
  coding_status: ColumnType<string, string | undefined, string>;
}

/** A watched feed. Times are ISO 8601 UTC timestamps. */
export interface FeedsTable {
  id: Generated<number>;
  url: string;
  title: string | null;
  site_url: string | null;
  /** 1 when robots.txt is not obeyed for this feed and its articles (a per-source opt-out). */
  ignore_robots: ColumnType<number, number | undefined, number>;
  etag: string | null;
  last_modified: string | null;
  last_fetched_at: string | null;
  last_status: number | null;
  /** The last failure, cleared by the next success. */
  error: string | null;
  /** Failures in a row; sets the back-off. */
  error_count: ColumnType<number, number | undefined, number>;
  /** Not fetched again before this time (back-off after failures, Retry-After). */
  next_retry_at: string | null;
  created_at: string;
}

/** One unit of work. `state`: queued → running → done, or back to queued (retry) or failed. */
export interface JobsTable {
  id: Generated<number>;
  /** `feed`, `url` or `code`. */
  kind: string;
  /** Identity within the kind (a URL, a content hash): a job is queued once per key. */
  key: string;
  /** JSON: what the job needs. */
  payload: string;
  state: string;
  attempts: ColumnType<number, number | undefined, number>;
  run_after: string;
  /** A running job whose lease ran out is taken again. */
  locked_until: string | null;
  error: string | null;
  created_at: string;
  updated_at: string;
}

/** One LSH band key of an article's MinHash signature. */
export interface ArticleBandsTable {
  band: string;
  article_id: string;
}

/** One happening, merged from its mentions (rows of `events` with this `merged_event_id`). */
export interface MergedEventsTable {
  id: Generated<number>;
  /** Event date, `YYYY-MM-DD`: that of the first mention. */
  date: string;
  /** Country-level source code (`PRK`), the IGO (`IGOUNO`) or the agent alone (`COP`). */
  source_key: string;
  /** The same for the target; '' when there is none. */
  target_key: string;
  plover_event: string;
  /** GeoNames id or place name of the event location; '' when unknown. */
  place_key: string;
  source_code: string;
  source_name: string;
  target_code: string | null;
  target_name: string | null;
  cameo: string;
  plover_mode: string;
  plover_context: string;
  quad_class: number;
  goldstein: number;
  location_json: string | null;
  num_mentions: number;
  num_articles: number;
  /** Distinct sites among the articles. */
  num_sources: number;
  avg_confidence: number;
  first_seen: string;
  last_seen: string;
}

/** One row per coded event mention (`CodedEvent`). */
export interface EventsTable {
  id: Generated<number>;
  article_id: string;
  sentence_index: number;
  sentence: string;
  source_code: string;
  source_name: string;
  source_text: string;
  source_start: number;
  source_end: number;
  target_code: string | null;
  target_name: string | null;
  target_text: string | null;
  target_start: number | null;
  target_end: number | null;
  /** CAMEO event code, 3 or 4 digits as text ("042", "0312"). */
  cameo: string;
  cameo_name: string;
  plover_event: string;
  plover_mode: string;
  plover_context: string;
  /** 1 … 4. */
  quad_class: number;
  /** −10 … +10. */
  goldstein: number;
  modality: string;
  date: string;
  /** `EventLocation` as JSON, or null. */
  location_json: string | null;
  /** `Quote[]` as JSON. */
  quotes_json: string;
  rule: string;
  /** 0 … 1. */
  confidence: number;
  verb_text: string;
  verb_start: number;
  verb_end: number;
  /** The merged event this mention belongs to. */
  merged_event_id: number | null;
}

/** One row per actor mention in an article (`CodedArticle.actors`). */
export interface ActorsTable {
  id: Generated<number>;
  article_id: string;
  code: string;
  name: string;
  text: string;
  text_start: number;
  text_end: number;
}
