import type { Token } from '../../core/doc.js';
import type { ActorMention } from '../actors/actor-mention.js';
import type { Clause } from '../clauses/clauses.js';
import type { Match } from './match.js';

// Targets: the actor a pattern's +T reaches, and the target of an event whose pattern names none.

/** Tokens that may stand between a verb or preposition and the target actor. */
const TARGET_GAP = new Set(['DET', 'ADJ', 'NUM', 'ADV', 'PUNCT', 'PART', 'NOUN', 'VERB', 'PROPN', 'X', 'SYM']);

export const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their', 'our', 'my']);

/** Prepositions that introduce the target of an action whose pattern names none ("fired missiles at Japan"). */
const TARGET_PREPOSITIONS = new Set(['with', 'to', 'against', 'on', 'at', 'toward', 'towards', 'into', 'upon']);

/** CAMEO codes of restrictions on a population and their easing (curfew, ban, emergency rule, blockade). */
const RESTRICTION_CODES = ['081', '132', '172', '191'];

/** Attacks on a thing in a place ("attacked an oil refinery in Russia's Krasnodar region") target its country. */
const PLACE_TARGET_ROOTS = new Set(['18', '19', '20']);

const LOCATIVE = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'throughout', 'around', 'within', 'from']);

/** CAMEO roots whose joint action by "X and Y" is one event X → Y even when the pattern is not marked mutual. */
export const JOINT_ROOTS = new Set(['03', '04', '06']);

/** The first actor mention starting within four tokens of `pos`, reached across modifiers only. */
export function targetAfter(tokens: Token[], pos: number, clause: Clause, mentions: ActorMention[]): ActorMention | null {
  // A verb particle may stand before the object: "beat up protesters", "rounded up dozens".
  if (PARTICLES.has(tokens[pos]?.lower ?? '') && tokens[pos - 1]?.pos === 'VERB') pos++;
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

/** Roots whose "X verb that Y …" makes Y the target: appeals, demands, threats, accusations. */
const PARTICLES = new Set(['up', 'down', 'out', 'off']);
const CONDITION_WORDS = new Set(['if', 'unless']);

const THAT_TARGET_ROOTS = new Set(['02', '10', '11', '13']);

/**
 * The target of a pattern that names none: the subject of a following "that" clause for demands and appeals
 * ("China demanded that the Philippines remove …"), a direct object just after the verb ("warned Finland of"),
 * or an actor introduced by with/to/against/on/at/toward after the matched words ("fired missiles at Japan").
 * Never one of the subject's own actors; a compound subject of a mutual action keeps its pairing.
 */
export function fallbackTarget(
  tokens: Token[], match: Match, clause: Clause, next: Clause | undefined, mentions: ActorMention[], subject: ActorMention[],
  places: readonly ActorMention[] = [],
): ActorMention | null {
  if (match.pattern.hasTarget) return null;
  // Mobilizing means one's own forces: "called up thousands of reservists" has no target of the same country.
  const mobilizing = match.pattern.code.startsWith('15');
  const own = (m: ActorMention): boolean => m.means || subject.includes(m) || subject.some((s) => s.code === m.code
    || (mobilizing && s.code.slice(0, 3) === m.code.slice(0, 3))
    // "put its troops on alert": the subject's own forces.
    || (POSSESSIVE_PRONOUNS.has((tokens[m.first - 1] as Token | undefined)?.lower ?? '') && s.code.slice(0, 3) === m.code.slice(0, 3)));
  if (next && (tokens[next.first] as Token).lower === 'that' && THAT_TARGET_ROOTS.has(match.pattern.code.slice(0, 2))) {
    const m = mentions.find((x) => x.first > next.first && x.first <= next.first + 3 && !x.preposition);
    if (m && !own(m)) return m;
  }
  if (subject.length >= 2 && (match.pattern.mutual || JOINT_ROOTS.has(match.pattern.code.slice(0, 2)))) return null;
  // A threat or ultimatum is aimed at whoever its condition names: "… if the United States goes ahead".
  const condition = next ? (tokens[next.first] as Token).lower : '';
  if (next && CONDITION_WORDS.has(condition) && (condition === 'unless' || match.intent === 'threatened' || match.pattern.code.startsWith('13'))) {
    const m = mentions.find((x) => x.first > next.first && x.first <= next.first + 4 && !x.preposition && !own(x));
    if (m) return m;
  }
  const direct = targetAfter(tokens, match.head + 1, clause, mentions);
  // "expelled each other's ambassadors": the owner of the object is the target when it is reciprocal.
  if (direct && !direct.preposition && !own(direct) && (!direct.possessive || direct.kind === 'reciprocal')) return direct;
  const from = Math.max(match.head, ...match.used) + 1;
  // Restrictions (curfews, bans, emergency rule) and their easing are aimed at the people of the place named.
  const restriction = RESTRICTION_CODES.some((c) => match.pattern.code.startsWith(c)) || PLACE_TARGET_ROOTS.has(match.pattern.code.slice(0, 2));
  // An "as" after the matched words describes the object and names no target: "condemned the launch as a
  // violation of UN resolutions", "denounced the test as a threat to the United Nations order".
  // ("such as" lists examples: it does not count).
  let described = from;
  while (described < clause.last && !(tokens[described]!.lower === 'as' && tokens[described - 1]?.lower !== 'such')) described++;
  if (described === clause.last) described = Infinity;
  for (const m of mentions) {
    if (m.first < from || m.first >= Math.min(clause.last, described)) continue;
    if (m.first - from > 6) break;
    if (m.preposition && (TARGET_PREPOSITIONS.has(m.preposition) || (restriction && m.preposition === 'in')) && !own(m)) return m;
  }
  // The object may name its owner deeper in the phrase: "any ship bound for Israeli ports", "a French uranium
  // company", "rifles seized from Philippine troops". A protest is aimed at whoever the rest of the sentence
  // names ("… to protest Sweden's decision", "… in defiance of Chinese authorities"). Places aside; nothing
  // after a describing "as".
  // A protest pattern may end on a word far from its verb ("blocked a road … against the policy"): search its
  // whole reach from the verb.
  const protest = match.pattern.code.startsWith('14');
  const reach = protest ? 15 : 10;
  const limit = protest ? Infinity : clause.last;
  const start = protest ? match.head + 1 : from;
  let stop = start;
  while (stop < start + reach && stop < tokens.length && stop < limit && tokens[stop]!.sentence === tokens[match.head]!.sentence
    && tokens[stop]!.lower !== ',' && tokens[stop]!.lower !== ';' && stop < described) stop++;
  const owner = mentions.find((m) => m.first >= start && m.last <= stop && !own(m) && !LOCATIVE.has(m.preposition ?? ''));
  if (owner) return owner;
  // An attack on a town, region or site, or on something in one, is aimed at its country: "shelled Kharkiv",
  // "struck an energy facility in the Lviv region" → UKR (the places stage resolves the name).
  // Not when the object is an agreement: "violated the truce in El Fasher" says where the truce holds.
  if (!PLACE_TARGET_ROOTS.has(match.pattern.code.slice(0, 2))) return null;
  return places.find((p) => p.first >= match.head && p.first < Math.min(clause.last, described) && p.first - from <= PLACE_REACH
    && !tokens.slice(match.head + 1, p.first).some((t) => AGREEMENT_NOUNS.has(t.lemma))) ?? null;
}

/** Objects that are agreements, not things or people: a place after them is where they hold. */
const AGREEMENT_NOUNS = new Set(['truce', 'ceasefire', 'cease-fire', 'agreement', 'deal', 'accord', 'armistice']);

/** How far after the matched words a place may name an attack's target, in tokens. */
const PLACE_REACH = 8;

export function byAgent(tokens: Token[], head: number, clause: Clause, mentions: ActorMention[]): ActorMention | null {
  for (let t = head + 1; t < clause.last && t <= head + 6; t++) {
    if ((tokens[t] as Token).lower !== 'by') continue;
    return mentions.find((m) => m.first > t && m.first <= t + 3 && m.first < clause.last) ?? null;
  }
  return null;
}
