import { createHash } from 'node:crypto';
import { DictionaryError } from '../core/errors.js';
import { parseAgents, parseCountries, parseGroups, parseIgos, parseNotActors, parsePeople } from './actor-entries.js';
import type { ActorPhrase } from './actor-entries.js';
import { parseCameoCodes } from './cameo-codes.js';
import type { Dictionaries, DictionaryFiles } from './dictionaries.js';
import { parseIntentCodes } from './intent-codes.js';
import { parseVerbPatterns } from './verb-patterns.js';
import type { VerbPattern } from './verb-patterns.js';

/**
 * Parses and cross-validates the dictionary files (pure: the caller reads them).
 * Throws DictionaryError with file:line for malformed lines, unknown CAMEO codes, duplicate pattern ids and
 * phrases given to two different actors.
 */
export function parseDictionaries(files: DictionaryFiles): Dictionaries {
  const get = (name: string): string => {
    const content = files.get(name);
    if (content === undefined) throw new DictionaryError(name, 0, 'dictionary file is missing');
    return content;
  };
  const cameo = parseCameoCodes('cameo/codes.txt', get('cameo/codes.txt'));
  const intent = parseIntentCodes('cameo/intent.txt', get('cameo/intent.txt'), new Set(cameo.keys()));
  const people = parsePeople('actors/people.txt', get('actors/people.txt'));
  const actorPhrases = [
    ...parseCountries('actors/countries.txt', get('actors/countries.txt')),
    ...parseIgos('actors/igos.txt', get('actors/igos.txt')),
    ...parseGroups('actors/groups.txt', get('actors/groups.txt')),
    ...people.phrases,
    ...parseNotActors('actors/not-actors.txt', get('actors/not-actors.txt')),
  ];
  checkPhraseClashes(actorPhrases);
  const agents = parseAgents('actors/agents.txt', get('actors/agents.txt'));

  const patterns: VerbPattern[] = [];
  const verbFiles = [...files.keys()].filter((f) => f.startsWith('verbs/') && f.endsWith('.txt')).sort();
  const ids = new Map<string, string>();
  for (const f of verbFiles) {
    for (const p of parseVerbPatterns(f, get(f))) {
      const [file = f, line = '0'] = p.source.split(':');
      const seen = ids.get(p.id);
      if (seen) throw new DictionaryError(file, Number(line), `duplicate pattern id "${p.id}" (first at ${seen})`);
      if (!cameo.has(p.code)) throw new DictionaryError(file, Number(line), `unknown CAMEO code ${p.code}`);
      ids.set(p.id, p.source);
      patterns.push(p);
    }
  }

  const hash = (names: string[]): string => {
    const h = createHash('sha1');
    for (const n of names.sort()) h.update(n).update('\0').update(files.get(n) ?? '').update('\0');
    return `sha1:${h.digest('hex').slice(0, 12)}`;
  };
  const allNames = [...files.keys()];
  return {
    actorPhrases, persons: people.persons, agents, cameo, intent, patterns,
    versions: {
      actors: hash(allNames.filter((n) => n.startsWith('actors/'))),
      verbs: hash(verbFiles),
      cameo: hash(allNames.filter((n) => n.startsWith('cameo/'))),
    },
  };
}

/** The same phrase (same spelling) may not name two different actors. */
function checkPhraseClashes(phrases: ActorPhrase[]): void {
  const seen = new Map<string, ActorPhrase>();
  for (const p of phrases) {
    const key = p.phrase;
    const prev = seen.get(key);
    if (prev && prev.code !== p.code && !(prev.kind === 'person' && p.kind === 'person' && prev.name === p.name) && p.kind !== 'blocked' && prev.kind !== 'blocked') {
      const [file = '', line = '0'] = p.source.split(':');
      throw new DictionaryError(file, Number(line), `"${p.phrase}" already names ${prev.name} (${prev.source})`);
    }
    if (!prev) seen.set(key, p);
  }
}
