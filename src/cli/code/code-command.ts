import { Option, type Command } from 'commander';
import { DEFAULT_MAX_BYTES } from '../../ingest/read-input.js';
import type { CliContext } from '../cli-context.js';
import { optionParsers } from '../option-parsers.js';
import { OUTPUT_FORMATS } from '../output/output-format.js';
import { runCode, type CodeOptions } from './run-code.js';

const EXAMPLES = `
Inputs:
  a text file (one article), an HTML page (.html/.htm: its main text), JSON Lines (.jsonl/.ndjson: one
  {"id", "text", "title"?, "url"?, "published"?} per line), or - for standard input.

Examples:
  $ sitrep code report.txt --date 2023-09-13
  $ sitrep code page.html --format json
  $ sitrep code articles.jsonl --db events.db --format csv > events.csv
  $ curl -s https://example.org/story | sitrep code - --date 2023-09-13`;

/** Adds `sitrep code <input...>` to the program. */
export function addCodeCommand(program: Command, context: CliContext): void {
  program
    .command('code')
    .description('code news articles into CAMEO/PLOVER events')
    .argument('<input...>', 'files to code; - reads standard input')
    .option('--date <YYYY-MM-DD>', 'publication date for inputs that give none (default: today, UTC)', optionParsers.date)
    .addOption(
      new Option('--format <format>', 'output format (default: table on a terminal, jsonl otherwise)').choices(
        OUTPUT_FORMATS,
      ),
    )
    .option('--db <file|url>', 'also store articles and events in this database: a SQLite file (created if missing) or a postgres:// URL')
    .option(
      '--max-bytes <n>',
      `largest input accepted, in bytes (default: ${DEFAULT_MAX_BYTES})`,
      optionParsers.positiveInteger,
    )
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], options: CodeOptions) => runCode(inputs, options, context));
}
