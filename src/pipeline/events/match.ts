import type { Doc, Sentence, Token } from '../../core/doc.js';
import type { VerbPattern } from '../../dictionaries/verb-patterns.js';
import type { ActorMention } from '../actors/actor-mention.js';
import type { Clause } from '../clauses/clauses.js';
import { COMMITMENT_TRIGGERS, INTENT_TRIGGERS, REFUSAL_TRIGGERS } from './modality-cues.js';
import type { PatternIndex } from './pattern-index.js';
import { targetAfter } from './targets.js';

// Finding verb-pattern matches in a clause: head candidates, lemmas, passive voice, pattern words and the
// constructions around the head (intent, refusal, requested actions, purpose infinitives).

/** Verbs after which an event noun is coded by its own patterns ("ordered the launch of missiles"). */
const LIGHT_VERBS = new Set([
  'hold', 'conduct', 'order', 'carry', 'stage', 'launch', 'continue', 'resume', 'begin', 'start', 'make', 'pay',
  'mount', 'undertake', 'deepen', 'expand', 'strengthen', 'boost', 'step', 'intensify', 'engage', 'have', 'join',
  'host', 'attend', 'open', 'seek', 'announce', 'propose', 'plan', 'keep', 'pursue', 'perform', 'oversee', 'supervise',
  'express', 'give', 'offer', 'voice', 'issue', 'lodge', 'file', 'impose', 'stage', 'organise', 'organize', 'call',
]);

/** Determiners, adjectives and the like that may stand between a light verb and its event noun. */
const NOUN_GAP = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PRON', 'PART']);

const BE = new Set(['be', 'get']);

const QUOTES = new Set(['"', '“', '”', '‘', '’', "'", '«', '»']);

/** What governs the head: an intention ("vowed to"), a commitment ("agreed to"), a refusal ("refused to"). */
export type Intent = 'intended' | 'committed' | 'threatened' | 'refused' | null;

export interface Match {
  pattern: VerbPattern;
  head: number;
  target: ActorMention | null;
  passive: boolean;
  intent: Intent;
  /** Token indices of the pattern words matched after the head. */
  used: number[];
}

export function matchesIn(doc: Doc, sentence: Sentence, clause: Clause, mentions: ActorMention[], patterns: PatternIndex): Match[] {
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
        // "agreed to an extension of the mandate": a pattern headed by "agree" codes what was agreed as a commitment.
        const intent = tok.lemma === 'agree' && !pattern.code.startsWith('03') ? 'committed' : intentOf(tokens, h, clause);
        best = { pattern, head: h, target, passive, intent, used };
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

export function isTrigger(lemma: string): boolean {
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
  // "the occupied West Bank", "a besieged town": a participle after a determiner is an adjective.
  if (/ed$/.test(tok.lower) && ['the', 'a', 'an'].includes(tokens[h - 1]?.lower ?? '')) return false;
  if (tok.pos === 'VERB') return true;
  // "did not back", "does not recognise": after do-support a bare verb follows, whatever the tagger calls it.
  const doSupport = (k: number) => tokens[k]?.pos === 'AUX' && tokens[k]?.lemma === 'do';
  const negation = ['not', "n't", 'never'].includes(tokens[h - 1]?.lower ?? '');
  if ((doSupport(h - 1) || (negation && doSupport(h - 2))) && /^[a-z]+$/.test(tok.text) && !tok.lower.endsWith('ly') && tok.pos !== 'PRON' && tok.pos !== 'DET') return true;
  // "agreed to re-open its borders": after "<verb> to", the tagger's noun is an infinitive.
  if (tokens[h - 1]?.lower === 'to' && tokens[h - 2]?.pos === 'VERB' && (tok.pos === 'NOUN' || tok.pos === 'ADJ')) return true;
  // The tagger sometimes misses a past-tense verb right after its subject ("Militants abducted dozens") or a
  // participle after "was"/"has" ("was blockaded").
  const afterAux = (tokens[h - 1] as Token | undefined)?.pos === 'AUX';
  if ((afterActor || afterAux) && /^[a-z]+(ed|en)$/.test(tok.text) && tok.pos !== 'AUX') return true;
  if (isMistaggedPast(tokens, h)) return true;
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

/**
 * A past-tense verb the tagger called a noun between two noun phrases: "Militants in Nigeria's Borno state
 * abducted dozens of villagers". A word of six letters or more in -ed (not "seed", "need"), after a noun and
 * before the start of a noun phrase.
 */
function isMistaggedPast(tokens: Token[], h: number): boolean {
  const tok = tokens[h] as Token;
  const before = tokens[h - 1];
  const after = tokens[h + 1];
  return (tok.pos === 'NOUN' || tok.pos === 'ADJ') && /^[a-z]{4,}ed$/.test(tok.text) && tok.lemma === tok.lower
    && !!before && (before.pos === 'NOUN' || before.pos === 'PROPN') && before.sentence === tok.sentence
    && !!after && ['DET', 'NUM', 'NOUN', 'PROPN', 'ADJ', 'PRON'].includes(after.pos) && after.sentence === tok.sentence;
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
export function intentOf(tokens: Token[], h: number, clause: Clause): Intent {
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
