import { loadDictionaries } from '../../src/dictionaries/load.js';
import type { Gazetteer } from '../../src/gazetteer/gazetteer.js';
import { loadGazetteer } from '../../src/gazetteer/load-gazetteer.js';
import { createPlaceFinder, type PlaceFinder } from '../../src/pipeline/places/place-finder.js';
import type { ToponymRecord } from '../../src/pipeline/places/toponym-record.js';

let finder: PlaceFinder | undefined;

/** The compiled gazetteer: loaded (or built into .cache/gazetteer) once per test process. */
export function gazetteer(): Gazetteer {
  return loadGazetteer();
}

/** The toponyms of a text, as `sitrep places` prints them. */
export function toponyms(text: string, published = '2024-01-15'): ToponymRecord[] {
  finder ??= createPlaceFinder(loadDictionaries(), gazetteer());
  return finder.records({ id: 't', text, published });
}
