import { loadDictionaries } from '../../dictionaries/load.js';
import { loadGazetteer } from '../../gazetteer/load-gazetteer.js';
import { createPlaceFinder, type PlaceFinder } from '../../pipeline/places/place-finder.js';

/**
 * A place finder over the built-in dictionaries and the compiled gazetteer (built on first use).
 * @throws DictionaryError (file:line) when a dictionary does not validate.
 */
export function loadPlaceFinder(): PlaceFinder {
  return createPlaceFinder(loadDictionaries(), loadGazetteer());
}
