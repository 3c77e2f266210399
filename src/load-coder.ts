import type { Coder } from './pipeline/coder.js';
import { createCoder } from './pipeline/default.js';
import { loadDictionaries } from './dictionaries/load.js';
import { loadGazetteer } from './gazetteer/load-gazetteer.js';

let cached: Coder | undefined;

/**
 * Loads the built-in dictionaries (or those under `dir`) and the compiled gazetteer (built into .cache/gazetteer
 * on first use) from disk and returns a ready coder; the built-in coder is cached. Throws DictionaryError
 * (file:line) when a dictionary does not validate.
 */
export function loadCoder(dir?: string): Coder {
  if (dir !== undefined) return createCoder(loadDictionaries(dir), loadGazetteer());
  cached ??= createCoder(loadDictionaries(), loadGazetteer());
  return cached;
}
