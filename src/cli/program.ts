import { Command } from 'commander';
import type { CliContext } from './cli-context.js';
import { addCodeCommand } from './code/code-command.js';
import { addEvalCommand } from './eval/eval-command.js';
import { addExportCommand } from './export/export-command.js';
import { addIngestCommand } from './ingest/ingest-command.js';
import { addWatchCommand } from './watch/watch-command.js';
import { addPlacesCommand } from './places/places-command.js';
import { addServeCommand } from './serve/serve-command.js';
import { VERSION } from './version.js';

/**
 * The `sitrep` commander program. It never exits the process: commander's own errors and help are thrown as
 * CommanderError (`exitOverride`), after printing `sitrep: <problem>` on stderr.
 */
export function createProgram(context: CliContext): Command {
  const program = new Command('sitrep')
    .description('Code news reports into CAMEO and PLOVER event data')
    .version(VERSION)
    .exitOverride()
    .showSuggestionAfterError()
    .configureOutput({
      writeOut: (text) => context.stdout.write(text),
      writeErr: (text) => context.stderr.write(text),
      outputError: (text, write) => write(`sitrep: ${text.replace(/^error: /, '').replace(/\s*\n\s*/g, ' ').trim()}\n`),
    });
  addCodeCommand(program, context);
  addEvalCommand(program, context);
  addIngestCommand(program, context);
  addWatchCommand(program, context);
  addExportCommand(program, context);
  addPlacesCommand(program, context);
  addServeCommand(program, context);
  return program;
}
