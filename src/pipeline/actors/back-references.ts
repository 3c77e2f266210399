import type { Doc, Token } from '../../core/doc.js';
import type { PersonEntry } from '../../dictionaries/actor-entries.js';
import { attributeQuotes } from '../quotes/attribute-quotes.js';
import { findQuotes } from '../quotes/find-quotes.js';
import type { ActorMention } from './actor-mention.js';
import type { ActorLayer } from './find-actors.js';
import { baseCode, DETERMINERS, markContext } from './noun-phrases.js';

// Back-references and context: pronouns, pairs ("the two leaders"), titles linked to their holders, agents'
// countries from the sentence, and "we" inside quotations.

export const FIRST_PERSON = new Set(['we', 'i', 'us']);

/**
 * Inside a direct quotation, "we" and "I" are the speaker: "“We strongly condemn this launch,” Kishida said".
 * Adds a mention for each such pronoun, coded as the quote's speaker.
 */
export function addQuotedSpeakers(doc: Doc, mentions: ActorMention[], bySentence: ActorMention[][]): void {
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

export const PAIR_WORDS = new Set(['both', 'two']);

export const PAIR_NOUNS = new Set(['sides', 'countries', 'nations', 'men', 'states', 'neighbours', 'neighbors', 'allies', 'parties', 'delegations']);

export const PERSON_PRONOUNS = new Set(['he', 'she', 'him']);

export const PLURAL_PRONOUNS = new Set(['they', 'them']);

/** Verbs of saying after which "it" is the speaker's country or organisation ("Russia said it would …"). */
export const SAYING_BEFORE_IT = new Set(['say', 'announce', 'insist', 'state', 'declare', 'warn', 'add', 'claim', 'confirm', 'deny', 'threaten', 'stress', 'indicate', 'signal']);

/** "it" in reported speech: right after a verb of saying or its "that". */
export function isReportedIt(tokens: Token[], t: number): boolean {
  return (tokens[t] as Token).lower === 'it' && isReportedPronoun(tokens, t);
}

/** A pronoun right after a verb of saying or its "that" ("said it would", "announced that they"). */
function isReportedPronoun(tokens: Token[], t: number): boolean {
  const prev = tokens[t - 1];
  if (!prev) return false;
  if (SAYING_BEFORE_IT.has(prev.lemma)) return true;
  return prev.lower === 'that' && SAYING_BEFORE_IT.has((tokens[t - 2] as Token | undefined)?.lemma ?? '');
}

export interface ResolveState {
  /** The latest mention with a country code, for "its forces" in a later sentence. */
  lastCountry: ActorMention | null;
  lastPerson: ActorMention | null;
  lastPlural: ActorMention | null;
  lastPair: ActorMention[] | null;
  /** The latest pair of persons ("Kim and Putin"), for "the two leaders", "both men". */
  lastPersonPair: ActorMention[] | null;
}

export function addPronouns(tokens: Token[], first: number, last: number, found: ActorMention[], sentence: number): void {
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

/** Reciprocal pronouns, as word pairs. */
const RECIPROCALS = new Set(['each other', 'one another']);
/** Their first words, to test a token before building the pair. */
const RECIPROCAL_STARTS = new Set([...RECIPROCALS].map((pair) => pair.split(' ')[0]!));

/**
 * Adds "each other" and "one another" (also "each other's") as reciprocal mentions, with no code: the event
 * that takes one as its target resolves it to the other members of its subject ("India and Pakistan accused
 * each other" → India → Pakistan and Pakistan → India).
 */
export function addReciprocals(tokens: Token[], first: number, last: number, found: ActorMention[], sentence: number): void {
  for (let t = first; t + 1 < last; t++) {
    const word = tokens[t]!.lower;
    if (!RECIPROCAL_STARTS.has(word) || !RECIPROCALS.has(`${word} ${tokens[t + 1]!.lower}`)) continue;
    if (found.some((f) => f.first <= t + 1 && t < f.last)) continue;
    const next = tokens[t + 2];
    const m: ActorMention = {
      first: t, last: t + 2, start: tokens[t]!.start, end: tokens[t + 1]!.end, sentence, code: '', name: '', kind: 'reciprocal', title: false,
      plural: true, preposition: null, possessive: next?.lower === "'s" || next?.lower === "'" || next?.lower === '’s', modifier: false, means: false,
      members: [], certainty: 0.8,
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
export function resolveInOrder(tokens: Token[], found: ActorMention[], state: ResolveState, holderOf: Map<string, PersonEntry>): void {
  for (let k = 0; k < found.length; k++) {
    const m = found[k] as ActorMention;
    if (m.kind === 'pronoun' && (tokens[m.first] as Token).lower === 'it') {
      const ref = [...found.slice(0, k)].reverse().find((x) => (x.kind === 'country' || x.kind === 'igo') && !x.modifier && !x.preposition) ?? state.lastCountry;
      if (ref) { m.code = ref.code; m.name = ref.name; continue; }
      found.splice(k--, 1);
      continue;
    }
    if (m.kind === 'pronoun') {
      // "Kofi Annan announced that he will …": a person earlier in the same sentence comes first.
      const ref = m.plural ? null : [...found.slice(0, k)].reverse().find((x) => isPersonLike(x) && !x.possessive) ?? state.lastPerson;
      if (ref) { m.code = ref.code; m.name = ref.name; continue; }
      // "Militants … said they attempted …": in reported speech "they" is the plural speaker of the sentence.
      const speakers = m.plural && isReportedPronoun(tokens, m.first)
        ? [...found.slice(0, k)].reverse().find((x) => x.plural && x.kind !== 'pronoun' && !x.possessive && !x.preposition && x.code !== '') : undefined;
      if (speakers) { m.code = speakers.code; m.name = speakers.name; continue; }
      const pair = PERSON_PAIR_NOUNS.has((tokens[m.last - 1] as Token).lower) ? state.lastPersonPair ?? state.lastPair : state.lastPair;
      if (m.plural && pair) { toPair(m, pair); continue; }
      if (m.plural && state.lastPlural) { m.code = state.lastPlural.code; m.name = state.lastPlural.name; continue; }
      found.splice(k--, 1);
      continue;
    }
    // "the two sides" with no pair named before refers to nothing we know.
    if (isPairPhrase(tokens, m) && !(state.lastPersonPair ?? state.lastPair)) { found.splice(k--, 1); continue; }
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

export const POSSESSIVE_PRONOUNS = new Set(['its', 'their']);

/** CAMEO sector codes, which never start a country code. */
export const AGENT_CODES = new Set(['GOV', 'MIL', 'REB', 'OPP', 'COP', 'JUD', 'LEG', 'CVL', 'MED', 'BUS', 'EDU', 'REF', 'SPY', 'CRM', 'LAB', 'HLH', 'UAF', 'AGR', 'ELI', 'PTY', 'NGO', 'IGO', 'REL', 'ENV', 'MNC', 'JRN']);

/** A country code can be read off this mention (not a bare agent, an organisation or a transnational group). */
export function hasCountry(m: ActorMention): boolean {
  return m.kind !== 'agent' && m.kind !== 'pair' && m.code.length >= 3 && !m.code.startsWith('IGO') && !m.code.startsWith('NGO') && /^[A-Z]{3}/.test(m.code)
    && !AGENT_CODES.has(m.code.slice(0, 3)) && !m.code.startsWith('IMG');
}

/**
 * A sector agent named without its country ("police", "the government", "rebel positions") takes the country
 * that the sentence gives it: an "in/of (the) COUNTRY" just after it, else the nearest actor before it in the
 * sentence ("Sudanese army jets bombed rebel positions" → SDNREB); "its/their forces" take the latest country
 * of the article. Agents with no such context stay bare (COP).
 */
export function inferAgentCountries(tokens: Token[], found: ActorMention[], state: ResolveState): void {
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
    // "President Bouteflika threatened to impose a curfew in Algiers": a titled person the dictionary does not
    // know acts where the sentence places him.
    if (!country && m.kind === 'person') country = found.slice(k + 1).find((n) => hasCountry(n) && (n.preposition === 'in' || n.preposition === 'at'));
    if (!country) continue;
    m.code = baseCode(country.code) + m.code;
    if (m.kind === 'agent') m.kind = 'country';
    m.certainty = Math.min(m.certainty, 0.7);
  }
  for (const m of found) if (hasCountry(m)) state.lastCountry = m;
}

/** Agent nouns that name one person, so "the minister" can refer back to a named minister. */
export const PERSON_AGENT_NOUNS = new Set(['minister', 'envoy', 'ambassador', 'diplomat', 'official', 'spokesman', 'spokeswoman', 'spokesperson', 'general', 'commander', 'secretary']);

export const PERSON_PAIR_NOUNS = new Set(['men', 'women', 'leaders', 'presidents', 'ministers', 'heads']);

export function isPersonLike(m: ActorMention): boolean {
  return m.kind === 'person' || (m.title && !m.plural);
}

/** Head nouns of "the two X" that refer back to a pair ("two hostages" does not). */
export const PAIR_HEADS = new Set([...PERSON_PAIR_NOUNS, 'governments', 'delegations', 'parties', 'sides', 'countries', 'nations', 'states', 'allies', 'neighbours', 'neighbors', 'armies', 'militaries', 'foreign ministers', 'officials']);

export function isPairPhrase(tokens: Token[], m: ActorMention): boolean {
  if (!(m.kind === 'agent' && m.plural) || !PAIR_HEADS.has((tokens[m.last - 1] as Token).lower)) return false;
  for (let t = Math.max(0, m.first - 2); t < m.last; t++) if (PAIR_WORDS.has((tokens[t] as Token).lower)) return true;
  return false;
}

export function toPair(m: ActorMention, pair: ActorMention[]): void {
  m.kind = 'pair';
  m.members = pair;
  m.code = (pair[0] as ActorMention).code;
  m.name = pair.map((p) => p.name).join(' and ');
  m.plural = true;
  m.certainty = 0.8;
}
