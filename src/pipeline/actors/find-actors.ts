import type { Doc } from '../../core/doc.js';
import type { PersonEntry } from '../../dictionaries/actor-entries.js';
import { roleOn } from '../../dictionaries/actor-entries.js';
import type { ActorLexicon } from './actor-lexicon.js';
import type { ActorMention } from './actor-mention.js';
import type { ResolveState } from './back-references.js';
import { addPronouns, addQuotedSpeakers, addReciprocals, inferAgentCountries, resolveInOrder } from './back-references.js';
import { groupPieces, markContext } from './noun-phrases.js';
import { addNameTokenPieces, dictionaryPieces } from './pieces.js';
import { findUnknownActors } from './unknown-actors.js';

/** Actor mentions of a Doc, in text order, with a per-sentence index and a token → mention map. */
export interface ActorLayer {
  mentions: ActorMention[];
  bySentence: ActorMention[][];
  /** Token index → index into `mentions`, or -1. */
  tokenMention: Int32Array;
}

/**
 * Finds actor mentions: longest dictionary matches grown into noun phrases (country + agent → PRKMIL,
 * title + name → the person's dated role), then back-references resolved in text order (a name token seen in
 * full elsewhere in the article, "he"/"she", "they", "both leaders", a title linked to the person holding it).
 * `date` (ISO) selects each person's role.
 */
export function findActors(doc: Doc, lex: ActorLexicon, date: string): ActorLayer {
  const { tokens } = doc;
  const piecesBySentence = doc.sentences.map((s) => dictionaryPieces(tokens, s.first, s.last, lex));

  // Persons named in full anywhere in the article: their name tokens resolve single-token mentions, and the
  // codes they hold link titles ("the North Korean leader") to them.
  const named: PersonEntry[] = [];
  for (const pieces of piecesBySentence) for (const p of pieces) if (p.person && !named.includes(p.person)) named.push(p.person);
  const nameTokens = new Map<string, PersonEntry[]>();
  for (const person of named) {
    for (const part of person.name.split(/\s+/)) {
      if (part.length < 3 || !/^[A-Z]/.test(part)) continue;
      const key = part.toLowerCase();
      const list = nameTokens.get(key) ?? [];
      if (!list.includes(person)) list.push(person);
      nameTokens.set(key, list);
    }
  }
  const holderOf = new Map<string, PersonEntry>();
  for (const person of named) {
    const code = roleOn(person, date);
    if (!holderOf.has(code)) holderOf.set(code, person);
  }

  const mentions: ActorMention[] = [];
  const bySentence: ActorMention[][] = [];
  const state: ResolveState = { lastCountry: null, lastPerson: null, lastPlural: null, lastPair: null, lastPersonPair: null };
  for (const sentence of doc.sentences) {
    const pieces = piecesBySentence[sentence.index] ?? [];
    addNameTokenPieces(tokens, sentence.first, sentence.last, pieces, nameTokens, state);
    const found = groupPieces(tokens, pieces, sentence.index, date, sentence.headline, lex.surnames);
    if (!sentence.headline) {
      for (const m of findUnknownActors(tokens, sentence.first, sentence.last, found, sentence.index)) { markContext(tokens, m); found.push(m); }
    }
    addPronouns(tokens, sentence.first, sentence.last, found, sentence.index);
    inferAgentCountries(tokens, found, state);
    resolveInOrder(tokens, found, state, holderOf);
    addReciprocals(tokens, sentence.first, sentence.last, found, sentence.index);
    found.sort((a, b) => a.first - b.first);
    bySentence.push(found);
    mentions.push(...found);
  }
  addQuotedSpeakers(doc, mentions, bySentence);
  const tokenMention = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, k) => { for (let t = m.first; t < m.last; t++) tokenMention[t] = k; });
  return { mentions, bySentence, tokenMention };
}
