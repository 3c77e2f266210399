import type { Coder } from '../pipeline/coder.js';

/** Where the CLI writes text: process.stdout / process.stderr, or a test's collector. */
export interface TextOutput {
  write(chunk: string): unknown;
  /** True for a terminal: `sitrep code` then prints a table by default. */
  isTTY?: boolean;
  /** Terminal width in columns, when known. */
  columns?: number;
}

/** Everything the CLI touches outside its arguments, so that `main` runs in tests without a process. */
export interface CliContext {
  stdin: AsyncIterable<Uint8Array | string>;
  stdout: TextOutput;
  stderr: TextOutput;
  /** The clock: today's date for articles without one, `coded_at` in the store. */
  now: () => Date;
  /** Called once per command that codes, after the inputs are read and checked. */
  loadCoder: () => Coder | Promise<Coder>;
}

/**
 * The context of the running process. stdin is opened only when read; the pipeline and its dictionaries are
 * loaded only when something is to be coded (so `--help` and bad input answer at once).
 */
export function processContext(): CliContext {
  return {
    stdin: { [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator]() },
    stdout: process.stdout,
    stderr: process.stderr,
    now: () => new Date(),
    loadCoder: async () => (await import('../load-coder.js')).loadCoder(),
  };
}
