import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The geoparsing gold sets `sitrep eval --all` runs: every `*.jsonl` in the workplace's `../shared/eval/geo`
 * (none where that folder is absent, with a note).
 */
export function findGeoSets(repo: string): { paths: string[]; missing: string[] } {
  const dir = resolve(repo, '..', 'shared', 'eval', 'geo');
  if (!existsSync(dir)) return { paths: [], missing: [dir] };
  return { paths: readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f)), missing: [] };
}
