import type { Token } from '../../core/doc.js';
import type { ActorPhrase, AgentPhrase, PersonEntry } from '../../dictionaries/actor-entries.js';
import type { ActorLexicon } from './actor-lexicon.js';
import type { ResolveState } from './back-references.js';

// Dictionary matches in a sentence: actor phrases, agent words, and name tokens of persons named in full.

/** A dictionary match: an actor phrase, an agent word, or a person named by one token of their name. */
export interface Piece {
  first: number;
  last: number;
  actor?: ActorPhrase;
  agent?: AgentPhrase;
  person?: PersonEntry;
}

export const KIND_RANK: Record<string, number> = { blocked: 8, group: 7, person: 6, igo: 5, country: 4, seat: 3, adjective: 2, people: 1 };

export function dictionaryPieces(tokens: Token[], first: number, last: number, lex: ActorLexicon): Piece[] {
  const pieces: Piece[] = [];
  let i = first;
  while (i < last) {
    const a = lex.actors.longest(tokens, i, last);
    const g = lex.agents.longest(tokens, i, last);
    if (a && (!g || a.length >= g.length)) {
      const actor = [...a.values].sort((x, y) => (KIND_RANK[y.kind] ?? 0) - (KIND_RANK[x.kind] ?? 0))[0] as ActorPhrase;
      const piece: Piece = { first: i, last: i + a.length, actor };
      if (actor.kind === 'person') piece.person = lex.persons[Number(actor.code.slice('person:'.length))];
      pieces.push(piece);
      i += a.length;
    } else if (g && !isModifier(tokens, i + g.length - 1, last)) {
      pieces.push({ first: i, last: i + g.length, agent: g.values[0] as AgentPhrase });
      i += g.length;
    } else {
      i++;
    }
  }
  return pieces;
}

/** "military cooperation": an agent word used as an adjective before a noun is not an agent. */
export function isModifier(tokens: Token[], t: number, last: number): boolean {
  const tok = tokens[t] as Token;
  const next = tokens[t + 1];
  return tok.pos === 'ADJ' && t + 1 < last && !!next && (next.pos === 'NOUN' || next.pos === 'PROPN');
}

/** A capitalised token naming a person mentioned in full elsewhere ("Kim" after "Kim Jong Un"). */
export function addNameTokenPieces(
  tokens: Token[], first: number, last: number, pieces: Piece[], nameTokens: Map<string, PersonEntry[]>, state: ResolveState,
): void {
  if (nameTokens.size === 0) return;
  const covered = new Set<number>();
  for (const p of pieces) for (let t = p.first; t < p.last; t++) covered.add(t);
  for (let t = first; t < last; t++) {
    const tok = tokens[t] as Token;
    if (covered.has(t) || !/^[A-Z]/.test(tok.text)) continue;
    const candidates = nameTokens.get(tok.lower);
    if (!candidates) continue;
    // "Kim Yo Jong" is someone else: a following unknown capitalised name part blocks the match.
    const next = tokens[t + 1];
    if (next && t + 1 < last && next.pos === 'PROPN' && /^[A-Z]/.test(next.text) && !covered.has(t + 1) && !nameTokens.has(next.lower)) continue;
    const recent = state.lastPerson?.kind === 'person' ? candidates.find((c) => c.name === state.lastPerson?.name) : undefined;
    pieces.push({ first: t, last: t + 1, person: recent ?? (candidates[0] as PersonEntry) });
  }
  pieces.sort((a, b) => a.first - b.first);
}
