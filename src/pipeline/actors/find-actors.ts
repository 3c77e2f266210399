import type { Doc, Token } from '../../core/doc.js';
import type { ActorPhrase, AgentPhrase, PersonEntry } from '../../dictionaries/actor-entries.js';
import { roleOn } from '../../dictionaries/actor-entries.js';
import type { ActorLexicon } from './actor-lexicon.js';
import type { ActorMention } from './actor-mention.js';
import { findUnknownActors } from './unknown-actors.js';
import { attributeQuotes } from '../quotes/attribute-quotes.js';
import { findQuotes } from '../quotes/find-quotes.js';

/** Actor mentions of a Doc, in text order, with a per-sentence index and a token → mention map. */
export interface ActorLayer {
  mentions: ActorMention[];
  bySentence: ActorMention[][];
  /** Token index → index into `mentions`, or -1. */
  tokenMention: Int32Array;
}

const FIRST_PERSON = new Set(['we', 'i', 'us']);

/**
 * Inside a direct quotation, "we" and "I" are the speaker: "“We strongly condemn this launch,” Kishida said".
 * Adds a mention for each such pronoun, coded as the quote's speaker.
 */
function addQuotedSpeakers(doc: Doc, mentions: ActorMention[], bySentence: ActorMention[][]): void {
  const spans = findQuotes(doc);
  if (spans.length === 0) return;
  const layer: ActorLayer = { mentions, bySentence, tokenMention: new Int32Array(0) };
  const quotes = attributeQuotes(doc, spans, layer);
  spans.forEach((q, k) => {
    const speaker = quotes[k];
    if (!speaker?.speaker || !speaker.speaker_code) return;
    const found = bySentence[q.sentence];
    if (!found) return;
    for (let t = q.open + 1; t < q.close; t++) {
      const tok = doc.tokens[t] as Token;
      if (tok.pos !== 'PRON' || !FIRST_PERSON.has(tok.lower)) continue;
      const m: ActorMention = {
        first: t, last: t + 1, start: tok.start, end: tok.end, sentence: q.sentence, code: speaker.speaker_code, name: speaker.speaker,
        kind: 'pronoun', title: false, plural: tok.lower !== 'i', preposition: null, possessive: false, modifier: false, means: false,
        members: [], certainty: 0.8,
      };
      markContext(doc.tokens, m);
      found.push(m);
      mentions.push(m);
    }
    found.sort((a, b) => a.first - b.first);
  });
  mentions.sort((a, b) => a.start - b.start);
}

/** A dictionary match: an actor phrase, an agent word, or a person named by one token of their name. */
interface Piece {
  first: number;
  last: number;
  actor?: ActorPhrase;
  agent?: AgentPhrase;
  person?: PersonEntry;
}

const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const DETERMINERS = new Set(['the', 'a', 'an']);
const PREPOSITIONS = new Set([
  'in', 'at', 'on', 'to', 'for', 'with', 'from', 'by', 'against', 'toward', 'towards', 'into', 'near', 'of',
  'about', 'over', 'under', 'between', 'among', 'during', 'after', 'before', 'across', 'outside', 'inside',
  'within', 'without', 'through', 'throughout', 'alongside', 'amid', 'despite', 'including', 'like', 'than',
  'via', 'upon', 'around', 'beyond', 'behind', 'onto', 'unlike',
]);
/** "the army of Sudan", "police in Moscow"; not "from" ("its ambassador from Russia" is not Russia's). */
const AGENT_LINKS = new Set(['of', 'in']);
/** Titles too general to tell the office ("Labour leader", "his counterpart"). */
const WEAK_TITLES = new Set(['leader', 'counterpart', 'commander', 'chief', 'general secretary', 'secretary-general', 'secretary general']);
const FORMER = new Set(['former', 'ex', 'late', 'then', 'outgoing', 'ousted', 'deposed', 'exiled']);
/** Words inside titles and agent phrases that the tagger may not call adjectives ("Vice Foreign Minister"). */
const TITLE_MODIFIERS = new Set(['vice', 'deputy', 'senior', 'acting', 'former', 'interim', 'chief', 'top', 'first', 'outgoing', 'incoming', 'new', 'then']);
const PAIR_WORDS = new Set(['both', 'two']);
const PAIR_NOUNS = new Set(['sides', 'countries', 'nations', 'men', 'states', 'neighbours', 'neighbors', 'allies', 'parties', 'delegations']);
const PERSON_PRONOUNS = new Set(['he', 'she', 'him']);
const PLURAL_PRONOUNS = new Set(['they', 'them']);
/** Verbs of saying after which "it" is the speaker's country or organisation ("Russia said it would …"). */
const SAYING_BEFORE_IT = new Set(['say', 'announce', 'insist', 'state', 'declare', 'warn', 'add', 'claim', 'confirm', 'deny', 'threaten', 'stress', 'indicate', 'signal']);

/** "it" in reported speech: right after a verb of saying or its "that". */
function isReportedIt(tokens: Token[], t: number): boolean {
  if ((tokens[t] as Token).lower !== 'it') return false;
  const prev = tokens[t - 1];
  if (!prev) return false;
  if (SAYING_BEFORE_IT.has(prev.lemma)) return true;
  return prev.lower === 'that' && SAYING_BEFORE_IT.has((tokens[t - 2] as Token | undefined)?.lemma ?? '');
}
const KIND_RANK: Record<string, number> = { blocked: 8, group: 7, person: 6, igo: 5, country: 4, seat: 3, adjective: 2, people: 1 };

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
    const found = groupPieces(tokens, pieces, sentence.index, date, sentence.headline);
    if (!sentence.headline) {
      for (const m of findUnknownActors(tokens, sentence.first, sentence.last, found, sentence.index)) { markContext(tokens, m); found.push(m); }
    }
    addPronouns(tokens, sentence.first, sentence.last, found, sentence.index);
    inferAgentCountries(tokens, found, state);
    resolveInOrder(tokens, found, state, holderOf);
    found.sort((a, b) => a.first - b.first);
    bySentence.push(found);
    mentions.push(...found);
  }
  addQuotedSpeakers(doc, mentions, bySentence);
  const tokenMention = new Int32Array(tokens.length).fill(-1);
  mentions.forEach((m, k) => { for (let t = m.first; t < m.last; t++) tokenMention[t] = k; });
  return { mentions, bySentence, tokenMention };
}

function dictionaryPieces(tokens: Token[], first: number, last: number, lex: ActorLexicon): Piece[] {
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
function isModifier(tokens: Token[], t: number, last: number): boolean {
  const tok = tokens[t] as Token;
  const next = tokens[t + 1];
  return tok.pos === 'ADJ' && t + 1 < last && !!next && (next.pos === 'NOUN' || next.pos === 'PROPN');
}

/** A capitalised token naming a person mentioned in full elsewhere ("Kim" after "Kim Jong Un"). */
function addNameTokenPieces(
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

/** Pieces joined by nothing but possessive markers, adjectives or hyphens form one noun phrase. */
function groupPieces(tokens: Token[], pieces: Piece[], sentence: number, date: string, headline: boolean): ActorMention[] {
  const groups: Piece[][] = [];
  let broken = false;
  for (const p of pieces) {
    // "Latin America": a blocked phrase yields nothing and separates its neighbours.
    if (p.actor?.kind === 'blocked') { broken = true; continue; }
    const current = broken ? undefined : groups[groups.length - 1];
    broken = false;
    const prev = current?.[current.length - 1];
    if (current && prev && joinable(tokens, prev.last, p.first)) current.push(p);
    else groups.push([p]);
  }
  const out: (ActorMention | null)[] = groups.map((g) => codeGroup(tokens, g, sentence, date));
  const starts = new Set(pieces.map((p) => p.first));
  // Headlines capitalise every word, so a following capitalised word is no evidence of a name there.
  if (!headline) out.forEach((m, k) => { if (m) absorbUnknownName(tokens, m, groups[k] as Piece[], starts); });

  for (let k = 0; k < out.length; k++) {
    const m = out[k];
    if (!m) continue;
    // "Hungarian and Romanian officials": the first adjective borrows the shared agent.
    const group = groups[k] as Piece[];
    const next = out[k + 1];
    const nextGroup = groups[k + 1];
    const modifierKinds = (p: Piece | undefined): boolean => p?.actor?.kind === 'adjective' || p?.actor?.kind === 'country';
    if (group.every((p) => p.actor?.kind === 'adjective') && next && nextGroup && modifierKinds(nextGroup[0])) {
      const between = tokens.slice(m.last, next.first).map((t) => t.lower);
      const agent = nextGroup.find((p) => p.agent)?.agent;
      if (agent && between.length === 1 && (between[0] === 'and' || between[0] === ',' || between[0] === 'or')) {
        m.code = baseCode(m.code) + agent.agent;
        m.plural = true;
        m.kind = 'country';
      }
    }
  }
  // A bare adjective ("Russian assistance") names no actor by itself: it is kept as a modifier.
  const kept: ActorMention[] = [];
  for (let k = 0; k < out.length; k++) {
    const m = out[k];
    const group = groups[k] as Piece[];
    if (!m) continue;
    if (group.every((p) => p.actor?.kind === 'adjective') && m.code.length === 3) {
      const next = tokens[m.last];
      if (!next || next.sentence !== sentence || !(next.pos === 'NOUN' || next.pos === 'PROPN' || next.pos === 'ADJ')) continue;
      m.modifier = true;
    }
    kept.push(m);
  }
  // "the army of Sudan", "officials in Canberra": agent + of/in/from + country.
  for (let k = 0; k + 1 < kept.length; k++) {
    const m = kept[k] as ActorMention;
    const n = kept[k + 1] as ActorMention;
    const link = tokens.slice(m.last, n.first).map((t) => t.lower);
    if (m.kind === 'agent' && n.kind === 'country' && !n.code.startsWith('IGO') && (n.code.length === 3 || n.title === false)
      && AGENT_LINKS.has(link[0] ?? '') && (link.length === 1 || (link.length === 2 && link[1] === 'the'))) {
      m.code = baseCode(n.code) + m.code;
      m.name = n.name;
      m.kind = 'country';
      m.last = n.last;
      m.end = n.end;
      kept.splice(k + 1, 1);
    }
  }
  for (const m of kept) markContext(tokens, m);
  return kept;
}

/**
 * "Prime Minister Mahendra Chaudhry", "U.N. Secretary-General Kofi Annan": a single-person title followed by a
 * capitalised name the dictionary does not know takes the name into the mention (the title gives the code).
 */
function absorbUnknownName(tokens: Token[], m: ActorMention, group: Piece[], pieceStarts: Set<number>): void {
  const head = group[group.length - 1] as Piece;
  if (!head.agent?.title || head.agent.plural) return;
  const sentence = (tokens[m.first] as Token).sentence;
  let t = m.last;
  while (t < m.last + 4 && t < tokens.length) {
    const tok = tokens[t] as Token;
    if (tok.sentence !== sentence || tok.pos !== 'PROPN' || !/^[A-Z]/.test(tok.text) || pieceStarts.has(t)) break;
    t++;
  }
  if (t === m.last) return;
  m.name = tokens.slice(m.last, t).map((x) => x.text).join(' ');
  m.last = t;
  m.end = (tokens[t - 1] as Token).end;
  m.title = false;
  m.kind = 'person';
  m.certainty = Math.min(m.certainty, 0.9);
}

function joinable(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let t = from; t < to; t++) {
    const tok = tokens[t] as Token;
    if (POSSESSIVE.has(tok.lower) || tok.text === '-' || TITLE_MODIFIERS.has(tok.lower) || (tok.pos === 'ADJ' && /^[a-z]/.test(tok.text))) continue;
    return false;
  }
  return true;
}

function codeGroup(tokens: Token[], group: Piece[], sentence: number, date: string): ActorMention | null {
  const head = group[group.length - 1] as Piece;
  let first = (group[0] as Piece).first;
  const last = head.last;
  while (first > 0 && DETERMINERS.has((tokens[first - 1] as Token).lower) && (tokens[first - 1] as Token).sentence === sentence) first--;
  const base: ActorMention = {
    first, last, start: (tokens[first] as Token).start, end: (tokens[last - 1] as Token).end, sentence,
    code: '', name: '', kind: 'country', title: false, plural: false, preposition: null, possessive: false, modifier: false, means: false, members: [], certainty: 1,
  };
  if (head.person) {
    const role = roleOn(head.person, date);
    // "Serbian President Vojislav Kostunica": a title in the text is the best evidence of the role held when
    // it was written, and wins over a dictionary role that disagrees ("former President …" does not count).
    const title = group.find((p) => p.agent?.title && !WEAK_TITLES.has(p.agent.phrase.toLowerCase()))?.agent;
    const former = tokens.slice(Math.max(0, first - 1), last).some((t) => FORMER.has(t.lower));
    const code = title && !former && !role.endsWith(title.agent) && !role.startsWith('IGO') ? baseCode(role) + title.agent : role;
    return { ...base, code, name: head.person.name, kind: 'person' };
  }
  const named = group.find((p) => p.actor?.kind === 'group');
  if (named?.actor) {
    const agentPiece = group.find((p) => p.agent);
    return { ...base, code: named.actor.code, name: named.actor.name, kind: 'country', plural: !!agentPiece?.agent?.plural };
  }
  const agentPiece = group.find((p) => p.agent);
  const holder = group.find((p) => p.actor && p.actor.kind !== 'person') ?? group.find((p) => p.person);
  let country = '';
  let name = '';
  if (holder?.actor && holder.actor.kind !== 'person') { country = holder.actor.code; name = holder.actor.name; }
  else if (holder?.person) { country = baseCode(roleOn(holder.person, date)); name = holder.person.name; }
  const agent = agentPiece?.agent?.agent ?? (holder?.actor?.kind === 'seat' ? holder.actor.agent ?? 'GOV' : '');
  const text = tokens.slice(first, last).map((t) => t.text).join(' ');
  if (country && agent) {
    return {
      ...base, code: country + agent, name, kind: holder?.actor?.kind === 'igo' ? 'igo' : 'country',
      title: !!agentPiece?.agent?.title && !group.some((p) => p.person), plural: !!agentPiece?.agent?.plural, means: !!agentPiece?.agent?.means,
    };
  }
  if (country) {
    return { ...base, code: country, name, kind: holder?.actor?.kind === 'igo' ? 'igo' : 'country', plural: holder?.actor?.kind === 'people' };
  }
  if (agentPiece?.agent) {
    return { ...base, code: agentPiece.agent.agent, name: text, kind: 'agent', title: agentPiece.agent.title, plural: agentPiece.agent.plural, means: agentPiece.agent.means, certainty: 0.6 };
  }
  return null;
}

/** Country or organisation part of a code: PRKGOV → PRK, IGOUNO → IGOUNO, IGOUNOMIL → IGOUNO. */
export function baseCode(code: string): string {
  if (code.startsWith('IGO') || code.startsWith('NGO')) return code.length > 6 && code.length % 3 === 0 ? code.slice(0, code.length - 3) : code;
  return code.slice(0, 3);
}

/** "dozens of villagers", "thousands of protesters": the quantity is not a preposition's head. */
const QUANTITIES = new Set(['dozens', 'hundreds', 'thousands', 'tens', 'millions', 'scores', 'some', 'many', 'several', 'most', 'all', 'none', 'group', 'groups', 'number', 'members', 'member', 'part', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'each', 'both', 'few', 'majority', 'contingent', 'unit', 'units', 'team', 'delegation', 'crowd', 'crowds']);

function markContext(tokens: Token[], m: ActorMention): void {
  const before = tokens[m.first - 1];
  const quantity = before?.lower === 'of' && tokens[m.first - 2] !== undefined
    && (QUANTITIES.has((tokens[m.first - 2] as Token).lower) || (tokens[m.first - 2] as Token).pos === 'NUM');
  if (before && before.sentence === m.sentence && PREPOSITIONS.has(before.lower) && !quantity) {
    const two = tokens[m.first - 2];
    m.preposition = before.lower === 'to' && two?.lower === 'according' ? 'according to' : before.lower;
  }
  const after = tokens[m.last];
  if (after && POSSESSIVE.has(after.lower)) m.possessive = true;
}

interface ResolveState {
  /** The latest mention with a country code, for "its forces" in a later sentence. */
  lastCountry: ActorMention | null;
  lastPerson: ActorMention | null;
  lastPlural: ActorMention | null;
  lastPair: ActorMention[] | null;
  /** The latest pair of persons ("Kim and Putin"), for "the two leaders", "both men". */
  lastPersonPair: ActorMention[] | null;
}

function addPronouns(tokens: Token[], first: number, last: number, found: ActorMention[], sentence: number): void {
  for (let t = first; t < last; t++) {
    const tok = tokens[t] as Token;
    const pronoun = tok.pos === 'PRON' && (PERSON_PRONOUNS.has(tok.lower) || PLURAL_PRONOUNS.has(tok.lower) || isReportedIt(tokens, t));
    const pairNoun = PAIR_NOUNS.has(tok.lower) && t > first && PAIR_WORDS.has((tokens[t - 1] as Token).lower);
    if (!pronoun && !pairNoun) continue;
    if (found.some((f) => f.first <= t && t < f.last)) continue;
    const from = pairNoun && t - 2 >= first && DETERMINERS.has((tokens[t - 2] as Token).lower) ? t - 2 : pairNoun ? t - 1 : t;
    const m: ActorMention = {
      first: from, last: t + 1, start: (tokens[from] as Token).start, end: tok.end, sentence, code: '', name: '', kind: 'pronoun', title: false,
      plural: !PERSON_PRONOUNS.has(tok.lower) && tok.lower !== 'it', preposition: null, possessive: false, modifier: false, means: false, members: [], certainty: 0.8,
    };
    markContext(tokens, m);
    found.push(m);
  }
  found.sort((a, b) => a.first - b.first);
}

/**
 * Resolves back-references in text order and updates the article state: titles to their holders, pronouns
 * to the last person or pair, "both leaders" to the last pair. Unresolvable pronouns are dropped.
 */
function resolveInOrder(tokens: Token[], found: ActorMention[], state: ResolveState, holderOf: Map<string, PersonEntry>): void {
  for (let k = 0; k < found.length; k++) {
    const m = found[k] as ActorMention;
    if (m.kind === 'pronoun' && (tokens[m.first] as Token).lower === 'it') {
      const ref = [...found.slice(0, k)].reverse().find((x) => (x.kind === 'country' || x.kind === 'igo') && !x.modifier && !x.preposition) ?? state.lastCountry;
      if (ref) { m.code = ref.code; m.name = ref.name; continue; }
      found.splice(k--, 1);
      continue;
    }
    if (m.kind === 'pronoun') {
      const ref = m.plural ? null : state.lastPerson;
      if (ref) { m.code = ref.code; m.name = ref.name; continue; }
      const pair = PERSON_PAIR_NOUNS.has((tokens[m.last - 1] as Token).lower) ? state.lastPersonPair ?? state.lastPair : state.lastPair;
      if (m.plural && pair) { toPair(m, pair); continue; }
      if (m.plural && state.lastPlural) { m.code = state.lastPlural.code; m.name = state.lastPlural.name; continue; }
      found.splice(k--, 1);
      continue;
    }
    if (isPairPhrase(tokens, m) && (state.lastPersonPair ?? state.lastPair)) {
      // The span covers "the two" / "both" as well.
      while (m.first > 0 && (PAIR_WORDS.has((tokens[m.first - 1] as Token).lower) || DETERMINERS.has((tokens[m.first - 1] as Token).lower))
        && (tokens[m.first - 1] as Token).sentence === m.sentence) m.first--;
      m.start = (tokens[m.first] as Token).start;
      toPair(m, (state.lastPersonPair ?? state.lastPair) as ActorMention[]);
      continue;
    }
    // "The minister on Friday accused …": a definite title with no country names the last person who held one.
    if (m.kind === 'agent' && !m.plural && (m.title || PERSON_AGENT_NOUNS.has((tokens[m.last - 1] as Token).lower))
      && (tokens[m.first] as Token).lower === 'the' && state.lastPerson && state.lastPerson.sentence < m.sentence
      && state.lastPerson.code.endsWith(m.code)) {
      m.code = state.lastPerson.code;
      m.name = state.lastPerson.name;
      m.kind = 'person';
      m.certainty = 0.8;
      continue;
    }
    if (m.title && !m.plural) {
      const holder = holderOf.get(m.code);
      if (holder) { m.name = holder.name; m.certainty = 0.9; }
    }
  }
  // Two different persons in one sentence ("He met Biden") are the pair that "the two leaders" refers to next.
  const persons = found.filter((m) => isPersonLike(m) || (m.kind === 'pronoun' && !m.plural && m.code !== ''));
  const distinct = persons.filter((m, i) => persons.findIndex((x) => x.name === m.name || x.code === m.code) === i);
  if (distinct.length >= 2) state.lastPersonPair = distinct.slice(-2);
  for (let k = 0; k < found.length; k++) {
    const m = found[k] as ActorMention;
    if (m.kind === 'person' || (m.title && !m.plural && m.kind !== 'agent')) state.lastPerson = m;
    if (m.plural && m.kind !== 'pair') state.lastPlural = m;
    const n = found[k + 1];
    if (n && n.first === m.last + 1 && (tokens[m.last] as Token).lower === 'and' && baseCode(m.code) !== baseCode(n.code) && m.code && n.code) {
      state.lastPair = [m, n];
      if (isPersonLike(m) && isPersonLike(n)) state.lastPersonPair = [m, n];
    }
  }
}

const POSSESSIVE_PRONOUNS = new Set(['its', 'their']);
/** CAMEO sector codes, which never start a country code. */
const AGENT_CODES = new Set(['GOV', 'MIL', 'REB', 'OPP', 'COP', 'JUD', 'LEG', 'CVL', 'MED', 'BUS', 'EDU', 'REF', 'SPY', 'CRM', 'LAB', 'HLH', 'UAF', 'AGR', 'ELI', 'PTY', 'NGO', 'IGO', 'REL', 'ENV', 'MNC', 'JRN']);

/** A country code can be read off this mention (not a bare agent, not an organisation). */
function hasCountry(m: ActorMention): boolean {
  return m.kind !== 'agent' && m.kind !== 'pair' && m.code.length >= 3 && !m.code.startsWith('IGO') && !m.code.startsWith('NGO') && /^[A-Z]{3}/.test(m.code)
    && !AGENT_CODES.has(m.code.slice(0, 3));
}

/**
 * A sector agent named without its country ("police", "the government", "rebel positions") takes the country
 * that the sentence gives it: an "in/of (the) COUNTRY" just after it, else the nearest actor before it in the
 * sentence ("Sudanese army jets bombed rebel positions" → SDNREB); "its/their forces" take the latest country
 * of the article. Agents with no such context stay bare (COP).
 */
function inferAgentCountries(tokens: Token[], found: ActorMention[], state: ResolveState): void {
  for (let k = 0; k < found.length; k++) {
    const m = found[k] as ActorMention;
    // Weapons take a country only from their own phrase ("Russian missiles"), never from the context.
    if (m.means || !(m.kind === 'agent' || (m.kind === 'person' && AGENT_CODES.has(m.code)))) continue;
    let country: ActorMention | undefined;
    for (let j = k + 1; j < found.length && !country; j++) {
      const n = found[j] as ActorMention;
      if (n.first > m.last + 4) break;
      const link = tokens.slice(m.last, n.first).map((t) => t.lower);
      if ((link.includes('in') || link.includes('of')) && hasCountry(n)) country = n;
    }
    const before = tokens[m.first - 1];
    if (!country && before && POSSESSIVE_PRONOUNS.has(before.lower)) country = [...found.slice(0, k)].reverse().find(hasCountry) ?? state.lastCountry ?? undefined;
    if (!country) country = [...found.slice(0, k)].reverse().find(hasCountry);
    if (!country) continue;
    m.code = baseCode(country.code) + m.code;
    if (m.kind === 'agent') m.kind = 'country';
    m.certainty = Math.min(m.certainty, 0.7);
  }
  for (const m of found) if (hasCountry(m)) state.lastCountry = m;
}

/** Agent nouns that name one person, so "the minister" can refer back to a named minister. */
const PERSON_AGENT_NOUNS = new Set(['minister', 'envoy', 'ambassador', 'diplomat', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'general', 'commander', 'secretary']);
const PERSON_PAIR_NOUNS = new Set(['men', 'women', 'leaders', 'presidents', 'ministers', 'heads']);

function isPersonLike(m: ActorMention): boolean {
  return m.kind === 'person' || (m.title && !m.plural);
}

/** Head nouns of "the two X" that refer back to a pair ("two hostages" does not). */
const PAIR_HEADS = new Set([...PERSON_PAIR_NOUNS, 'governments', 'delegations', 'parties', 'sides', 'countries', 'nations', 'states', 'allies', 'neighbours', 'neighbors', 'armies', 'militaries', 'foreign ministers', 'officials']);

function isPairPhrase(tokens: Token[], m: ActorMention): boolean {
  if (!(m.kind === 'agent' && m.plural) || !PAIR_HEADS.has((tokens[m.last - 1] as Token).lower)) return false;
  for (let t = Math.max(0, m.first - 2); t < m.last; t++) if (PAIR_WORDS.has((tokens[t] as Token).lower)) return true;
  return false;
}

function toPair(m: ActorMention, pair: ActorMention[]): void {
  m.kind = 'pair';
  m.members = pair;
  m.code = (pair[0] as ActorMention).code;
  m.name = pair.map((p) => p.name).join(' and ');
  m.plural = true;
  m.certainty = 0.8;
}
