import type { ActorPhrase, AgentPhrase, PersonEntry } from '../../dictionaries/actor-entries.js';
import { tokenizePhrases } from '../tokenize/tokenize.js';
import { PhraseTrie } from './phrase-trie.js';

/** Compiled actor dictionaries: one trie of actor phrases, one of agent words, and the persons. */
export interface ActorLexicon {
  actors: PhraseTrie<ActorPhrase>;
  agents: PhraseTrie<AgentPhrase>;
  persons: PersonEntry[];
}

/** Compiles parsed actor dictionaries into tries (one tokenizer pass over all phrases). */
export function compileActorLexicon(actorPhrases: ActorPhrase[], agents: AgentPhrase[], persons: PersonEntry[]): ActorLexicon {
  const actorTrie = new PhraseTrie<ActorPhrase>();
  const actorTokens = tokenizePhrases(actorPhrases.map((p) => p.phrase));
  actorPhrases.forEach((p, k) => actorTrie.add(actorTokens[k] ?? [], p));
  const agentTrie = new PhraseTrie<AgentPhrase>();
  const agentTokens = tokenizePhrases(agents.map((a) => a.phrase));
  agents.forEach((a, k) => agentTrie.add(agentTokens[k] ?? [], a));
  return { actors: actorTrie, agents: agentTrie, persons };
}
