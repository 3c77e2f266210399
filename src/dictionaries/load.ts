import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dictionaries } from './dictionaries.js';
import { parseDictionaries } from './parse-all.js';

/** The built-in dictionaries folder (`<repo>/dictionaries`). */
export const BUILTIN_DICTIONARIES = resolve(dirname(fileURLToPath(import.meta.url)), '../../dictionaries');

/**
 * Reads every `.txt` file under `dir` and parses them. The only module in src/dictionaries that reads disk.
 * Throws DictionaryError (file:line) when a file does not validate, or an Error when `dir` is unreadable.
 */
export function loadDictionaries(dir: string = BUILTIN_DICTIONARIES): Dictionaries {
  const files = new Map<string, string>();
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.txt')) files.set(relative(dir, full).split('\\').join('/'), readFileSync(full, 'utf8'));
    }
  };
  walk(dir);
  return parseDictionaries(files);
}
