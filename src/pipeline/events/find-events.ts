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
export function findEvents(doc: Doc, actors: ActorLayer, patterns: PatternIndex, intent: IntentCodes, published: string): RawEvent[] {
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
      if (setInEarlierYear(doc.tokens, clause, year)) return;
      // "China demanded that the Philippines remove …": what is demanded is the content of the demand.
      const demandedContent = requestBefore && (doc.tokens[clause.first] as Token).lower === 'that';
      const matches = demandedContent ? [] : matchesIn(doc, sentence, clause, mentions, patterns);
      if (matches.length > 0) requestBefore = matches.some((m) => REQUEST_ROOTS.has(m.pattern.code.slice(0, 2)));
      const speaker = obligationSpeaker(doc.tokens, sentence, clause, mentions, matches[0]?.head);
      const clauseSubject = subjectOf(doc.tokens, clause, matches[0]?.head ?? clause.last, mentions, previousSubject);
      for (const match of matches) {
        const subject = subjectOf(doc.tokens, clause, match.head, mentions, previousSubject);
        if (!match.target && !match.passive) match.target = fallbackTarget(doc.tokens, match, clause, clauses[k + 1], mentions, subject);
        const assembled = assemble(doc, sentence, clause, match, subject, mentions, intent);
        // "Russia said that Sudan must return the helicopter": Russia demands it of Sudan.
        found.push(...(speaker ? assembled.map((e) => asDemand(e, speaker, match, intent)) : assembled));
      }
      // A relative clause about a thing ("a resolution that aims to …") leaves no actor for what follows it.
      if (clauseSubject.length > 0) previousSubject = clauseSubject;
      else if (clause.relativeTo !== null) previousSubject = [];
    });
    events.push(...dedupe(found));
  }
  return events;
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
  let modality = modalityOf(tokens, clause.first, match.head, match.intent === 'intended' || intentWord, hedgedContext);
  // "refused to meet" is a rejection (CAMEO 12); a refusal with no such code ("failed to attack") is a negation.
  const refusedCode = match.intent === 'refused' ? intent.refused(match.pattern.code) : null;
  if (refusedCode !== null && refusedCode === match.pattern.code) modality = 'negated';
  else if (match.intent === 'refused' && modality === 'negated') modality = 'asserted';
  // "will not accept more refugees": an announced refusal is a rejection (CAMEO 12) where one exists.
  const willNot = modality === 'negated' && match.intent === null && hasFutureAux(tokens, clause.first, match.head);
  // An announced action is coded as the intent to do it (CAMEO 03 or 13), a refused one as a rejection (12).
  let code = match.pattern.code;
  if (willNot && intent.refused(code) !== code) {
    code = intent.refused(code);
    modality = 'asserted';
  } else if (refusedCode !== null) code = refusedCode;
  // A threat to do something cooperative ("threatened to withdraw troops") is still a threat (CAMEO 13), and so
  // is an announced action made conditional: "will withdraw its force unless …".
  else if (match.intent === 'threatened' || (modality === 'intended' && ultimatumFollows(tokens, sentence, clause))) {
    code = intent.intended(code).startsWith('13') ? intent.intended(code) : '130';
  } else if (match.intent === 'committed' || modality === 'intended') code = intent.intended(code);

  // "The two leaders held talks with their delegations": a target that is one of the subjects' own is no target.
  if (target && sources.length >= 2 && sources.some((s) => s.code === target?.code)) target = null;
  const pairs: [ActorMention, ActorMention | null][] = [];
  const joint = match.pattern.mutual || JOINT_ROOTS.has(code.slice(0, 2)) || code === '057';
  if (!target && sources.length >= 2 && joint) pairs.push([sources[0]!, sources[1]!]);
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
 * Confidence: pattern specificity (0.5 … 0.8), lowered for uncertain actors (agents alone, back-references),
 * headlines and hedged or negated statements.
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
