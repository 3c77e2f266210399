import type { Coder } from './pipeline/coder.js';
import { createCoder } from './pipeline/default.js';
import { loadDictionaries } from './dictionaries/load.js';

let cached: Coder | undefined;

/**
 * Loads the built-in dictionaries (or those under `dir`) from disk and returns a ready coder; the built-in
 * coder is cached. Throws DictionaryError (file:line) when a dictionary does not validate.
 */
export function loadCoder(dir?: string): Coder {
  if (dir !== undefined) return createCoder(loadDictionaries(dir));
  cached ??= createCoder(loadDictionaries());
  return cached;
}
