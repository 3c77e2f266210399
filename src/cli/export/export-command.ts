import { existsSync } from 'node:fs';
import { Option, type Command } from 'commander';
import { SitrepError } from '../../core/errors.js';
import type { CliContext } from '../cli-context.js';
import { EXPORT_FORMATS, type ExportFormat } from './format-rows.js';

const EXAMPLES = `
What:
  articles  id, url, canonical_url, title, published, language, site, duplicate_of, byline, coding_status
  events    merged events: num_mentions, num_sources, num_articles, first_seen, last_seen … (CSV: GDELT 2.0 order)
  mentions  one row per coded sentence, with its event id, article, sentence and character offsets

Examples:
  $ sitrep export --db events.db --what events --format csv > events.csv
  $ sitrep export --db events.db --what mentions --format jsonl | jq .sentence
  $ sitrep export --db events.db --what events --format geojson > events.geojson`;

/** Adds `sitrep export --db FILE --what articles|events|mentions --format jsonl|csv|geojson`. */
export function addExportCommand(program: Command, context: CliContext): void {
  program
    .command('export')
    .description('write stored articles, merged events or mentions as JSON Lines, CSV or GeoJSON')
    .requiredOption('--db <file|url>', 'database written by sitrep ingest, watch or code --db: a SQLite file or a postgres:// URL')
    .addOption(new Option('--what <kind>', 'what to export').choices(['articles', 'events', 'mentions']).default('events'))
    .addOption(new Option('--format <format>', 'output format').choices(EXPORT_FORMATS).default('jsonl'))
    .addHelpText('after', EXAMPLES)
    .action(async (options: { db: string; what: 'articles' | 'events' | 'mentions'; format: ExportFormat }) => {
      const { isPostgresUrl, openStore, storeName } = await import('../../store/open-store.js');
      if (!isPostgresUrl(options.db) && !existsSync(options.db)) throw new SitrepError(`${options.db}: no such database`);
      const { writeRows } = await import('./format-rows.js');
      const store = await openStore(options.db, { pipelineVersion: '{}' }).catch((error: unknown) => {
        throw new SitrepError(`${storeName(options.db)}: cannot open database: ${(error as Error).message}`, { cause: error });
      });
      try {
        await writeRows(options.what, options.format, store.exportRows(options.what), (chunk) => context.stdout.write(chunk));
      } finally {
        await store.close();
      }
    });
}
