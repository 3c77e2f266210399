import type { Coder } from '../pipeline/coder.js';
import type { GoldSet } from './gold.js';
import type { SetScore } from './score.js';
import { scoreSet } from './score.js';

/** Codes every case of a gold set and scores the result. Pure apart from the coder. */
export function evaluateSet(set: GoldSet, coder: Coder): SetScore {
  const coded = set.cases.map((c) => coder.code({ id: c.id, text: c.text, published: c.published }));
  return scoreSet(set.cases, coded);
}
