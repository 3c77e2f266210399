import type { Doc, Sentence, Token } from '../../core/doc.js';
import type { Modality } from '../../core/modality.js';
import type { IntentCodes } from '../../dictionaries/intent-codes.js';
import type { VerbPattern } from '../../dictionaries/verb-patterns.js';
import type { ActorLayer } from '../actors/find-actors.js';
import type { ActorMention } from '../actors/actor-mention.js';
import type { Clause } from '../clauses/clauses.js';
import { splitClauses } from '../clauses/clauses.js';
import { COMMITMENT_TRIGGERS, HEDGING_VERBS, INTENT_TRIGGERS, REFUSAL_TRIGGERS, modalityOf } from './modality-cues.js';
import type { PatternIndex } from './pattern-index.js';

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

/** Verbs after which an event noun is coded by its own patterns ("ordered the launch of missiles"). */
const LIGHT_VERBS = new Set([
  'hold', 'conduct', 'order', 'carry', 'stage', 'launch', 'continue', 'resume', 'begin', 'start', 'make', 'pay',
  'mount', 'undertake', 'deepen', 'expand', 'strengthen', 'boost', 'step', 'intensify', 'engage', 'have', 'join',
  'host', 'attend', 'open', 'seek', 'announce', 'propose', 'plan', 'keep', 'pursue', 'perform', 'oversee', 'supervise',
  'express', 'give', 'offer', 'voice', 'issue', 'lodge', 'file', 'impose', 'stage', 'organise', 'organize', 'call',
]);
/** Determiners, adjectives and the like that may stand between a light verb and its event noun. */
const NOUN_GAP = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PRON', 'PART']);
/** Tokens that may stand between a verb or preposition and the target actor. */
const TARGET_GAP = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PUNCT', 'PART', 'NOUN', 'VERB', 'PROPN', 'X', 'SYM']);
const BE = new Set(['be', 'get']);
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my']);
const CONDITIONALS = new Set(['if', 'whether', 'unless']);
/** "in 2019", "since 2014": a clause set in an earlier year tells background, not a new event. */
const YEAR_CUES = new Set(['in', 'since', 'during', 'from', 'until', 'by']);
/** Prepositions that introduce the target of an action whose pattern names none ("fired missiles at Japan"). */
const TARGET_PREPOSITIONS = new Set(['with', 'to', 'against', 'on', 'at', 'toward', 'towards', 'into', 'upon']);
/** CAMEO codes of restrictions on a population and their easing (curfew, ban, emergency rule, blockade). */
const RESTRICTION_CODES = ['081', '132', '172', '191'];
/** Attacks on a thing in a place ("attacked an oil refinery in Russia's Krasnodar region") target its country. */
const PLACE_TARGET_ROOTS = new Set(['18', '19', '20']);
const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'around', 'within', 'from']);
/** CAMEO roots whose joint action by "X and Y" is one event X → Y even when the pattern is not marked mutual. */
const JOINT_ROOTS = new Set(['03', '04', '06']);
const QUOTES = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);

/** What governs the head: an intention ("vowed to"), a commitment ("agreed to"), a refusal ("refused to"). */
type Intent = 'intended' | 'committed' | 'threatened' | 'refused' | null;

interface Match {
  pattern: VerbPattern;
  head: number;
  target: ActorMention | null;
  passive: boolean;
  intent: Intent;
  /** Token indices of the pattern words matched after the head. */
  used: number[];
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

function matchesIn(doc: Doc, sentence: Sentence, clause: Clause, mentions: ActorMention[], patterns: PatternIndex): Match[] {
  const { tokens } = doc;
  const perHead: Match[] = [];
  for (let h = clause.first; h < clause.last; h++) {
    const tok = tokens[h] as Token;
    const afterActor = mentions.some((m) => m.last === h);
    if (!isHeadCandidate(tokens, h, clause, sentence.headline, afterActor)) continue;
    let best: Match | null = null;
    for (const lemma of headLemmas(tok, sentence.headline || tok.pos !== 'VERB')) {
      const list = patterns.get(lemma);
      if (!list) continue;
      const passive = isPassive(tokens, h, clause);
      for (const pattern of list) {
        if (best && pattern.specificity <= best.pattern.specificity) break;
        const used: number[] = [];
        const target = matchElements(tokens, pattern, h, clause, mentions, passive, used);
        if (target === undefined) continue;
        best = { pattern, head: h, target, passive, intent: intentOf(tokens, h, clause), used };
        break;
      }
    }
    if (best && !isRequestedAction(tokens, h, clause) && !isPurpose(tokens, h, clause)) perHead.push(best);
  }
  // A head that another match used as one of its words ("talks" in "held talks with") is not an event of its
  // own, and neither is an intent verb whose complement matched ("agreed" in "agreed to meet").
  // The first rule goes first, so that a trigger pattern which used its complement ("refused talks") stays.
  const consumed = perHead.filter((m) => perHead.some((o) => o !== m && o.used.includes(m.head) && o.pattern.specificity >= m.pattern.specificity));
  const kept = perHead.filter((m) => !consumed.includes(m));
  return kept.filter((m) => !kept.some((o) => o !== m && o.intent !== null && o.head > m.head && o.head - m.head <= 8
    && !m.used.includes(o.head) && isTrigger((tokens[m.head] as Token).lemma)));
}

function isTrigger(lemma: string): boolean {
  return INTENT_TRIGGERS.has(lemma) || COMMITMENT_TRIGGERS.has(lemma) || REFUSAL_TRIGGERS.has(lemma);
}

function isHeadCandidate(tokens: Token[], h: number, clause: Clause, headline: boolean, afterActor: boolean): boolean {
  const tok = tokens[h] as Token;
  if (tok.kind !== 'word') return false;
  // "Iran-backed Houthis", "Saudi-led coalition", "long-threatened invasion": a participle hyphenated to a name
  // or an adverb is an adjective ("test-fired missiles" is a verb).
  const prefix = tokens[h - 2];
  if (tokens[h - 1]?.text === '-' && prefix && (/^[A-Z]/.test(prefix.text) || prefix.pos === 'ADJ' || prefix.pos === 'ADV')) return false;
  // "the decision of sending troops", "from demonstrating its prowess": a gerund after a preposition or
  // determiner is a noun phrase, not an event.
  const before = tokens[h - 1];
  if (tok.lower.endsWith('ing') && before && (before.pos === 'ADP' || before.pos === 'DET' || before.pos === 'SCONJ') && before.lower !== 'by') return false;
  if (tok.pos === 'VERB') return true;
  // The tagger sometimes misses a past-tense verb right after its subject ("Militants abducted dozens") or a
  // participle after "was"/"has" ("was blockaded").
  const afterAux = (tokens[h - 1] as Token | undefined)?.pos === 'AUX';
  if ((afterActor || afterAux) && /^[a-z]+(ed|en)$/.test(tok.text) && tok.pos !== 'AUX') return true;
  if (headline && /^[A-Z]/.test(tok.text) && tok.pos !== 'DET' && tok.pos !== 'ADP' && tok.pos !== 'CCONJ') return true;
  if (tok.pos !== 'NOUN') return false;
  // An event noun counts only as the object of a light verb: "held talks", "ordered the launch of".
  for (let t = h - 1; t >= clause.first && t >= h - 5; t--) {
    const prev = tokens[t] as Token;
    if (prev.pos === 'VERB') return LIGHT_VERBS.has(prev.lemma);
    if (!NOUN_GAP.has(prev.pos) && prev.lower !== 'in' && !QUOTES.has(prev.text) && prev.text !== '-') return false;
  }
  return false;
}

/** Lemmas to look up for a head token; headlines are often mis-tagged, so also try simple de-inflection. */
function headLemmas(tok: Token, headline: boolean): string[] {
  if (!headline) return tok.lemma === tok.lower ? [tok.lemma] : [tok.lemma, tok.lower];
  const w = tok.lower;
  const out = new Set([tok.lemma, w]);
  if (w.endsWith('ies')) out.add(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.add(w.slice(0, -2));
  if (w.endsWith('s')) out.add(w.slice(0, -1));
  if (w.endsWith('ed')) { out.add(w.slice(0, -2)); out.add(w.slice(0, -1)); }
  return [...out];
}

function isPassive(tokens: Token[], h: number, clause: Clause): boolean {
  const tok = tokens[h] as Token;
  if (tok.lower.endsWith('ing')) return false;
  // A reduced relative clause: "the demonstration staged by students".
  if (/(ed|en)$/.test(tok.lower) && (tokens[h - 1] as Token | undefined)?.pos === 'NOUN' && (tokens[h + 1] as Token | undefined)?.lower === 'by') return true;
  for (let t = h - 1; t >= clause.first && t >= h - 4; t--) {
    const prev = tokens[t] as Token;
    // "was hit": the participle may look like the base form; "be" right before it decides.
    if (prev.pos === 'AUX' && BE.has(prev.lemma)) return tok.lower !== tok.lemma || t === h - 1 || t === h - 2;
    if (prev.pos === 'VERB' && BE.has(prev.lemma)) return true;
    if (!(prev.pos === 'ADV' || prev.pos === 'PART' || prev.pos === 'AUX')) return false;
  }
  return false;
}

/**
 * Matches the pattern's elements after head `h`. Returns the target mention (null when the pattern has no
 * target) or undefined when the pattern does not match.
 */
function matchElements(
  tokens: Token[], pattern: VerbPattern, h: number, clause: Clause, mentions: ActorMention[], passive: boolean, used: number[],
): ActorMention | null | undefined {
  let pos = h + 1;
  let target: ActorMention | null = null;
  for (const el of pattern.elements) {
    if (el.kind === 'word') {
      let k = pos;
      while (k < clause.last && !wordFits(tokens[k] as Token, el.words, el.prefixes)) k++;
      if (k >= clause.last) {
        // In the passive the object noun may stand before the head ("sanctions were imposed on").
        if (!passive) return undefined;
        let b = clause.first;
        while (b < h && !wordFits(tokens[b] as Token, el.words, el.prefixes)) b++;
        if (b >= h) return undefined;
        continue;
      }
      used.push(k);
      pos = k + 1;
      continue;
    }
    const m = targetAfter(tokens, pos, clause, mentions);
    if (!m) {
      if (passive) continue; // the passive subject will be the target
      return undefined;
    }
    target = m;
    pos = m.last;
  }
  return target;
}

function wordFits(tok: Token, words: string[], prefixes: string[]): boolean {
  if (words.includes(tok.lemma) || words.includes(tok.lower)) return true;
  // Mis-tagged plurals (headlines, proper-noun tags): "Hands" → "hand".
  if (tok.lower.endsWith('s') && words.includes(tok.lower.slice(0, -1))) return true;
  for (const p of prefixes) if (tok.lower.startsWith(p)) return true;
  return false;
}

/** The first actor mention starting within four tokens of `pos`, reached across modifiers only. */
function targetAfter(tokens: Token[], pos: number, clause: Clause, mentions: ActorMention[]): ActorMention | null {
  for (const m of mentions) {
    if (m.first < pos || m.first >= clause.last || m.means) continue;
    if (m.first - pos > 4) return null;
    for (let t = pos; t < m.first; t++) {
      const tok = tokens[t] as Token;
      // "killed dozens of residents": a quantity and its "of" lead to the actor.
      const quantityOf = tok.lower === 'of' && t + 1 === m.first && t > pos && ((tokens[t - 1] as Token).pos === 'NUM' || (tokens[t - 1] as Token).pos === 'NOUN');
      // "more than 100 protesters", "at least 20 soldiers"
      const amount = (tok.lower === 'than' && t > pos && /^(more|fewer|less)$/.test((tokens[t - 1] as Token).lower))
        || (tok.lower === 'at' && (tokens[t + 1] as Token | undefined)?.lower === 'least');
      if (quantityOf || amount) continue;
      if ((!TARGET_GAP.has(tok.pos) && !POSSESSIVE_PRONOUNS.has(tok.lower)) || tok.lower === ',' || tok.lower === ';') return null;
    }
    return m;
  }
  return null;
}

/** "… unless President X arranges a ceasefire": a condition attached after the clause. */
function hasFutureAux(tokens: Token[], from: number, head: number): boolean {
  for (let t = from; t < head; t++) if (/^(will|would|wo|shall)$/.test((tokens[t] as Token).lower)) return true;
  return false;
}

function ultimatumFollows(tokens: Token[], sentence: Sentence, clause: Clause): boolean {
  for (let t = clause.last; t < sentence.last && t < clause.last + 3; t++) if ((tokens[t] as Token).lower === 'unless') return true;
  return false;
}

function setInEarlierYear(tokens: Token[], clause: Clause, year: number): boolean {
  for (let t = clause.first + 1; t < clause.last; t++) {
    const tok = tokens[t] as Token;
    if (/^(1[89]|20)\d\d$/.test(tok.text) && Number(tok.text) < year && YEAR_CUES.has((tokens[t - 1] as Token).lower)) return true;
  }
  return false;
}

const REQUEST_ROOTS = new Set(['02', '10']);
const OBLIGATION = new Set(['must', 'should', 'ought']);
const SAYING = new Set(['say', 'state', 'insist', 'declare', 'tell', 'add', 'stress', 'announce', 'argue', 'write', 'note', 'reiterate', 'maintain', 'believe']);

/**
 * For a clause whose verb group says "must" or "should", the actor who said so ("X said Y must …"): the
 * subject of a saying verb earlier in the sentence. Null when there is none.
 */
function obligationSpeaker(tokens: Token[], sentence: Sentence, clause: Clause, mentions: ActorMention[], head: number | undefined): ActorMention | null {
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
function asDemand(e: RawEvent, speaker: ActorMention, match: Match, intent: IntentCodes): RawEvent {
  if (speaker.code === e.source.code) return e;
  return { ...e, source: speaker, target: e.source, code: intent.demanded(match.pattern.code), modality: 'asserted' };
}

/** Roots whose "X verb that Y …" makes Y the target: appeals, demands, threats, accusations. */
const THAT_TARGET_ROOTS = new Set(['02', '10', '11', '13']);

/**
 * The target of a pattern that names none: the subject of a following "that" clause for demands and appeals
 * ("China demanded that the Philippines remove …"), a direct object just after the verb ("warned Finland of"),
 * or an actor introduced by with/to/against/on/at/toward after the matched words ("fired missiles at Japan").
 * Never one of the subject's own actors; a compound subject of a mutual action keeps its pairing.
 */
function fallbackTarget(
  tokens: Token[], match: Match, clause: Clause, next: Clause | undefined, mentions: ActorMention[], subject: ActorMention[],
): ActorMention | null {
  if (match.pattern.hasTarget) return null;
  const own = (m: ActorMention): boolean => m.means || subject.includes(m) || subject.some((s) => s.code === m.code
    // "put its troops on alert": the subject's own forces.
    || (POSSESSIVE_PRONOUNS.has((tokens[m.first - 1] as Token | undefined)?.lower ?? '') && s.code.slice(0, 3) === m.code.slice(0, 3)));
  if (next && (tokens[next.first] as Token).lower === 'that' && THAT_TARGET_ROOTS.has(match.pattern.code.slice(0, 2))) {
    const m = mentions.find((x) => x.first > next.first && x.first <= next.first + 3 && !x.preposition);
    if (m && !own(m)) return m;
  }
  if (subject.length >= 2 && (match.pattern.mutual || JOINT_ROOTS.has(match.pattern.code.slice(0, 2)))) return null;
  const direct = targetAfter(tokens, match.head + 1, clause, mentions);
  if (direct && !direct.preposition && !own(direct) && !direct.possessive) return direct;
  const from = Math.max(match.head, ...match.used) + 1;
  // Restrictions (curfews, bans, emergency rule) and their easing are aimed at the people of the place named.
  const restriction = RESTRICTION_CODES.some((c) => match.pattern.code.startsWith(c)) || PLACE_TARGET_ROOTS.has(match.pattern.code.slice(0, 2));
  for (const m of mentions) {
    if (m.first < from || m.first >= clause.last) continue;
    if (m.first - from > 6) break;
    if (m.preposition && (TARGET_PREPOSITIONS.has(m.preposition) || (restriction && m.preposition === 'in')) && !own(m)) return m;
  }
  // The object may name its owner deeper in the phrase: "any ship bound for Israeli ports", "a French uranium
  // company", "rifles seized from Philippine troops". A protest is aimed at whoever the rest of the sentence
  // names ("… to protest Sweden's decision", "… in defiance of Chinese authorities"). Places aside.
  const reach = match.pattern.code.startsWith('14') ? 15 : 10;
  const limit = match.pattern.code.startsWith('14') ? Infinity : clause.last;
  let stop = from;
  while (stop < from + reach && stop < tokens.length && stop < limit && tokens[stop]!.sentence === tokens[from - 1]!.sentence
    && tokens[stop]!.lower !== ',' && tokens[stop]!.lower !== ';') stop++;
  return mentions.find((m) => m.first >= from && m.last <= stop && !own(m) && !LOCATIVE.has(m.preposition ?? '')) ?? null;
}

/**
 * Verbs whose "to + verb" complement is the content of a request, not an event: "urged Iran to release",
 * "asked Japan to send", "allowed inspectors to return". The request itself is coded by its own pattern.
 */
const CONTENT_VERBS = new Set([
  'urge', 'ask', 'call', 'demand', 'request', 'invite', 'allow', 'help', 'force', 'encourage', 'press', 'pressure',
  'persuade', 'convince', 'tell', 'order', 'appeal', 'permit', 'enable', 'compel', 'oblige', 'push', 'advise', 'instruct',
  'warn', 'beg', 'implore', 'challenge',
]);

/** The head is the "to"-complement of a content verb ("urged the counterpart to sign"). */
function isRequestedAction(tokens: Token[], h: number, clause: Clause): boolean {
  let t = h - 1;
  while (t >= clause.first && t >= h - 4 && (tokens[t] as Token).lower !== 'to') {
    const tok = tokens[t] as Token;
    if (!(tok.pos === 'ADV' || tok.pos === 'PART')) return false;
    t--;
  }
  if (t < clause.first || (tokens[t] as Token).lower !== 'to') return false;
  for (let k = t - 1; k >= clause.first && k >= t - 8; k--) {
    const tok = tokens[k] as Token;
    if (tok.pos === 'VERB' || tok.pos === 'AUX') return CONTENT_VERBS.has(tok.lemma);
    if (tok.lower === 'call' || tok.lower === 'appeal' || tok.lower === 'request' || tok.lower === 'demand') return true;
  }
  return false;
}

/**
 * A purpose infinitive after a noun phrase: "mobilized pressure groups in the US to help", "gathered for a rally
 * in Lagos to protest". The purpose is not an act of its own; the main verb is coded.
 */
function isPurpose(tokens: Token[], h: number, clause: Clause): boolean {
  let t = h - 1;
  while (t > clause.first && (tokens[t] as Token).pos === 'ADV') t--;
  if ((tokens[t] as Token | undefined)?.lower !== 'to' || t - 1 < clause.first) return false;
  const before = tokens[t - 1] as Token;
  return (before.pos === 'NOUN' || before.pos === 'PROPN' || before.pos === 'NUM') && !INTENT_TRIGGERS.has(before.lemma) && !COMMITMENT_TRIGGERS.has(before.lemma);
}

/** "vowed to attack" → intended; "refused to meet" → refused; looks back past "to" and light verbs. */
function intentOf(tokens: Token[], h: number, clause: Clause): Intent {
  let t = h - 1;
  while (t >= clause.first && t >= h - 6) {
    const tok = tokens[t] as Token;
    if (tok.lower === 'to') break;
    if (!(NOUN_GAP.has(tok.pos) || (tok.pos === 'VERB' && LIGHT_VERBS.has(tok.lemma)) || tok.lower === 'in')) return null;
    t--;
  }
  if (t < clause.first || (tokens[t] as Token).lower !== 'to') return null;
  for (let k = t - 1; k >= clause.first && k >= t - 5; k--) {
    const tok = tokens[k] as Token;
    if (REFUSAL_TRIGGERS.has(tok.lemma)) return 'refused';
    if (tok.lemma === 'threaten') return 'threatened';
    if (COMMITMENT_TRIGGERS.has(tok.lemma)) return 'committed';
    if (INTENT_TRIGGERS.has(tok.lemma) || INTENT_TRIGGERS.has(tok.lower)) {
      // "rejected an offer to host talks": the offer is refused.
      for (let r = k - 1; r >= clause.first && r >= k - 3; r--) if (REFUSAL_TRIGGERS.has((tokens[r] as Token).lemma)) return 'refused';
      return 'intended';
    }
    // Adverbs, "on Monday", "again", "their": what may stand between the trigger and its "to".
    if (!(tok.pos === 'ADV' || tok.pos === 'DET' || tok.pos === 'PRON' || tok.pos === 'ADJ' || tok.lower === 'on' || WEEKDAY.test(tok.text) || tok.lower === 'today')) return null;
  }
  return null;
}

const WEEKDAY = /^(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/;

/**
 * The clause subject: the nearest actor mention before the head that is not a prepositional object or a
 * possessive, with any actors coordinated to it ("X and Y"); a pair reference expands to its members.
 * Coordinated verb clauses inherit the previous subject; relative clauses take their antecedent.
 */
function subjectOf(tokens: Token[], clause: Clause, head: number, mentions: ActorMention[], previous: ActorMention[]): ActorMention[] {
  if (clause.relativeTo !== null) {
    const antecedent = mentions.find((m) => m.last === clause.relativeTo);
    if (antecedent && !antecedent.preposition) return expand([antecedent]);
  }
  const before = mentions.filter((m) => m.first >= clause.first && m.last <= head);
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k] as ActorMention;
    if (m.preposition || m.possessive || m.code === '') continue;
    if (m.modifier && !beforePluralNoun(tokens, m)) continue;
    const chain = [m];
    for (let j = k - 1; j >= 0; j--) {
      const prev = before[j] as ActorMention;
      const link = tokens.slice(prev.last, chain[0]!.first).map((t) => t.lower).join(' ');
      const coordinated = link === 'and' || link === ', and' || link === 'or' || /^and (his|her|its|their)$/.test(link);
      if (coordinated || (link === ',' && !prev.preposition)) chain.unshift(prev);
      else break;
    }
    // "a deal between North Korea and Russia": a coordination inside a prepositional phrase is no subject.
    if (chain[0]!.preposition) continue;
    return expand(chain);
  }
  if (clause.inherits) return previous;
  return [];
}

/** "Palestinian youths", "Iraqi Kurds": a country adjective before a plural noun names people of that country. */
function beforePluralNoun(tokens: Token[], m: ActorMention): boolean {
  const next = tokens[m.last];
  return !!next && (next.pos === 'NOUN' || next.pos === 'PROPN') && /[a-z]s$/.test(next.text) && next.lemma !== next.lower;
}

/**
 * A pair reference ("the two leaders") stands for its members; each member keeps its code and name but takes
 * the reference's own span, so the event points at the words of its own sentence.
 */
function expand(chain: ActorMention[]): ActorMention[] {
  return chain.flatMap((m) => (m.kind === 'pair' && m.members.length > 0
    ? m.members.map((member) => ({ ...member, first: m.first, last: m.last, start: m.start, end: m.end, sentence: m.sentence, certainty: m.certainty }))
    : [m]));
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

function byAgent(tokens: Token[], head: number, clause: Clause, mentions: ActorMention[]): ActorMention | null {
  for (let t = head + 1; t < clause.last && t <= head + 6; t++) {
    if ((tokens[t] as Token).lower !== 'by') continue;
    return mentions.find((m) => m.first > t && m.first <= t + 3 && m.first < clause.last) ?? null;
  }
  return null;
}

/** The clause complements a hedging verb earlier in the sentence ("Analysts suggest this could …"). */
function hedgedBy(tokens: Token[], sentence: Sentence, clause: Clause): boolean {
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

