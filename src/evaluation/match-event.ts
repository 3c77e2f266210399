import type { CodedEvent } from '../core/coded-event.js';
import type { GoldEvent } from './gold.js';

/** How strictly a coded event must agree with a gold event. */
export type MatchLevel = 'country' | 'full' | 'root';

/** Country or IGO level of a code: its first three letters (PRKGOV → PRK, IGOUNO → IGO). */
function level(code: string): string {
  return code.slice(0, 3);
}

/**
 * Does coded event `e` match gold event `g`? (the rules printed in the README)
 * - country: same PLOVER type; source and target agree on their first three letters; an empty target on both
 *   sides agrees; when the gold has compound sources and no target, a coded target among the gold sources agrees.
 * - full: as country, but actor codes must be equal in full (PRKGOV ≠ PRK).
 * - root: as country, and the CAMEO root (first two digits) equals one of the gold's codes' roots, when the
 *   gold set gives CAMEO codes.
 */
export function matches(e: CodedEvent, g: GoldEvent, how: MatchLevel): boolean {
  if (!g.ploverAny.includes(e.plover.event)) return false;
  const norm = how === 'full' ? (c: string) => c : level;
  const sources = g.sources.map(norm);
  if (!sources.includes(norm(e.source.code))) return false;
  if (g.targets.length === 0) {
    if (e.target !== null && !(g.sources.length > 1 && sources.includes(norm(e.target.code)))) return false;
  } else if (e.target === null || !g.targets.map(norm).includes(norm(e.target.code))) {
    return false;
  }
  if (how === 'root' && g.cameo.length > 0 && !g.cameo.some((c) => c.slice(0, 2) === e.cameo.slice(0, 2))) return false;
  return true;
}
