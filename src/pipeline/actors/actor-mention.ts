/**
 * An actor mention: a noun phrase that names a political actor, with its resolved CAMEO code.
 * `first`/`last` are a token range [first, last); `start`/`end` character offsets into the article text.
 */
export interface ActorMention {
  first: number;
  last: number;
  start: number;
  end: number;
  sentence: number;
  /** CAMEO actor code (PRKGOV, RUS, IGOUNO, COP …). */
  code: string;
  /** Canonical name (person, country or organisation), or the mention text for bare agents. */
  name: string;
  /** `reciprocal`: "each other", "one another", resolved by the event to the other members of its subject. */
  kind: 'person' | 'country' | 'igo' | 'agent' | 'pronoun' | 'pair' | 'reciprocal';
  /** A title without a name ("the North Korean leader"): may be linked to the person who holds it. */
  title: boolean;
  plural: boolean;
  /** Preceded by a preposition: not a subject candidate ("for Putin", "in Ukraine"). */
  preposition: string | null;
  /** Followed by a possessive marker and not part of a larger phrase ("Kim's interest"). */
  possessive: boolean;
  /**
   * A country adjective modifying a noun that is not an agent ("an Australian ultimatum", "Russian assistance"):
   * it can stand for the target of an action on that thing, but is the subject only before a plural noun
   * ("Palestinian youths").
   */
  modifier: boolean;
  /** A weapon named as the doer ("Russian missiles"): a source, never a target. */
  means: boolean;
  /** For "both leaders", "the two sides", "they": the actors referred to. */
  members: ActorMention[];
  /** 1 for a dictionary name, lower for agents alone and back-references. */
  certainty: number;
}
