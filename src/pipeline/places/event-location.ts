import type { EventLocation } from '../../core/coded-event.js';
import type { Doc } from '../../core/doc.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { splitClauses } from '../clauses/clauses.js';
import type { PlacesLayer } from './places-layer.js';
import { cueWeight, precisionOf, targetOf } from './place-target.js';
import { waterFrom } from './resolve-toponyms.js';
import type { Toponym } from './toponym.js';

/**
 * Where an event happened: the place attached to the event's clause ("met at the Vostochny Cosmodrome",
 * "launched missiles toward the eastern seas", read from the source actor's coast), else a place of its
 * sentence, else the article's focus place. Only toponyms used as places count ("Pyongyang said" does not).
 * `head` is the token index of the event's verb; `source` the source actor's CAMEO code. Null when the article
 * names no place. Pure.
 */
export function eventLocation(doc: Doc, places: PlacesLayer, gazetteer: Gazetteer, sentence: number, head: number, source: string): EventLocation | null {
  const s = doc.sentences[sentence];
  if (!s) return null;
  const inSentence = places.toponyms.filter((tp) => tp.sentence === sentence && tp.role === 'place' && tp.cue !== 'dateline' && targetOf(tp) !== null);
  const clause = splitClauses(doc, s).find((c) => c.first <= head && head < c.last);
  const inClause = clause ? inSentence.filter((tp) => tp.first >= clause.first && tp.last <= clause.last) : [];
  const own = (tp: Toponym, span: number): boolean => {
    const noun = nounBefore(doc, tp);
    return DIRECTIONAL.has(tp.cue ?? '') || noun < 0 || (noun >= head && noun - head <= span);
  };
  const elsewhere = inSentence.filter((tp) => !inClause.includes(tp) && own(tp, -1));
  const pick = closest(inClause.filter((tp) => own(tp, EVENT_NOUN_SPAN)), head) ?? closest(elsewhere, head);
  if (pick) {
    const water = waterFrom(gazetteer, pick, source.slice(0, 3));
    return locationOf(doc, gazetteer, water ?? (targetOf(pick) as number), water === null ? pick : null);
  }
  return places.focus === null ? null : locationOf(doc, gazetteer, places.focus, null);
}

/** Cues of motion: "missiles toward the eastern seas" says where the action went, whatever noun precedes. */
const DIRECTIONAL = new Set(['toward', 'towards', 'into', 'off', 'onto']);

/** Nouns right after the head that are the event's own ("held talks in Moscow"), in tokens. */
const EVENT_NOUN_SPAN = 3;

/**
 * The noun a place phrase follows ("the ongoing conflict in Ukraine" → conflict), or -1 when it follows a verb or
 * anything else. A place after another noun says where that thing is, not where the event happened.
 */
function nounBefore(doc: Doc, tp: Toponym): number {
  let p = tp.first - 1;
  while (p > 0 && doc.tokens[p]?.lower !== tp.cue) p--;
  const before = doc.tokens[p - 1];
  return before && before.sentence === tp.sentence && (before.pos === 'NOUN' || before.pos === 'PROPN') ? before.i : -1;
}

/** Firmest cue first, then the toponym nearest the verb (after it by preference: "met … at X"). */
function closest(toponyms: Toponym[], head: number): Toponym | null {
  let top: Toponym | null = null;
  let topScore = Number.NEGATIVE_INFINITY;
  for (const tp of toponyms) {
    if (tp.within >= 0 && tp.container) continue;
    const distance = tp.first >= head ? tp.first - head : 2 * (head - tp.last) + 1;
    const score = 100 * cueWeight(tp.cue) - distance;
    if (score > topScore) { top = tp; topScore = score; }
  }
  return top;
}

function locationOf(doc: Doc, gazetteer: Gazetteer, place: number, tp: Toponym | null): EventLocation {
  const p = gazetteer.place(place);
  const generic = tp && tp.place === null ? tp.generic : null;
  return {
    name: generic && tp ? doc.text.slice(tp.start, tp.end) : p.name,
    geonameid: generic ? null : p.geonameid,
    lat: p.lat,
    lon: p.lon,
    country: p.country,
    precision: precisionOf(p.kind, generic),
  };
}
