import type { Token } from '../../core/doc.js';
import { activeRole, roleOn, type PersonEntry } from '../../dictionaries/actor-entries.js';
import type { ActorMention } from './actor-mention.js';
import type { Piece } from './pieces.js';

// Noun phrases: dictionary pieces grown into coded actor mentions (country + agent, title + name).

export const POSSESSIVE = new Set(["'s", '’s', "'", '’']);

export const DETERMINERS = new Set(['the', 'a', 'an']);

export const PREPOSITIONS = new Set([
  'in', 'at', 'on', 'to', 'for', 'with', 'from', 'by', 'against', 'toward', 'towards', 'into', 'near', 'of',
  'about', 'over', 'under', 'between', 'among', 'during', 'after', 'before', 'across', 'outside', 'inside',
  'within', 'without', 'through', 'throughout', 'alongside', 'amid', 'despite', 'including', 'like', 'than',
  'via', 'upon', 'around', 'beyond', 'behind', 'onto', 'unlike',
]);

/** "the army of Sudan", "police in Moscow"; not "from" ("its ambassador from Russia" is not Russia's). */
export const AGENT_LINKS = new Set(['of', 'in']);

/** Titles too general to tell the office ("Labour leader", "his counterpart"). */
export const WEAK_TITLES = new Set(['leader', 'counterpart', 'commander', 'chief', 'general secretary', 'secretary-general', 'secretary general']);

export const FORMER = new Set(['former', 'ex', 'late', 'then', 'outgoing', 'ousted', 'deposed', 'exiled']);

/** Words inside titles and agent phrases that the tagger may not call adjectives ("Vice Foreign Minister"). */
export const TITLE_MODIFIERS = new Set(['vice', 'deputy', 'senior', 'acting', 'former', 'interim', 'chief', 'top', 'first', 'outgoing', 'incoming', 'new', 'then']);

/** Pieces joined by nothing but possessive markers, adjectives or hyphens form one noun phrase. */
export function groupPieces(
  tokens: Token[], pieces: Piece[], sentence: number, date: string, headline: boolean, surnames: ReadonlyMap<string, PersonEntry[]> = new Map(),
): ActorMention[] {
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
  if (!headline) out.forEach((m, k) => { if (m) absorbUnknownName(tokens, m, groups[k] as Piece[], starts, date, surnames); });

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
  const joined = new Set<ActorMention>();
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
      joined.add(m);
    }
  }
  for (const m of kept) {
    markContext(tokens, m);
    // "Militants in Nigeria's Borno state": the possessive belongs to the country inside, not to the militants.
    if (joined.has(m)) m.possessive = false;
  }
  return kept;
}

/**
 * "Prime Minister Mahendra Chaudhry", "U.N. Secretary-General Kofi Annan": a single-person title followed by a
 * capitalised name the dictionary does not know takes the name into the mention (the title gives the code).
 * A family name alone after a title ("President Bush") is the one person of that name who holds such a title on
 * `date` (`surnames`: persons by family name), when there is exactly one.
 */
export function absorbUnknownName(
  tokens: Token[], m: ActorMention, group: Piece[], pieceStarts: Set<number>, date: string, surnames: ReadonlyMap<string, PersonEntry[]>,
): void {
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
  const single = t - m.last === 1;
  m.name = tokens.slice(m.last, t).map((x) => x.text).join(' ');
  m.last = t;
  m.end = (tokens[t - 1] as Token).end;
  m.title = false;
  m.kind = 'person';
  m.certainty = Math.min(m.certainty, 0.9);
  const holder = single ? titleHolder(surnames.get(m.name.toLowerCase()) ?? [], m.code, date) : null;
  if (holder) {
    m.code = holder.code;
    m.name = holder.name;
  }
}

/**
 * The one person among `candidates` holding, on `date`, a role with the title's agent (`code`: "GOV", or with a
 * country "RUSGOV"), or null when none or several do.
 */
function titleHolder(candidates: readonly PersonEntry[], code: string, date: string): { code: string; name: string } | null {
  const agent = code.slice(-3);
  const country = code.length > 3 ? baseCode(code) : '';
  const holding = candidates.flatMap((person) => {
    const role = activeRole(person, date);
    const fits = role !== undefined && role.code.endsWith(agent) && (country === '' || baseCode(role.code) === country);
    return fits ? [{ code: role.code, name: person.name }] : [];
  });
  return holding.length === 1 ? holding[0]! : null;
}

export function joinable(tokens: Token[], from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let t = from; t < to; t++) {
    const tok = tokens[t] as Token;
    if (POSSESSIVE.has(tok.lower) || tok.text === '-' || TITLE_MODIFIERS.has(tok.lower) || (tok.pos === 'ADJ' && /^[a-z]/.test(tok.text))) continue;
    return false;
  }
  return true;
}

export function codeGroup(tokens: Token[], group: Piece[], sentence: number, date: string): ActorMention | null {
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
export const QUANTITIES = new Set(['dozens', 'hundreds', 'thousands', 'tens', 'millions', 'scores', 'some', 'many', 'several', 'most', 'all', 'none', 'group', 'groups', 'number', 'members', 'member', 'part', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'each', 'both', 'few', 'majority', 'contingent', 'unit', 'units', 'team', 'delegation', 'crowd', 'crowds']);

export function markContext(tokens: Token[], m: ActorMention): void {
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
