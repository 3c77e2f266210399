import type { ActorPhrase, AgentPhrase, PersonEntry } from '../../dictionaries/actor-entries.js';
import { tokenizePhrases } from '../tokenize/tokenize.js';
import { PhraseTrie } from './phrase-trie.js';

/** Compiled actor dictionaries: one trie of actor phrases, one of agent words, and the persons. */
export interface ActorLexicon {
  actors: PhraseTrie<ActorPhrase>;
  agents: PhraseTrie<AgentPhrase>;
  persons: PersonEntry[];
  /** Persons by the last word of their name, lower case ("bush" → both Presidents Bush), for "President Bush". */
  surnames: Map<string, PersonEntry[]>;
}

/** Words after a family name that are not the name ("George Bush Jr."). */
const NAME_SUFFIXES = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/** Compiles parsed actor dictionaries into tries (one tokenizer pass over all phrases). */
export function compileActorLexicon(actorPhrases: ActorPhrase[], agents: AgentPhrase[], persons: PersonEntry[]): ActorLexicon {
  const actorTrie = new PhraseTrie<ActorPhrase>();
  const actorTokens = tokenizePhrases(actorPhrases.map((p) => p.phrase));
  actorPhrases.forEach((p, k) => actorTrie.add(actorTokens[k] ?? [], p));
  const agentTrie = new PhraseTrie<AgentPhrase>();
  const agentTokens = tokenizePhrases(agents.map((a) => a.phrase));
  agents.forEach((a, k) => agentTrie.add(agentTokens[k] ?? [], a));
  const surnames = new Map<string, PersonEntry[]>();
  for (const person of persons) {
    const words = person.name.toLowerCase().split(/\s+/).filter((word) => !NAME_SUFFIXES.has(word));
    const last = words.at(-1);
    if (words.length < 2 || last === undefined) continue;
    surnames.set(last, [...(surnames.get(last) ?? []), person]);
  }
  return { actors: actorTrie, agents: agentTrie, persons, surnames };
}
