import type { Generated } from 'kysely';

/**
 * The store's tables as Kysely sees them (see migrations/ for the DDL). Offsets (`*_start`, `*_end`) are UTF-16
 * character offsets into `articles.text`, end exclusive; dates are ISO 8601 `YYYY-MM-DD` text, times ISO 8601
 * UTC timestamps.
 */
export interface Database {
  articles: ArticlesTable;
  events: EventsTable;
  actors: ActorsTable;
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
