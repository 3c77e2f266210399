import type { Token } from '../../core/doc.js';
import type { Modality } from '../../core/modality.js';

/** Word lists behind modality (written for sitrep from the usual English cues; see CODING-NOTES §10). */
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor']);
const NEGATING_VERBS = new Set(['deny']);
const HEDGES = new Set([
  'may', 'might', 'could', 'reportedly', 'allegedly', 'possibly', 'likely', 'apparently', 'probably', 'perhaps',
  'purportedly', 'supposedly', 'unconfirmed', 'rumoured', 'rumored', 'seemingly',
]);
/** "is expected to", "is believed to", "appears to": hedge when followed by "to". */
const HEDGING_BEFORE_TO = new Set(['expect', 'believe', 'say', 'think', 'report', 'appear', 'seem', 'rumour', 'rumor', 'suspect', 'understand']);
/** A clause that complements one of these verbs is someone's inference ("analysts suggest …"). */
export const HEDGING_VERBS = new Set(['suggest', 'speculate', 'suspect', 'believe', 'think', 'assume', 'guess', 'predict', 'fear', 'allege', 'rumour', 'rumor']);
const FUTURE = new Set(['will', 'would', 'shall', "'ll", 'wo']);
/** Verbs and nouns that turn a following "to + verb" into an announced intention (modality: intended). */
export const INTENT_TRIGGERS = new Set([
  'vow', 'pledge', 'promise', 'plan', 'intend', 'aim', 'offer', 'prepare', 'resolve', 'commit', 'undertake', 'seek',
  'want', 'hope', 'wish', 'propose', 'swear', 'ready', 'willing', 'prepared', 'determined',
  'intention', 'intent', 'commitment', 'readiness', 'willingness', 'desire', 'determination', 'bid', 'plan',
]);
/**
 * Verbs whose "to + verb" complement is recoded as intent (CAMEO 03/13) while the agreeing or threatening
 * itself is asserted: "agreed to cooperate" (031, asserted), "threatened to impose sanctions" (1312, asserted).
 */
export const COMMITMENT_TRIGGERS = new Set(['agree', 'threaten', 'decide', 'vote', 'announce', 'agreement', 'decision']);
/** Verbs whose "to + verb" complement is refused: "refused to meet" → CAMEO 12 (reject). */
export const REFUSAL_TRIGGERS = new Set(['refuse', 'decline', 'reject', 'fail']);

/**
 * Modality of the verb group in tokens [from, head): negation beats hedging, which beats intent.
 * `intent` is true when an intent construction governs the head; `hedgedContext` when the clause is the
 * complement of a hedging verb earlier in the sentence.
 */
export function modalityOf(tokens: readonly Token[], from: number, head: number, intent: boolean, hedgedContext: boolean): Modality {
  let negated = false;
  let hedged = hedgedContext;
  let intended = intent;
  for (let t = from; t < head; t++) {
    const tok = tokens[t] as Token;
    // "would not hesitate to impose": a negated hesitation is no negation.
    if (NEGATORS.has(tok.lower) && (tokens[t + 1] as Token | undefined)?.lemma === 'hesitate') continue;
    if (NEGATORS.has(tok.lower) || (NEGATING_VERBS.has(tok.lemma) && (tokens[t + 1] as Token | undefined)?.lower === 'to')) negated = true;
    else if (HEDGES.has(tok.lower)) hedged = true;
    else if (HEDGING_BEFORE_TO.has(tok.lemma) && tok.pos === 'VERB' && (tokens[t + 1] as Token | undefined)?.lower === 'to'
      && /(ed|en|s)$/.test(tok.lower) && t > from && (tokens[t - 1] as Token).lemma === 'be') hedged = true;
    else if (FUTURE.has(tok.lower) && tok.pos === 'AUX') intended = true;
    else if ((tok.lower === 'going' || tok.lower === 'set' || tok.lower === 'about') && (tokens[t + 1] as Token | undefined)?.lower === 'to') intended = true;
  }
  if (negated) return 'negated';
  if (hedged) return 'hedged';
  if (intended) return 'intended';
  return 'asserted';
}
