import type { NameMatch } from '../../gazetteer/gazetteer.js';

/**
 * How a toponym is used in its sentence:
 * - place: where something is or happens ("in Pyongyang", "at the Vostochny Cosmodrome", a dateline);
 * - actor: the place stands for its government or people ("Pyongyang said", "talks with Russia");
 * - modifier: it qualifies a noun ("Russian troops", "Iowa farmers", "the Washington Post", "London-based");
 * - mention: none of these is clear ("visited Russia", "the capital of Georgia").
 */
export type ToponymRole = 'place' | 'actor' | 'modifier' | 'mention';

/** Compass direction of a relative water phrase ("the eastern seas"). */
export type Direction = 'north' | 'south' | 'east' | 'west';

/**
 * A toponym found in a Doc: token range [first, last), character offsets [start, end) into the article text,
 * its gazetteer candidates, how it is used, and (after resolution) the place it names.
 */
export interface Toponym {
  first: number;
  last: number;
  start: number;
  end: number;
  sentence: number;
  candidates: NameMatch[];
  role: ToponymRole;
  /** The word that places it: a preposition ("in", "at", "toward"), "dateline", "-based", or null. */
  cue: string | null;
  /** Place-type word that made or completed the toponym ("County", "River", "Street"), or null. */
  generic: string | null;
  /** For "the eastern seas": the direction, resolved against a country's coast. */
  direction: Direction | null;
  /** The toponym this one qualifies: "Illinois" in "Springfield, Illinois" points to "Springfield". */
  container: boolean;
  /** Index (in the toponym list) of the place this one sits in ("Springfield" → "Illinois"), or -1. */
  within: number;
  /** Resolved gazetteer place, or null (no candidate, or a generic name placed near the article's places). */
  place: number | null;
  /** For a generic toponym resolved by proximity: the place it was put at. */
  near: number | null;
}
