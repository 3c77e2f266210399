import type { Doc } from '../../core/doc.js';
import type { Gazetteer } from '../../gazetteer/gazetteer.js';
import type { ActorLayer } from '../actors/find-actors.js';
import { findToponyms } from './find-toponyms.js';
import { resolveToponyms } from './resolve-toponyms.js';
import type { Toponym } from './toponym.js';
import { cueWeight, specificity, targetOf } from './place-target.js';

/** The places of a Doc: its toponyms in text order, resolved, and the place the article is mostly about. */
export interface PlacesLayer {
  toponyms: Toponym[];
  /** Gazetteer place the article is about (its most cited "in/at" place), or null. */
  focus: number | null;
}

/**
 * Finds and resolves the toponyms of a Doc (recognition, roles, resolution) and picks the article's focus
 * place: the place named most often as where things are (weighted by cue, ties to the more specific place),
 * else the country most of its toponyms lie in. Pure; never throws on odd text.
 */
export function findPlaces(doc: Doc, actors: ActorLayer, gazetteer: Gazetteer): PlacesLayer {
  const toponyms = findToponyms(doc, actors, gazetteer);
  resolveToponyms(doc, toponyms, actors, gazetteer);
  return { toponyms, focus: focusOf(toponyms, gazetteer) };
}

function focusOf(toponyms: Toponym[], gazetteer: Gazetteer): number | null {
  const weights = new Map<number, number>();
  const countries = new Map<string, number>();
  for (const tp of toponyms) {
    const target = targetOf(tp);
    if (target === null) continue;
    const country = gazetteer.country(target);
    if (country !== '') countries.set(country, (countries.get(country) ?? 0) + 1);
    if (tp.role !== 'place' || tp.generic !== null) continue;
    weights.set(target, (weights.get(target) ?? 0) + cueWeight(tp.cue));
  }
  let top: number | null = null;
  let topScore = 0;
  for (const [place, w] of weights) {
    const score = w + specificity(gazetteer.kind(place));
    if (score > topScore) { top = place; topScore = score; }
  }
  if (top !== null) return top;
  const country = [...countries.entries()].sort((a, b) => b[1] - a[1])[0];
  return country ? gazetteer.countryPlace(country[0]) ?? null : null;
}
