import type { Modality } from './modality.js';

/**
 * An actor as it appears in one event or in the article's actor list.
 * `start`/`end` are character offsets into the article text (end exclusive).
 * `code` is a CAMEO-style actor code: ISO 3166 alpha-3 country plus optional sector agent (PRKGOV, RUSMIL),
 * an IGO code starting with `IGO` (IGOUNO), or an agent alone (COP) when no country is known.
 */
export interface ActorRef {
  text: string;
  code: string;
  /** Canonical name: the person, country or organisation the mention refers to. */
  name: string;
  start: number;
  end: number;
}

/** A direct quotation: `text` without its quote marks; offsets cover the quoted text only. */
export interface Quote {
  text: string;
  speaker: string | null;
  speaker_code: string | null;
  start: number;
  end: number;
}

/** PLOVER event type with its mode and context (from dictionaries/cameo/codes.txt). */
export interface PloverCode {
  event: string;
  mode: string;
  context: string;
}

/**
 * One coded event mention (one per event per sentence), the unit sitrep emits.
 * Field names follow the JSON Lines output format of `sitrep code`.
 */
export interface CodedEvent {
  article_id: string;
  sentence_index: number;
  sentence: string;
  source: ActorRef;
  target: ActorRef | null;
  /** CAMEO event code, 3 or 4 digits as a string ("042", "0312"). */
  cameo: string;
  cameo_name: string;
  plover: PloverCode;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  quad_class: 1 | 2 | 3 | 4;
  /** Goldstein conflict–cooperation value, −10 … +10. */
  goldstein: number;
  modality: Modality;
  /** Event date, ISO 8601 `YYYY-MM-DD`. */
  date: string;
  /** Filled by the places stage; null until then. */
  location: EventLocation | null;
  quotes: Quote[];
  /** Id of the verb-pattern dictionary entry that produced the event. */
  rule: string;
  /** Character offsets of the verb (or event noun) that the rule matched. */
  verb: { text: string; start: number; end: number };
  /** 0 … 1, from pattern specificity, actor certainty, distance and modality. */
  confidence: number;
}

/** Where an event happened (WGS84 degrees). */
export interface EventLocation {
  name: string;
  geonameid: number | null;
  lat: number;
  lon: number;
  country: string | null;
  precision: 'site' | 'city' | 'region' | 'country' | 'sea';
  /**
   * How the place was found: `sentence`, named in the event's own sentence; `article`, the article's main place,
   * for a sentence that names none (a guess: merging treats it as unknown).
   */
  basis: 'sentence' | 'article';
}

/** The coded result for one article: its actor mentions, quotes and events. */
export interface CodedArticle {
  id: string;
  published: string;
  actors: ActorRef[];
  quotes: Quote[];
  events: CodedEvent[];
}
