import type { VerbPattern } from '../../dictionaries/verb-patterns.js';

/** Verb patterns indexed by head lemma, each list most specific first (file order breaks ties). */
export type PatternIndex = ReadonlyMap<string, readonly VerbPattern[]>;

/** Builds the head-lemma index. */
export function indexPatterns(patterns: readonly VerbPattern[]): PatternIndex {
  const index = new Map<string, VerbPattern[]>();
  patterns.forEach((p) => {
    for (const head of p.head) {
      const list = index.get(head) ?? [];
      list.push(p);
      index.set(head, list);
    }
  });
  for (const list of index.values()) list.sort((a, b) => b.specificity - a.specificity);
  return index;
}
