import { InvalidArgumentError, Option, type Command } from 'commander';
import type { CliContext } from '../cli-context.js';
import type { ServeOptions } from './run-serve.js';

const EXAMPLES = `
Examples:
  $ sitrep serve --db events.db                       # dashboard at http://127.0.0.1:8080/
  $ SITREP_TOKEN=secret sitrep serve --db events.db --host 0.0.0.0 --port 9000
  $ curl -s 'http://127.0.0.1:8080/api/v1/events?actor=PRK&plover=CONSULT&limit=5'`;

/** Adds `sitrep serve` to the program. */
export function addServeCommand(program: Command, context: CliContext): void {
  program
    .command('serve')
    .description('serve the dashboard and the HTTP API over a database of coded events')
    .requiredOption('--db <file|url>', 'database made by sitrep code --db, ingest or watch: a SQLite file or a postgres:// URL')
    .option('--port <n>', 'TCP port (0: any free port)', port, 8080)
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .addOption(new Option('--token <token>', 'require Authorization: Bearer <token> on the API (all but /health)').env('SITREP_TOKEN'))
    .option('--cors <origin>', 'let pages from this origin (or *) call the API; off by default')
    .option('--no-memory-index', 'answer timeline, dyads and map in SQL instead of from an in-memory copy of the events (about 70 MB and 5 s to load per million events)')
    .addHelpText('after', EXAMPLES)
    .action(async (options: ServeOptions) => {
      // Loaded only when serving: the HTTP server takes time to load.
      const { runServe } = await import('./run-serve.js');
      await runServe(options, context);
    });
}

function port(value: string): number {
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isInteger(number) || number > 65_535) throw new InvalidArgumentError('Expected a port number, 0 to 65535.');
  return number;
}
