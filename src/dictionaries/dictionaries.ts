import type { ActorPhrase, AgentPhrase, PersonEntry } from './actor-entries.js';
import type { CameoCode } from './cameo-codes.js';
import type { IntentCodes } from './intent-codes.js';
import type { VerbPattern } from './verb-patterns.js';

/** Every dictionary sitrep codes with, parsed and validated (not yet compiled into matchers). */
export interface Dictionaries {
  actorPhrases: ActorPhrase[];
  persons: PersonEntry[];
  agents: AgentPhrase[];
  cameo: Map<string, CameoCode>;
  intent: IntentCodes;
  patterns: VerbPattern[];
  /** Content hash of each dictionary group, for provenance ("verbs" → "sha1:…"). */
  versions: Record<string, string>;
}

/** Raw dictionary files: path relative to the dictionaries folder → content. */
export type DictionaryFiles = ReadonlyMap<string, string>;
