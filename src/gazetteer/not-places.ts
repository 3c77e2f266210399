import { splitLines } from '../dictionaries/lines.js';
import { nameKey } from './name-key.js';

/**
 * Parses not-places.txt (`phrase | reason`) into the set of keys (`nameKey`) the recogniser skips unless a
 * hierarchy or place-type word confirms a place. Pure; throws DictionaryError (file:line) for a malformed line.
 */
export function parseNotPlaces(file: string, content: string): Set<string> {
  return new Set(splitLines(file, content, 2, 2).map(({ fields }) => nameKey(fields[0] ?? '')));
}
