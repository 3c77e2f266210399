import type { Token } from '../../core/doc.js';
import type { ActorMention } from '../actors/actor-mention.js';
import type { Clause } from '../clauses/clauses.js';

// Subjects: the source actor(s) of a clause.

/**
 * The clause subject: the nearest actor mention before the head that is not a prepositional object or a
 * possessive, with any actors coordinated to it ("X and Y"); a pair reference expands to its members.
 * Coordinated verb clauses inherit the previous subject; relative clauses take their antecedent.
 */
export function subjectOf(tokens: Token[], clause: Clause, head: number, mentions: ActorMention[], previous: ActorMention[]): ActorMention[] {
  if (clause.relativeTo !== null) {
    const antecedent = mentions.find((m) => m.last === clause.relativeTo);
    if (antecedent && !antecedent.preposition) return expand([antecedent]);
  }
  const before = mentions.filter((m) => m.first >= clause.first && m.last <= head);
  for (let k = before.length - 1; k >= 0; k--) {
    const m = before[k] as ActorMention;
    if (m.preposition || m.possessive || m.code === '') continue;
    if (m.modifier && !beforePluralNoun(tokens, m)) continue;
    // "Pakistan, a key U.S. ally in the war, has refused …": a mention inside an apposition defers to the noun
    // phrase the apposition describes.
    const described = appositionHead(tokens, m, head, before);
    if (described) return expand([described]);
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

/**
 * The actor an apposition describes: for a mention inside ", a/an/the …," between the subject and the verb, the
 * mention ending just before the opening comma.
 */
function appositionHead(tokens: Token[], m: ActorMention, head: number, before: ActorMention[]): ActorMention | null {
  let close = m.last;
  while (close < head && tokens[close]?.text !== ',') close++;
  if (close >= head) return null;
  let open = m.first - 1;
  while (open > 0 && tokens[open]?.text !== ',' && m.first - open < 8) open--;
  if (tokens[open]?.text !== ',' || !['a', 'an', 'the'].includes(tokens[open + 1]?.lower ?? '')) return null;
  return before.find((x) => x.last === open && !x.preposition && !x.possessive) ?? null;
}

/** "Palestinian youths", "Iraqi Kurds": a country adjective before a plural noun names people of that country. */
function beforePluralNoun(tokens: Token[], m: ActorMention): boolean {
  const next = tokens[m.last];
  // Nouns need a plural lemma to differ ("youths" → youth); proper nouns ("Kurds") are taken at their word.
  return !!next && /[a-z]s$/.test(next.text) && (next.pos === 'PROPN' || (next.pos === 'NOUN' && next.lemma !== next.lower));
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
