import type { Sentence, Token } from '../../core/doc.js';
import type { IntentCodes } from '../../dictionaries/intent-codes.js';
import type { ActorMention } from '../actors/actor-mention.js';
import type { Clause } from '../clauses/clauses.js';
import type { RawEvent } from './find-events.js';
import type { Match } from './match.js';
import { HEDGING_VERBS } from './modality-cues.js';

// What the sentence around a clause says about its events: conditions, earlier years, ultimatums, hedging
// verbs, and obligations reported by a speaker.

const CONDITIONALS = new Set(['if', 'whether', 'unless']);

/** "in 2019", "since 2014": a clause set in an earlier year tells background, not a new event. */
const YEAR_CUES = new Set(['in', 'since', 'during', 'from', 'until', 'by']);

/** "… unless President X arranges a ceasefire": a condition attached after the clause. */
export function hasFutureAux(tokens: Token[], from: number, head: number): boolean {
  for (let t = from; t < head; t++) if (/^(will|would|wo|shall)$/.test((tokens[t] as Token).lower)) return true;
  return false;
}

export function ultimatumFollows(tokens: Token[], sentence: Sentence, clause: Clause): boolean {
  for (let t = clause.last; t < sentence.last && t < clause.last + 3; t++) if ((tokens[t] as Token).lower === 'unless') return true;
  return false;
}

export function setInEarlierYear(tokens: Token[], clause: Clause, year: number, head: number): boolean {
  // Only a year before the verb or close after it dates the event; one deep in the object phrase dates something
  // else ("nationals suspected of blowing up a plane in 1988").
  for (let t = clause.first + 1; t < clause.last && t <= head + YEAR_REACH; t++) {
    const tok = tokens[t] as Token;
    if (/^(1[89]|20)\d\d$/.test(tok.text) && Number(tok.text) < year && YEAR_CUES.has((tokens[t - 1] as Token).lower)) return true;
  }
  return false;
}

const YEAR_REACH = 8;

export const REQUEST_ROOTS = new Set(['02', '10']);

const OBLIGATION = new Set(['must', 'should', 'ought']);

const SAYING = new Set(['say', 'state', 'insist', 'declare', 'tell', 'add', 'stress', 'announce', 'argue', 'write', 'note', 'reiterate', 'maintain', 'believe']);

/**
 * For a clause whose verb group says "must" or "should", the actor who said so ("X said Y must …"): the
 * subject of a saying verb earlier in the sentence. Null when there is none.
 */
export function obligationSpeaker(tokens: Token[], sentence: Sentence, clause: Clause, mentions: ActorMention[], head: number | undefined): ActorMention | null {
  if (head === undefined) return null;
  let obliged = false;
  for (let t = clause.first; t < head; t++) if (OBLIGATION.has((tokens[t] as Token).lower)) obliged = true;
  if (!obliged) return null;
  const usable = (m: ActorMention): boolean => !m.preposition && !m.possessive && !m.modifier && m.code !== '';
  for (let t = clause.first - 1; t >= sentence.first; t--) {
    const tok = tokens[t] as Token;
    if (tok.pos !== 'VERB' || !SAYING.has(tok.lemma)) continue;
    return [...mentions].reverse().find((m) => m.last <= t && usable(m)) ?? null;
  }
  // "“Israel must open more crossings,” Guterres said" / "…, said Guterres".
  for (let t = clause.last; t < sentence.last; t++) {
    const tok = tokens[t] as Token;
    if (tok.pos !== 'VERB' || !SAYING.has(tok.lemma)) continue;
    return mentions.find((m) => m.first >= clause.last && m.last <= t && usable(m)) ?? mentions.find((m) => m.first > t && m.first <= t + 3 && usable(m)) ?? null;
  }
  return null;
}

/** Recasts an obliged action as the speaker's demand on the actor obliged. */
export function asDemand(e: RawEvent, speaker: ActorMention, match: Match, intent: IntentCodes): RawEvent {
  if (speaker.code === e.source.code) return e;
  return { ...e, source: speaker, target: e.source, code: intent.demanded(match.pattern.code), modality: 'asserted' };
}

/** The clause complements a hedging verb earlier in the sentence ("Analysts suggest this could …"). */
export function hedgedBy(tokens: Token[], sentence: Sentence, clause: Clause): boolean {
  // A condition or an open question: "if Russia attacks", "whether Russia would help".
  if (CONDITIONALS.has((tokens[clause.first] as Token).lower)) return true;
  for (let t = sentence.first; t < clause.first; t++) {
    const tok = tokens[t] as Token;
    if (tok.pos === 'VERB' && HEDGING_VERBS.has(tok.lemma)) return true;
  }
  for (let t = clause.first; t < clause.last; t++) {
    const tok = tokens[t] as Token;
    if (tok.pos === 'VERB' && HEDGING_VERBS.has(tok.lemma) && /^(analyst|expert|observer|official)s?$/.test((tokens[t - 1] as Token | undefined)?.lower ?? '')) return true;
  }
  return false;
}
