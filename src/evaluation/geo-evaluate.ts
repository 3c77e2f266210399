import type { Gazetteer } from '../gazetteer/gazetteer.js';
import type { PlaceFinder } from '../pipeline/places/place-finder.js';
import type { GeoGoldSet } from './geo-gold.js';
import { scoreGeo, type GeoScore } from './geo-score.js';

/** Finds the toponyms of every gold document and scores them; `ms` is the time spent finding them. Pure apart from the finder. */
export function evaluateGeoSet(set: GeoGoldSet, finder: PlaceFinder, gazetteer: Gazetteer): { score: GeoScore; ms: number } {
  const started = performance.now();
  const predicted = set.docs.map((d) => finder.records({ id: d.id, text: d.text, published: '2000-01-01' }));
  const ms = performance.now() - started;
  return { score: scoreGeo(set.docs, predicted, gazetteer), ms };
}
