import type { EventLocation } from '../../core/coded-event.js';
import type { PlaceKind } from '../../gazetteer/place-kind.js';
import type { Toponym } from './toponym.js';

/** Prepositions that put an event at a place firmly ("in", "at"); others ("from", "to", "via") weakly. */
const STRONG_CUES = new Set(['in', 'at', 'near', 'outside', 'inside', 'toward', 'towards', 'into', 'across', 'throughout', 'around', 'within', 'off', 'along', 'over', 'onto', 'nearby', 'dateline']);

/** How firmly a cue places something: 2 for "in/at/near …", 1 for "from/to/via …" and none. */
export function cueWeight(cue: string | null): number {
  return cue !== null && STRONG_CUES.has(cue) ? 2 : 1;
}

/** Tie-break towards the more specific place: site > city > region > country. */
export function specificity(kind: PlaceKind): number {
  switch (kind) {
    case 'site': case 'base': case 'crossing': return 0.5;
    case 'city': case 'capital': return 0.4;
    case 'adm1': case 'region': case 'sea': return 0.2;
    default: return 0;
  }
}

/** The gazetteer place a toponym stands for: its own place, or the place a generic name was put near. */
export function targetOf(tp: Toponym): number | null {
  return tp.place ?? tp.near;
}

/** Precision of an event location for a kind of place. */
export function precisionOf(kind: PlaceKind, generic: string | null): EventLocation['precision'] {
  if (generic === 'site') return 'site';
  if (generic === 'region') return 'region';
  switch (kind) {
    case 'site': case 'base': case 'crossing': return 'site';
    case 'city': case 'capital': return 'city';
    case 'sea': return 'sea';
    case 'country': return 'country';
    default: return 'region';
  }
}
