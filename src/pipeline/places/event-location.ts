import type { EventLocation } from '../../core/coded-event.js';
import type { Doc } from '../../core/doc.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import { splitClauses } from '../clauses/clauses.js';
import type { PlacesLayer } from './places-layer.js';
import { cueWeight, precisionOf, targetOf } from './place-target.js';
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
  // A place phrase after another noun says where that thing is; it is the event's place only when nothing (no
  // comma) separates it from the verb ("raided the camp in the West Bank", not "…, with emphasis on the conflict in Ukraine").
  const own = (tp: Toponym, span: number): boolean => {
    const noun = nounBefore(doc, tp);
    if (DIRECTIONAL.has(tp.cue ?? '') || noun < 0 || (noun >= head && noun - head <= span)) return true;
    return span >= 0 && noun > head && !doc.tokens.slice(head, tp.first).some((t) => t.text === ',' || t.text === ';');
  };
  const elsewhere = inSentence.filter((tp) => !inClause.includes(tp) && own(tp, -1));
  // "shelled Kharkiv", "stormed Gaza City": a town or site that is the verb's object is where the action landed
  // (a country object is an actor: "accused Israel"; so is a capital named as a government: "urged Pyongyang").
  const object = places.toponyms.find((tp) => tp.sentence === sentence && (tp.cue === null || tp.cue === 'of') && tp.first > head
    && tp.first <= head + OBJECT_SPAN && tp.role === 'mention' && targetOf(tp) !== null
    && gazetteer.kind(targetOf(tp) as number) !== 'country' && doc.tokens.slice(head + 1, tp.first).every((t) => t.pos === 'DET' || t.pos === 'ADJ' || OBJECT_GAP.has(t.lower)));
  const pick = closest(inClause.filter((tp) => own(tp, EVENT_NOUN_SPAN)), head) ?? object ?? closest(elsewhere, head);
  if (pick) {
    const water = pick.direction ? gazetteer.water(source.slice(0, 3), pick.direction) ?? null : null;
    return locationOf(doc, gazetteer, water ?? (targetOf(pick) as number), water === null ? pick : null, 'sentence');
  }
  return places.focus === null ? null : locationOf(doc, gazetteer, places.focus, null, 'article');
}

/** Cues of motion: "missiles toward the eastern seas" says where the action went, whatever noun precedes. */
const DIRECTIONAL = new Set(['toward', 'towards', 'into', 'off', 'onto']);

/** How far after the verb its object may start, in tokens ("struck the southern port city of Odesa" is 6). */
const OBJECT_SPAN = 7;
/** Words between a verb and a place that is its object: "struck the southern port city of Odesa". */
const OBJECT_GAP = new Set(['city', 'town', 'village', 'port', 'capital', 'region', 'province', 'district', 'of', 'the', 'border', 'frontline', 'front-line', 'besieged', 'occupied']);

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

function locationOf(doc: Doc, gazetteer: Gazetteer, place: number, tp: Toponym | null, basis: EventLocation['basis']): EventLocation {
  const p = gazetteer.place(place);
  const generic = tp && tp.place === null ? tp.generic : null;
  return {
    name: generic && tp ? doc.text.slice(tp.start, tp.end) : p.name,
    geonameid: generic ? null : p.geonameid,
    lat: p.lat,
    lon: p.lon,
    country: p.country,
    precision: precisionOf(p.kind, generic),
    basis,
  };
}
