import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * The gold sets `sitrep eval --all` runs: the PLOVER gold-standard records and the seed reference in the
 * workplace's shared folder (`<repo>/../shared`, skipped where absent), and every `*.jsonl` under
 * test/fixtures/gold. Returns existing paths plus a note for each expected set that is missing.
 */
export function findGoldSets(repo: string): { paths: string[]; missing: string[] } {
  const shared = resolve(repo, '..', 'shared');
  const wanted = [join(shared, 'eval/plover/plover-gsr-dev.json'), join(shared, 'corpus/seed/expected.json')];
  const paths = wanted.filter((p) => existsSync(p));
  const missing = wanted.filter((p) => !existsSync(p));
  const own = join(repo, 'test/fixtures/gold');
  if (existsSync(own)) for (const f of readdirSync(own).sort()) if (f.endsWith('.jsonl')) paths.push(join(own, f));
  return { paths, missing };
}
