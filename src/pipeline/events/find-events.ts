import type { Doc, Sentence, Token } from '../../core/doc.js';
import type { Modality } from '../../core/modality.js';
import type { IntentCodes } from '../../dictionaries/intent-codes.js';
import type { VerbPattern } from '../../dictionaries/verb-patterns.js';
import type { ActorLayer } from '../actors/find-actors.js';
import type { ActorMention } from '../actors/actor-mention.js';
import type { Clause } from '../clauses/clauses.js';
import { splitClauses } from '../clauses/clauses.js';
import { asDemand, hasFutureAux, hedgedBy, obligationSpeaker, REQUEST_ROOTS, setInEarlierYear, ultimatumFollows } from './clause-context.js';
import type { Match } from './match.js';
import { matchesIn } from './match.js';
import { INTENT_TRIGGERS, modalityOf } from './modality-cues.js';
import type { PatternIndex } from './pattern-index.js';
import { subjectOf } from './subjects.js';
import { byAgent, fallbackTarget, JOINT_ROOTS } from './targets.js';

/** An event found in one clause, before dates, quotes and codes are attached. */
export interface RawEvent {
  sentence: number;
  source: ActorMention;
  target: ActorMention | null;
  /** CAMEO code after intent/refusal recoding. */
  code: string;
  pattern: VerbPattern;
  head: Token;
  modality: Modality;
  /** 0 … 1. */
  confidence: number;
}

/**
 * Finds the events of every sentence: for each clause, the most specific verb pattern whose head and
 * words occur, with the clause subject as source and the pattern's `+T` actor as target; passive voice swaps
 * roles, intent and refusal constructions recode the complement, and compound or paired subjects follow the
 * PLOVER convention (a mutual action of "X and Y" is one event X → Y).
 */
export function findEvents(
  doc: Doc, actors: ActorLayer, patterns: PatternIndex, intent: IntentCodes, published: string, placeTargets: readonly ActorMention[][] = [],
): RawEvent[] {
  const year = Number(published.slice(0, 4));
  const events: RawEvent[] = [];
  for (const sentence of doc.sentences) {
    const mentions = actors.bySentence[sentence.index] ?? [];
    if (mentions.length === 0) continue;
    const clauses = splitClauses(doc, sentence);
    let previousSubject: ActorMention[] = [];
    const found: RawEvent[] = [];
    let requestBefore = false;
    clauses.forEach((clause, k) => {
      // "China demanded that the Philippines remove …": what is demanded is the content of the demand.
      const demandedContent = requestBefore && (doc.tokens[clause.first] as Token).lower === 'that';
      const matches = (demandedContent ? [] : matchesIn(doc, sentence, clause, mentions, patterns))
        .filter((m) => !setInEarlierYear(doc.tokens, clause, year, m.head));
      if (matches.length > 0) requestBefore = matches.some((m) => REQUEST_ROOTS.has(m.pattern.code.slice(0, 2)));
      const speaker = obligationSpeaker(doc.tokens, sentence, clause, mentions, matches[0]?.head);
      const clauseSubject = subjectOf(doc.tokens, clause, matches[0]?.head ?? clause.last, mentions, previousSubject);
      for (const match of matches) {
        const subject = subjectOf(doc.tokens, clause, match.head, mentions, previousSubject);
        if (!match.target && !match.passive) {
          match.target = fallbackTarget(doc.tokens, match, clause, clauses[k + 1], mentions, subject, placeTargets[sentence.index] ?? []);
        }
        const assembled = assemble(doc, sentence, clause, match, subject, mentions, intent);
        // "Russia said that Sudan must return the helicopter": Russia demands it of Sudan.
        found.push(...(speaker ? assembled.map((e) => asDemand(e, speaker, match, intent)) : assembled));
      }
      // A relative clause about a thing ("a resolution that aims to …") leaves no actor for what follows it.
      if (clauseSubject.length > 0) previousSubject = clauseSubject;
      else if (clause.relativeTo !== null) previousSubject = [];
    });
    const places = placeTargets[sentence.index] ?? [];
    events.push(...dedupe(places.length === 0 ? found : found.map((e) => localize(doc.tokens, e, places))));
  }
  return events;
}

/** Words that tie an agent to the place after it: "gunmen near Kandahar", "police in Lagos". */
const PLACE_LINKS = new Set(['in', 'near', 'at', 'outside', 'of', 'around']);

/**
 * An agent with no country ("gunmen", "a roadside bomb", "police officers") takes the country of a place in its
 * sentence: the place tied to it ("gunmen near Kandahar" → AFG), else the first place of the sentence.
 */
function localize(tokens: Token[], event: RawEvent, places: readonly ActorMention[]): RawEvent {
  const place = (m: ActorMention): ActorMention | undefined => {
    const tied = places.find((p) => p.first >= m.last && p.first - m.last <= 5 && tokens.slice(m.last, p.first).some((t) => PLACE_LINKS.has(t.lower)));
    return tied ?? places[0];
  };
  const withCountry = (m: ActorMention): ActorMention => {
    if (m.kind !== 'agent' || m.code.length !== 3) return m;
    const p = place(m);
    return p ? { ...m, code: p.code + m.code, certainty: Math.min(m.certainty, 0.6) } : m;
  };
  return { ...event, source: withCountry(event.source), target: event.target ? withCountry(event.target) : null };
}

function assemble(
  doc: Doc, sentence: Sentence, clause: Clause, match: Match, subject: ActorMention[], mentions: ActorMention[], intent: IntentCodes,
): RawEvent[] {
  const { tokens } = doc;
  let sources = subject;
  let target = match.target;
  if (match.passive) {
    const agent = byAgent(tokens, match.head, clause, mentions);
    if (!agent) return [];
    // "A camp for Congolese refugees was attacked by …": the passive subject may sit in a prepositional phrase.
    if (!target) target = subject[0] ?? [...mentions].reverse().find((m) => m.last <= match.head && m.first >= clause.first && m !== agent) ?? null;
    sources = [agent];
    if (match.pattern.hasTarget && !target) return [];
  }
  if (sources.length === 0) return [];
  const hedgedContext = hedgedBy(tokens, sentence, clause);
  // "expressed their intention to", "announced plans to": an intent word inside the pattern itself.
  const intentWord = match.used.some((t) => (tokens[t] as Token).pos === 'NOUN' && INTENT_TRIGGERS.has((tokens[t] as Token).lemma));
  const said = modalityOf(tokens, clause.first, match.head, match.intent === 'intended' || intentWord, hedgedContext);
  const { code, modality } = recode(tokens, sentence, clause, match, said, intent);

  // "The two leaders held talks with their delegations": a target that is one of the subjects' own is no target.
  if (target && sources.length >= 2 && sources.some((s) => s.code === target?.code)) target = null;
  const pairs: [ActorMention, ActorMention | null][] = [];
  const joint = match.pattern.mutual || JOINT_ROOTS.has(code.slice(0, 2)) || code === '057';
  if (target?.kind === 'reciprocal') {
    // "India and Pakistan accused each other": each member of the subject acts on each other member.
    for (const s of sources) for (const other of sources) if (other !== s) pairs.push([s, other]);
    if (pairs.length === 0 && match.pattern.hasTarget) return [];
    if (pairs.length === 0) for (const s of sources) pairs.push([s, null]);
  } else if (!target && sources.length >= 2 && joint) pairs.push([sources[0]!, sources[1]!]);
  else for (const s of sources) pairs.push([s, target]);

  const out: RawEvent[] = [];
  for (const [source, tgt] of pairs) {
    if (tgt && (tgt === source || tgt.code === source.code)) continue;
    out.push({
      sentence: sentence.index, source, target: tgt, code, pattern: match.pattern, head: tokens[match.head] as Token, modality,
      confidence: confidence(match, source, tgt, modality, sentence.headline),
    });
  }
  return out;
}

/**
 * The event's final CAMEO code and modality (CODING-NOTES §4, §10):
 * - "refused to meet" → the rejection code (12x), asserted; a refusal with no such code ("failed to attack") is
 *   the action negated; "will not accept refugees" is a refusal too;
 * - "threatened to withdraw", or an announced action with an "unless" condition → a threat (13x);
 * - "agreed to cooperate" (asserted) and any intended action → the intent code (03x, or 13x for conflict).
 */
function recode(tokens: Token[], sentence: Sentence, clause: Clause, match: Match, said: Modality, intent: IntentCodes): { code: string; modality: Modality } {
  const base = match.pattern.code;
  if (match.intent === 'refused') {
    const refused = intent.refused(base);
    if (refused === base) return { code: base, modality: 'negated' };
    return { code: refused, modality: said === 'negated' ? 'asserted' : said };
  }
  if (said === 'negated' && match.intent === null && hasFutureAux(tokens, clause.first, match.head) && intent.refused(base) !== base) {
    return { code: intent.refused(base), modality: 'asserted' };
  }
  if (match.intent === 'threatened' || (said === 'intended' && ultimatumFollows(tokens, sentence, clause))) {
    const threat = intent.intended(base);
    return { code: threat.startsWith('13') ? threat : '130', modality: said };
  }
  if (match.intent === 'committed' || said === 'intended') return { code: intent.intended(base), modality: said };
  return { code: base, modality: said };
}

/**
 * Confidence: pattern specificity (0.55 … 0.8), lowered for uncertain actors (agents alone, back-references),
 * headlines, hedged statements and passive voice; plus 0.15, at most 1.
 */
function confidence(match: Match, source: ActorMention, target: ActorMention | null, modality: Modality, headline: boolean): number {
  let c = Math.min(0.8, 0.45 + 0.1 * match.pattern.specificity);
  c *= Math.min(source.certainty, target ? target.certainty : 1) ** 0.5;
  if (headline) c *= 0.8;
  if (modality === 'hedged') c *= 0.8;
  if (match.passive) c *= 0.95;
  return Math.round(Math.min(1, c + 0.15) * 100) / 100;
}

/** One event per (source, target, code) per sentence. */
function dedupe(events: RawEvent[]): RawEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    const key = `${e.source.code}|${e.target?.code ?? ''}|${e.code}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
