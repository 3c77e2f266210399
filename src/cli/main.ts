import { pathToFileURL } from 'node:url';
import { CommanderError } from 'commander';
import { SitrepError } from '../core/errors.js';
import { processContext, type CliContext, type TextOutput } from './cli-context.js';
import { createProgram } from './program.js';

/** Commander codes that are not usage errors: help or version was asked for. */
const COMMANDER_SUCCESS = new Set(['commander.helpDisplayed', 'commander.version']);

/**
 * Runs the sitrep CLI and returns its exit code: 0 ok, 1 failure (bad input, database error), 2 usage error.
 * `argv` is in `process.argv` form (node, script, then arguments). Errors are printed on stderr as one line,
 * `sitrep: <message>`; only unexpected errors (bugs) add a stack trace.
 *
 * @example
 * process.exitCode = await main(['node', 'sitrep', 'code', 'report.txt', '--date', '2023-09-13']);
 */
export async function main(argv: readonly string[], context: Partial<CliContext> = {}): Promise<number> {
  const full: CliContext = { ...processContext(), ...context };
  try {
    await createProgram(full).parseAsync([...argv], { from: 'node' });
    return 0;
  } catch (error) {
    return report(error, full.stderr);
  }
}

function report(error: unknown, stderr: TextOutput): number {
  if (error instanceof CommanderError) return COMMANDER_SUCCESS.has(error.code) ? 0 : 2;
  if (error instanceof SitrepError) {
    stderr.write(`sitrep: ${error.message.replace(/\s*\n\s*/g, ' ')}\n`);
    return error.exitCode;
  }
  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  stderr.write(`sitrep: internal error (please report it): ${detail}\n`);
  return 1;
}

// Run when executed directly (`tsx src/cli/main.ts …`); bin/sitrep.js imports it instead.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv);
}
