import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { ActorMention } from '../actors/actor-mention.js';
import type { PlacesLayer } from './places-layer.js';
import { targetOf } from './place-target.js';

/** Kinds of place that stand for the people of their country when attacked: towns, regions, sites. */
const INHABITED = new Set(['city', 'capital', 'adm1', 'region', 'site', 'base', 'crossing']);

/**
 * The places of each sentence that an attack can be aimed at, as target mentions of their country: "struck an
 * energy facility in the Lviv region", "shelled Kharkiv" → UKR. Only resolved toponyms used as places or plain
 * mentions, inside one country (not countries, which are actors already, seas or continents). Indexed by sentence.
 */
export function placeTargets(places: PlacesLayer, gazetteer: Gazetteer): ActorMention[][] {
  const bySentence: ActorMention[][] = [];
  for (const tp of places.toponyms) {
    const place = targetOf(tp);
    if (place === null || (tp.role !== 'place' && tp.role !== 'mention')) continue;
    const code = gazetteer.country(place);
    if (code === '' || !INHABITED.has(gazetteer.kind(place))) continue;
    const country = gazetteer.countryPlace(code);
    (bySentence[tp.sentence] ??= []).push({
      first: tp.first, last: tp.last, start: tp.start, end: tp.end, sentence: tp.sentence, code,
      name: country === undefined ? code : gazetteer.place(country).name, kind: 'country', title: false, plural: false,
      preposition: tp.cue !== null && /^[a-z]+$/.test(tp.cue) ? tp.cue : null, possessive: false, modifier: false, means: false,
      members: [], certainty: 0.6,
    });
  }
  return bySentence;
}
