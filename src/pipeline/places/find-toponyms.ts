import type { Doc, Sentence, Token } from '../../core/doc.js';
import type { Gazetteer, NameMatch } from '../../gazetteer/gazetteer.js';
import { nameKey } from '../../gazetteer/name-key.js';
import type { ActorLayer } from '../actors/find-actors.js';
import type { ActorMention } from '../actors/actor-mention.js';
import type { Direction, Toponym } from './toponym.js';
import { assignRoles } from './toponym-roles.js';

/** Longest name looked up, in tokens ("Democratic Republic of the Congo" is 5). */
const MAX_TOKENS = 7;
/** A city at least this populous is named inside organisation names ("Toronto Police") often enough to count. */
const MAJOR_POPULATION = 100_000;
/** Place-type words after a name: "Anderson County", "Mississippi River", "Royal Street". */
const SUFFIXES = new Map<string, string>([
  ['county', 'region'], ['parish', 'region'], ['province', 'region'], ['prefecture', 'region'], ['oblast', 'region'],
  ['region', 'region'], ['district', 'region'], ['township', 'region'], ['borough', 'region'], ['governorate', 'region'],
  ['state', 'region'], ['valley', 'region'], ['peninsula', 'region'], ['coast', 'region'], ['desert', 'region'],
  ['river', 'sea'], ['creek', 'sea'], ['lake', 'sea'], ['bay', 'sea'], ['sea', 'sea'], ['gulf', 'sea'], ['strait', 'sea'],
  ['island', 'site'], ['islands', 'site'], ['mountains', 'site'], ['mountain', 'site'], ['hills', 'site'], ['park', 'site'],
  ['street', 'site'], ['avenue', 'site'], ['road', 'site'], ['boulevard', 'site'], ['drive', 'site'], ['lane', 'site'],
  ['highway', 'site'], ['square', 'site'], ['bridge', 'site'], ['airport', 'site'], ['beach', 'site'], ['harbor', 'site'],
  ['harbour', 'site'], ['canyon', 'site'], ['forest', 'site'], ['heights', 'site'], ['dam', 'site'], ['base', 'site'],
  ['crossing', 'site'], ['pass', 'site'], ['canal', 'sea'],
]);
/** Place-type words before a name: "Lake Tahoe", "Mount Sinjar", "Fort Hood". */
const PREFIXES = new Map<string, string>([['lake', 'sea'], ['mount', 'site'], ['mt.', 'site'], ['fort', 'site'], ['camp', 'site'], ['cape', 'site'], ['port', 'site']]);
/** Titles before a name that make it a person's ("Mr. Lincoln", "Gov. Jackson"). */
const TITLES = new Set([
  'mr', 'mr.', 'mrs', 'mrs.', 'ms', 'ms.', 'dr', 'dr.', 'sen', 'sen.', 'rep', 'rep.', 'gov', 'gov.', 'gen', 'gen.', 'lt', 'lt.',
  'col', 'col.', 'capt', 'capt.', 'sgt', 'sgt.', 'rev', 'rev.', 'st.', 'president', 'senator', 'governor', 'judge', 'coach', 'mayor',
  'officer', 'detective', 'deputy', 'sheriff', 'minister', 'secretary', 'justice', 'chief', 'king', 'queen', 'prince', 'princess',
  'lord', 'lady', 'sir', 'dame', 'pope', 'saint', 'father', 'brother', 'sister', 'uncle', 'aunt', 'professor', 'prof.',
]);
const DIRECTIONS = new Map<string, Direction>([
  ['east', 'east'], ['eastern', 'east'], ['west', 'west'], ['western', 'west'], ['north', 'north'], ['northern', 'north'],
  ['south', 'south'], ['southern', 'south'],
]);
const WATER_WORDS = new Set(['sea', 'seas', 'waters', 'coast', 'coastline']);
/** Capitalised at a sentence start, never the first word of a place name ("The Korean Peninsula"). */
const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'in', 'at', 'on', 'of', 'for', 'from', 'by', 'with', 'to', 'and', 'but', 'or', 'as', 'if', 'when', 'while', 'after', 'before', 'both', 'all', 'some', 'many', 'most', 'our', 'its', 'their', 'his', 'her']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', ':', '—', '–', '-', '•', '*']);
const UPPER = /^\p{Lu}/u;

/**
 * Finds the toponyms of a Doc: longest gazetteer names over capitalised tokens, "Name County"-style names
 * built from place-type words, and relative waters ("toward the eastern seas"); then decides how each is used
 * (see ToponymRole). Names inside person mentions, after a personal title, or listed in not-places.txt are not
 * toponyms; a minor place next to an unknown capitalised word is taken for part of a name ("Jackson Smith").
 * Country adjectives ("Russian troops") are toponyms used as modifiers; plural demonyms and languages are not.
 * Pure; never throws on odd text.
 */
export function findToponyms(doc: Doc, actors: ActorLayer, gazetteer: Gazetteer): Toponym[] {
  const { tokens } = doc;
  const evidence: DocEvidence = { midSentence: capitalisedMidSentence(doc), surnames: surnames(doc, gazetteer) };
  const out: Toponym[] = [];
  for (const sentence of doc.sentences) {
    const shouting = isAllCaps(tokens, sentence);
    let t = sentence.first;
    while (t < sentence.last) {
      const found = UPPER.test((tokens[t] as Token).text)
        ? recognise(doc, sentence, t, actors, gazetteer, evidence, shouting, out)
        : relativeWater(tokens, sentence, t);
      if (found) {
        out.push(found);
        t = found.last;
      } else {
        t++;
      }
    }
  }
  assignRoles(doc, out, actors, gazetteer);
  return out;
}

/** Words that end organisation names: a place before them is named inside the name ("Toronto Police"). */
const ORG_WORDS = new Set([
  'police', 'post', 'times', 'fire', 'department', 'council', 'university', 'college', 'school', 'hospital', 'station',
  'center', 'centre', 'club', 'fc', 'united', 'city', 'herald', 'tribune', 'journal', 'news', 'courier', 'gazette',
  'express', 'mail', 'chronicle', 'daily', 'observer', 'guardian', 'sun', 'star', 'bank', 'company', 'corporation',
  'group', 'court', 'board', 'high', 'zoo', 'museum', 'library', 'church', 'cathedral', 'mall', 'market', 'stadium',
  'arena', 'theatre', 'theater', 'symphony', 'orchestra', 'chamber', 'commission', 'authority', 'institute',
  'foundation', 'society', 'association', 'agency', 'ministry', 'office', 'bureau', 'service', 'services', 'area',
  'transit', 'railway', 'railways', 'airlines', 'airways', 'air', 'energy', 'water', 'electric', 'power', 'gas', 'oil',
  'county', 'state', 'public', 'international', 'national', 'general', 'regional', 'metropolitan', 'municipal',
]);
/** Verbs of saying: a small place's name right before one is a person's ("Kelly said"). */
const SAYING = new Set(['said', 'says', 'told', 'added', 'explained', 'noted', 'wrote', 'recalled', 'stated', 'asked', 'replied']);

/** Per-document evidence used by recognition. */
interface DocEvidence {
  /** Keys of single words seen capitalised away from a sentence start. */
  midSentence: Set<string>;
  /** Keys of surnames: the last word of a capitalised two- or three-word name that is not a place ("John Kelly"). */
  surnames: Set<string>;
}

/** The toponym starting at capitalised token `t`, or null. */
function recognise(doc: Doc, sentence: Sentence, t: number, actors: ActorLayer, gazetteer: Gazetteer, evidence: DocEvidence, shouting: boolean, before: Toponym[]): Toponym | null {
  const match = longestName(doc, sentence, t, gazetteer, shouting);
  if (!match) return genericName(doc, sentence, t, gazetteer, evidence.midSentence);
  return accept(doc, sentence, t, match, actors, gazetteer, evidence, shouting, before) ?? genericName(doc, sentence, t, gazetteer, evidence.midSentence);
}

/** Checks a gazetteer match at `t` against the sentence; the toponym, or null when it is no toponym here. */
function accept(
  doc: Doc, sentence: Sentence, t: number, match: { n: number; candidates: NameMatch[] }, actors: ActorLayer, gazetteer: Gazetteer,
  evidence: DocEvidence, shouting: boolean, before: Toponym[],
): Toponym | null {
  const { tokens } = doc;
  let candidates = match.candidates;
  const first = t;
  const last = t + match.n;
  const surface = doc.text.slice((tokens[first] as Token).start, (tokens[last - 1] as Token).end);
  const key = nameKey(surface);
  const prevToponym = before[before.length - 1];
  const afterComma = !!prevToponym && prevToponym.last === t - 1 && (tokens[t - 1] as Token).text === ',';

  // Abbreviations ("Ill.", "IL") only as the second half of "Peoria, Ill.".
  const abbreviations = candidates.filter((c) => c.form === 'abbreviation');
  if (abbreviations.length === candidates.length && !afterComma && !/\..+\./.test(surface)) return null;
  if (abbreviations.length < candidates.length) {
    candidates = afterComma && abbreviations.length > 0 ? abbreviations : candidates.filter((c) => c.form !== 'abbreviation');
  }

  const adjectival = candidates.some((c) => c.form === 'adjective');
  if (!adjectival && covered(actors, first, last, (m) => blocks(m, key, gazetteer))) return null;
  const prev = tokens[first - 1];
  if (prev && prev.sentence === sentence.index && TITLES.has(prev.lower)) return null;

  // A place-type word completes the name: "Anderson County", "Orange County", "Mississippi River".
  const suffix = tokens[last];
  if (!adjectival && suffix && suffix.sentence === sentence.index && UPPER.test(suffix.text) && SUFFIXES.has(suffix.lower)) {
    return toponym(tokens, first, last + 1, candidates.filter((c) => c.form !== 'adjective'), SUFFIXES.get(suffix.lower) ?? 'site');
  }

  // "NATO", "CIS": an acronym is a country's or region's, never a town's.
  const dateline = isDateline(tokens, sentence, first, last);
  const letters = surface.replace(/[^\p{L}]/gu, '');
  if (!shouting && !dateline && letters.length >= 2 && letters === letters.toUpperCase()) {
    candidates = candidates.filter((c) => !isTown(gazetteer, c.place));
    if (candidates.length === 0) return null;
  }

  // "Russian troops": an adjective names its country only before the noun it modifies; "the Russians", "in
  // English" are people and languages.
  const adjectives = candidates.filter((c) => c.form === 'adjective');
  if (adjectives.length > 0) {
    const next = tokens[last];
    const modifies = !!next && next.sentence === sentence.index && !['VERB', 'AUX'].includes(next.pos)
      && (next.text === '-' || next.text === '–' || ['NOUN', 'PROPN', 'ADJ', 'NUM'].includes(next.pos) || UPPER.test(next.text));
    if (!modifies) return null;
    return toponym(tokens, first, last, adjectives, null);
  }

  const major = candidates.some((c) => isMajor(gazetteer, c.place));
  const container = afterComma && candidates.some((c) => c.form === 'abbreviation' || gazetteer.kind(c.place) === 'adm1' || gazetteer.kind(c.place) === 'country');
  if (dateline || container) return toponym(tokens, first, last, candidates, null, dateline);
  if (gazetteer.isNotPlace(key) || (match.n === 1 && (SUFFIXES.has(key) || PREFIXES.has(key)))) return null;
  const initial = first === sentence.first || OPENERS.has((tokens[first - 1] as Token).text);
  if (initial && match.n === 1 && !major && !evidence.midSentence.has(key)) return null;
  if (!major && match.n === 1 && evidence.surnames.has(key)) return null;
  const next = tokens[last];
  if (!major && next && next.sentence === sentence.index && SAYING.has(next.lower)) return null;
  const named = inName(tokens, sentence, first, last, gazetteer);
  if (named === 'person' && !candidates.some((c) => !isTown(gazetteer, c.place))) return null;
  if (named === 'organisation' && !major) return null;
  return toponym(tokens, first, last, candidates, null);
}

/** The longest gazetteer name starting at token `t` within the sentence, with its candidates. */
function longestName(doc: Doc, sentence: Sentence, t: number, gazetteer: Gazetteer, shouting: boolean): { n: number; candidates: NameMatch[] } | null {
  const { tokens } = doc;
  // Grow the span while some indexed name still starts with it; then try the longest first.
  let limit = 0;
  while (limit < Math.min(MAX_TOKENS, sentence.last - t)) {
    const prefix = nameKey(doc.text.slice((tokens[t] as Token).start, (tokens[t + limit] as Token).end));
    if (!gazetteer.hasPrefix(prefix)) break;
    limit++;
  }
  for (let n = limit; n >= 1; n--) {
    const lastTok = tokens[t + n - 1] as Token;
    if (!/\p{L}/u.test(lastTok.text)) continue;
    if (n > 1 && !UPPER.test(lastTok.text) && !/^[a-z]+$/.test(lastTok.text)) continue;
    const surface = doc.text.slice((tokens[t] as Token).start, lastTok.end);
    const candidates = gazetteer.lookupKey(nameKey(surface));
    if (candidates.length === 0) continue;
    if (!caseFits(tokens, t, n, surface, shouting)) continue;
    let usable = [...candidates];
    // A lower-case last word ("Gaza strip", "Washington state") only for the curated places written that way.
    if (n > 1 && !UPPER.test(lastTok.text)) usable = usable.filter((c) => gazetteer.featureCode(c.place) === '');
    if (usable.length > 0) return { n, candidates: usable };
  }
  return null;
}

/** Short names ("US", "UK") must be written in capitals, and not in an all-capitals sentence. */
function caseFits(tokens: Token[], t: number, n: number, surface: string, shouting: boolean): boolean {
  const letters = surface.replace(/[^\p{L}]/gu, '');
  if (letters.length <= 3 && !surface.endsWith('.')) {
    if (letters !== letters.toUpperCase()) return false;
    if (shouting && !surface.includes('.')) return false;
  }
  for (let k = 1; k < n; k++) {
    const tok = tokens[t + k] as Token;
    if (/\p{L}/u.test(tok.text) && !UPPER.test(tok.text) && tok.text.length > 4 && k < n - 1) return false;
  }
  return true;
}

/** Unknown capitalised words with a place-type word: "Laurel County", "Lake Lanier", "Eglinton Avenue". */
function genericName(doc: Doc, sentence: Sentence, t: number, gazetteer: Gazetteer, midSentence: Set<string>): Toponym | null {
  const { tokens } = doc;
  const tok = tokens[t] as Token;
  const prefix = PREFIXES.get(tok.lower);
  if (prefix) {
    let end = t + 1;
    while (end < sentence.last && end < t + 4 && isNameWord(tokens[end] as Token)) end++;
    if (end === t + 1) return null;
    const base = nameKey(doc.text.slice((tokens[t + 1] as Token).start, (tokens[end - 1] as Token).end));
    return toponym(tokens, t, end, [...gazetteer.lookupKey(base)], prefix);
  }
  if (FUNCTION_WORDS.has(tok.lower)) return null;
  let end = t;
  while (end < sentence.last && end < t + 3 && isNameWord(tokens[end] as Token) && !SUFFIXES.has((tokens[end] as Token).lower)) end++;
  const suffix = tokens[end];
  if (end === t || !suffix || end >= sentence.last || !UPPER.test(suffix.text) || !SUFFIXES.has(suffix.lower)) return null;
  const initial = t === sentence.first || OPENERS.has((tokens[t - 1] as Token).text);
  const key = nameKey(doc.text.slice(tok.start, (tokens[end - 1] as Token).end));
  if (gazetteer.isNotPlace(key) || (initial && !midSentence.has(key) && end - t === 1 && tok.pos !== 'PROPN')) return null;
  const prev = tokens[t - 1];
  if (prev && prev.sentence === sentence.index && TITLES.has(prev.lower)) return null;
  return toponym(tokens, t, end + 1, [...gazetteer.lookupKey(key)], SUFFIXES.get(suffix.lower) ?? 'site');
}

function isNameWord(tok: Token): boolean {
  return UPPER.test(tok.text) && /^\p{L}[\p{L}'’.-]*$/u.test(tok.text);
}

/** "toward the eastern seas", "off its east coast". */
function relativeWater(tokens: Token[], sentence: Sentence, t: number): Toponym | null {
  const direction = DIRECTIONS.get((tokens[t] as Token).lower);
  const water = tokens[t + 1];
  if (!direction || !water || t + 1 >= sentence.last || !WATER_WORDS.has(water.lower)) return null;
  const found = toponym(tokens, t, t + 2, [], 'sea');
  found.direction = direction;
  return found;
}

function toponym(tokens: Token[], first: number, last: number, candidates: NameMatch[], generic: string | null, dateline = false): Toponym {
  return {
    first, last, start: (tokens[first] as Token).start, end: (tokens[last - 1] as Token).end, sentence: (tokens[first] as Token).sentence,
    candidates, role: 'mention', cue: dateline ? 'dateline' : null, generic, direction: null, container: false, within: -1, place: null, near: null,
  };
}

/** A country, region, sea, curated site or large city: named inside organisation names often enough to count. */
function isMajor(gazetteer: Gazetteer, place: number): boolean {
  const kind = gazetteer.kind(place);
  return kind !== 'city' || gazetteer.population(place) >= MAJOR_POPULATION;
}

/**
 * Inside a longer capitalised name: an organisation's when the name has four or more words or an organisation
 * or place-type word ("Toronto Police", "Nashville Film Festival Director", "Metropolitan Atlanta"), else a
 * person's ("Jackson Smith", "Paris Hilton"); null when the match stands alone.
 */
function inName(tokens: Token[], sentence: Sentence, first: number, last: number, gazetteer: Gazetteer): 'person' | 'organisation' | null {
  const nameWord = (t: number): boolean => isNeighbourName(tokens, sentence, t);
  let from = first;
  while (nameWord(from - 1)) from--;
  let to = last;
  while (nameWord(to)) to++;
  if (from === first && to === last) return null;
  const others = [...tokens.slice(from, first), ...tokens.slice(last, to)];
  if (to - from >= 4 || others.some((o) => ORG_WORDS.has(o.lower) || SUFFIXES.has(o.lower) || gazetteer.isNotPlace(o.lower))) return 'organisation';
  return 'person';
}

/** A capitalised word of a name next to a match: not a function word, not the sentence's first word unless tagged a name. */
function isNeighbourName(tokens: Token[], sentence: Sentence, t: number): boolean {
  const tok = tokens[t];
  if (!tok || t < sentence.first || t >= sentence.last || !isNameWord(tok) || FUNCTION_WORDS.has(tok.lower) || OPENERS.has(tok.text)) return false;
  return t > sentence.first || tok.pos === 'PROPN';
}

/** "SEVERN, Md. (ABC7) —", "LOS ANGELES, April 5": capitals at the start of a sentence, then a comma or dash. */
function isDateline(tokens: Token[], sentence: Sentence, first: number, last: number): boolean {
  if (first !== sentence.first) return false;
  const surface = tokens.slice(first, last).map((x) => x.text).join(' ');
  const next = tokens[last];
  if (surface.length < 3 || surface !== surface.toUpperCase() || !/\p{Lu}{3}/u.test(surface) || !next) return false;
  return [',', '—', '–', '-', '--', '(', ':'].includes(next.text) || (UPPER.test(next.text) && next.text !== next.text.toUpperCase());
}

/** Whether any token in [first, last) is inside an actor mention that passes `test`. */
function covered(actors: ActorLayer, first: number, last: number, test: (m: ActorMention) => boolean): boolean {
  for (let t = first; t < last; t++) {
    const m = actors.mentions[actors.tokenMention[t] ?? -1];
    if (m && test(m)) return true;
  }
  return false;
}

/**
 * Whether an actor mention rules out a toponym inside it: a person always; a named group or party whose name is
 * the toponym's and is no country or region ("Hamas"). Agents ("Toronto Police"), countries and capitals
 * ("Pyongyang" → North Korea) and IGOs do not.
 */
function blocks(m: ActorMention, key: string, gazetteer: Gazetteer): boolean {
  if (m.kind === 'person') return true;
  if (m.kind !== 'country' && m.kind !== 'igo') return false;
  return nameKey(m.name) === key && !gazetteer.lookup(m.name).some((c) => !isTown(gazetteer, c.place));
}

/** A GeoNames populated place (as opposed to a country, region, sea or curated site). */
function isTown(gazetteer: Gazetteer, place: number): boolean {
  const kind = gazetteer.kind(place);
  return kind === 'city' || kind === 'capital';
}

/**
 * Surnames of the article: the last word of a capitalised name of two or three words that is not itself a place,
 * with no organisation or place-type word ("John Kelly" → kelly; not "Washington Post", not "Kansas City").
 */
function surnames(doc: Doc, gazetteer: Gazetteer): Set<string> {
  const out = new Set<string>();
  for (const s of doc.sentences) {
    let t = s.first;
    while (t < s.last) {
      let end = t;
      while (end < s.last && isNameWord(doc.tokens[end] as Token) && (doc.tokens[end] as Token).pos === 'PROPN') end++;
      const length = end - t;
      if (length >= 2 && length <= 3) {
        const words = doc.tokens.slice(t, end);
        const lastWord = words[words.length - 1] as Token;
        const whole = nameKey(doc.text.slice((words[0] as Token).start, lastWord.end));
        const lastKey = nameKey(lastWord.text);
        const placeLast = gazetteer.lookupKey(lastKey).some((c) => isMajor(gazetteer, c.place));
        const institution = words.some((w) => ORG_WORDS.has(w.lower) || SUFFIXES.has(w.lower) || gazetteer.isNotPlace(w.lower));
        if (gazetteer.lookupKey(whole).length === 0 && !institution && !placeLast) out.add(lastKey);
      }
      t = Math.max(end, t + 1);
    }
  }
  return out;
}

/** Keys of capitalised single words seen away from a sentence start: evidence that a word is a name here. */
function capitalisedMidSentence(doc: Doc): Set<string> {
  const keys = new Set<string>();
  for (const s of doc.sentences) {
    for (let t = s.first + 1; t < s.last; t++) {
      const tok = doc.tokens[t] as Token;
      if (UPPER.test(tok.text) && !OPENERS.has((doc.tokens[t - 1] as Token).text)) keys.add(nameKey(tok.text));
    }
  }
  return keys;
}

/** A sentence written in capitals (a shouted headline): case says nothing there. */
function isAllCaps(tokens: Token[], sentence: Sentence): boolean {
  let words = 0;
  let caps = 0;
  for (let t = sentence.first; t < sentence.last; t++) {
    const text = (tokens[t] as Token).text;
    if (!/\p{L}{2}/u.test(text)) continue;
    words++;
    if (text === text.toUpperCase()) caps++;
  }
  return words >= 3 && caps / words > 0.8;
}
