import type { Doc, Token } from '../../core/doc.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { ActorLayer } from '../actors/find-actors.js';
import type { Toponym } from './toponym.js';

/** Prepositions that put an event at a place ("in", "at", "near", "toward"). */
const LOCATIVE_CUES = new Set([
  'in', 'at', 'near', 'outside', 'inside', 'toward', 'towards', 'into', 'across', 'throughout', 'around', 'within',
  'off', 'along', 'through', 'over', 'via', 'from', 'to', 'between', 'onto', 'beyond', 'across', 'nearby', 'en',
]);
/** Prepositions after which a country or capital stands for its government ("talks with Russia"). */
const ACTOR_CUES = new Set(['with', 'against', 'alongside', 'by', 'for', 'on', 'upon', 'versus', 'vs', 'vs.', 'than', 'like']);
/** Words that may stand between the preposition and the name: "in the eastern Ukraine", "near the town of". */
const GAP_WORDS = new Set(['the', 'a', 'an', 'northern', 'southern', 'eastern', 'western', 'central', 'north', 'south', 'east', 'west', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'downtown', 'suburban', 'rural', 'coastal', 'occupied', 'nearby', 'neighbouring', 'neighboring', 'city', 'town', 'village', 'region', 'province', 'state', 'of', 'capital', 'port', 'border', 'islands', 'island', 'its', 'their', 'his', 'her', 'our']);
const POSSESSIVE = new Set(["'s", '’s', "'", '’']);
const LIST_LINKS = new Set([',', 'and', 'or', '&', 'the']);

/**
 * Decides the role and cue of each toponym (see ToponymRole), in place: hierarchies ("Springfield, Illinois":
 * the second is the container of the first), lists ("in France, Germany and Italy" share "in"), locative
 * prepositions, "-based", possessives and compounds ("Iowa farmers"), and subjects or actor mentions.
 */
export function assignRoles(doc: Doc, toponyms: Toponym[], actors: ActorLayer, gazetteer: Gazetteer): void {
  const { tokens } = doc;
  for (let k = 0; k < toponyms.length; k++) {
    const tp = toponyms[k] as Toponym;
    const prevTp = toponyms[k - 1];
    // "Springfield, Illinois", "Peoria, Ill.": an admin region or country after a comma holds the place before it.
    if (prevTp && prevTp.sentence === tp.sentence && prevTp.last === tp.first - 1 && (tokens[tp.first - 1] as Token).text === ','
      && holds(gazetteer, tp) && !holds(gazetteer, prevTp) && tp.candidates.some((c) => c.form !== 'adjective')) {
      tp.container = true;
      prevTp.within = k;
      tp.role = prevTp.role === 'place' ? 'place' : 'mention';
      tp.cue = prevTp.cue;
      continue;
    }
    if (tp.candidates.length > 0 && tp.candidates.every((c) => c.form === 'adjective')) {
      tp.role = 'modifier';
      continue;
    }
    if (tp.cue === 'dateline') { tp.role = 'place'; continue; }
    const cue = cueBefore(tokens, tp);
    tp.cue = cue;
    const next = tokens[tp.last];
    const sameSentence = !!next && next.sentence === tp.sentence;
    if (sameSentence && next && (next.text === '-' || next.text === '–') && tokens[tp.last + 1]?.lower === 'based') {
      tp.role = 'modifier';
      tp.cue = '-based';
      continue;
    }
    const listed = listHead(tokens, toponyms, k);
    if (cue && LOCATIVE_CUES.has(cue)) tp.role = 'place';
    else if (listed) { tp.role = listed.role; tp.cue = listed.cue; }
    else if (sameSentence && next && POSSESSIVE.has(next.lower)) tp.role = 'modifier';
    else if (sameSentence && next && (next.pos === 'NOUN' || (next.pos === 'PROPN' && /^\p{Lu}/u.test(next.text)))) tp.role = 'modifier';
    else if ((cue && ACTOR_CUES.has(cue)) || isActor(tokens, actors, tp)) tp.role = 'actor';
    else tp.role = 'mention';
  }
}

/** A region or country (what can hold a place in "X, Y"). */
function holds(gazetteer: Gazetteer, tp: Toponym): boolean {
  return tp.candidates.some((c) => {
    const kind = gazetteer.kind(c.place);
    return kind === 'adm1' || kind === 'country' || c.form === 'abbreviation';
  });
}

/** The preposition governing the toponym, skipping determiners and place words ("in the southern port city of"). */
function cueBefore(tokens: Token[], tp: Toponym): string | null {
  for (let t = tp.first - 1, gap = 0; t >= 0 && gap <= 6; t--, gap++) {
    const tok = tokens[t] as Token;
    if (tok.sentence !== tp.sentence) return null;
    if (LOCATIVE_CUES.has(tok.lower) || ACTOR_CUES.has(tok.lower)) {
      // "of" alone is no cue; "in the city of X" is.
      return tok.lower;
    }
    if (!GAP_WORDS.has(tok.lower)) return null;
  }
  return null;
}

/** "in France, Germany and Italy": the first toponym of the list, when this one follows it in a list. */
function listHead(tokens: Token[], toponyms: Toponym[], k: number): Toponym | null {
  let j = k;
  while (j > 0) {
    const cur = toponyms[j] as Toponym;
    const prev = toponyms[j - 1] as Toponym;
    if (prev.sentence !== cur.sentence || cur.first - prev.last > 3 || cur.first === prev.last) break;
    const between = tokens.slice(prev.last, cur.first).map((t) => t.lower);
    if (!between.every((w) => LIST_LINKS.has(w))) break;
    j--;
  }
  return j < k ? (toponyms[j] as Toponym) : null;
}

/** Used as an actor: an actor mention that is not a modifier, or a subject right before its verb. */
function isActor(tokens: Token[], actors: ActorLayer, tp: Toponym): boolean {
  for (let t = tp.first; t < tp.last; t++) {
    const m = actors.mentions[actors.tokenMention[t] ?? -1];
    if (m && !m.modifier && !m.preposition && m.kind !== 'agent') return true;
  }
  const next = tokens[tp.last];
  return !!next && next.sentence === tp.sentence && (next.pos === 'VERB' || next.pos === 'AUX');
}
