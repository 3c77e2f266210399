import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { UsageError } from '../../core/errors.js';
import { evaluateSet } from '../../evaluation/evaluate.js';
import { findGoldSets } from '../../evaluation/find-gold-sets.js';
import { formatPerType, formatSummary } from '../../evaluation/format-report.js';
import { readGoldSet } from '../../evaluation/read-gold.js';
import type { SetScore } from '../../evaluation/score.js';
import type { CliContext } from '../cli-context.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * `sitrep eval [FILE…] [--all] [--reports DIR] [--errors N]`: codes each gold set, prints a summary and
 * per-type table, and writes `<reports>/<set>.json` with every miss and false event. It measures; its exit
 * code is 0 whatever the scores (1 for unreadable gold files, 2 for usage).
 */
export function addEvalCommand(program: Command, context: CliContext): void {
  program
    .command('eval')
    .description('Score the coder against gold-standard event sets (PLOVER records, sitrep JSON Lines, seed expected.json)')
    .argument('[files...]', 'gold set files')
    .option('--all', 'every gold set found: ../shared/eval/plover, ../shared/corpus/seed, test/fixtures/gold')
    .option('--reports <dir>', 'where to write <set>.json reports', join(REPO, 'eval/reports'))
    .option('--errors <n>', 'print the first N misses and false events of each set', '0')
    .option('--geo <file...>', 'geoparsing gold sets (JSON Lines, ../shared/eval/geo/README.md): toponym recognition and resolution')
    .action(async (files: string[], opts: { all?: boolean; reports: string; errors: string; geo?: string[] }) => {
      // Geoparsing sets (--geo, and ../shared/eval/geo with --all) are scored by src/evaluation/geo-report.ts.
      const geo = [...(opts.geo ?? []), ...(opts.all ? (await import('../../evaluation/geo-sets.js')).findGeoSets(REPO).paths : [])];
      if (geo.length > 0) (await import('../../evaluation/geo-report.js')).reportGeo(geo, opts.reports, context.stdout, Number(opts.errors) || 0);
      if (files.length === 0 && !opts.all && geo.length > 0) return;
      const paths = [...files];
      if (opts.all) {
        const found = findGoldSets(REPO);
        for (const m of found.missing) context.stderr.write(`sitrep: skipping ${m}: not on this machine\n`);
        paths.push(...found.paths);
      }
      if (paths.length === 0) throw new UsageError('eval needs gold set files or --all');
      const showErrors = Number(opts.errors);
      if (!Number.isInteger(showErrors) || showErrors < 0) throw new UsageError(`--errors takes a whole number, found "${opts.errors}"`);
      const sets = paths.map((p) => readGoldSet(p));
      const coder = await context.loadCoder();
      const rows: { name: string; score: SetScore }[] = [];
      mkdirSync(opts.reports, { recursive: true });
      for (const set of sets) {
        const started = performance.now();
        const score = evaluateSet(set, coder);
        const ms = performance.now() - started;
        rows.push({ name: set.name, score });
        const file = join(opts.reports, `${set.name}.json`);
        writeFileSync(file, `${JSON.stringify({ set: set.name, source: set.path, kind: set.kind, coded_in_ms: Math.round(ms), versions: coder.versions, ...score }, null, 2)}\n`);
      }
      context.stdout.write(`${formatSummary(rows)}\n\n`);
      for (const r of rows) {
        context.stdout.write(`${formatPerType(r.name, r.score)}\n`);
        for (const e of r.score.errors.slice(0, showErrors)) {
          context.stdout.write(`  ${e.kind === 'miss' ? 'MISS ' : 'FALSE'} ${e.case_id}: expected ${e.expected ?? '-'}; coded ${e.produced ?? '-'}${e.rule ? ` [${e.rule}]` : ''}\n        ${e.sentence.slice(0, 160)}\n`);
        }
        context.stdout.write('\n');
      }
      if (opts.all) await (await import('../../evaluation/extraction-report.js')).reportExtraction(REPO, opts.reports, context);
      context.stdout.write(`reports written to ${opts.reports}\n`);
    });
}
