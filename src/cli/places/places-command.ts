import { Option, type Command } from 'commander';
import { DEFAULT_MAX_BYTES } from '../../ingest/read-input.js';
import type { CliContext } from '../cli-context.js';
import { optionParsers } from '../option-parsers.js';
import { PLACES_FORMATS, runPlaces, type PlacesOptions } from './run-places.js';

const EXAMPLES = `
Inputs: the same as sitrep code (text, HTML, JSON Lines of {"id", "text", …}, or - for standard input).

Output: one toponym per row or line: {doc_id, start, end, text, name, geonameid, lat, lon, country, kind, role}.
  role is place ("in Pyongyang"), actor ("Pyongyang said"), modifier ("Russian troops") or mention.

Examples:
  $ sitrep places report.txt
  $ sitrep places articles.jsonl --format jsonl > toponyms.jsonl`;

/** Adds `sitrep places <input...>` to the program. */
export function addPlacesCommand(program: Command, context: CliContext): void {
  program
    .command('places')
    .description('list the toponyms of news articles with the gazetteer places they name (offline)')
    .argument('<input...>', 'files to read; - reads standard input')
    .option('--date <YYYY-MM-DD>', 'publication date for inputs that give none (default: today, UTC)', optionParsers.date)
    .addOption(new Option('--format <format>', 'output format (default: table on a terminal, jsonl otherwise)').choices(PLACES_FORMATS))
    .option('--max-bytes <n>', `largest input accepted, in bytes (default: ${DEFAULT_MAX_BYTES})`, optionParsers.positiveInteger)
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], options: PlacesOptions) => runPlaces(inputs, options, context));
}
