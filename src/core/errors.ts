/**
 * An error the user can fix: bad input, a bad option, a bad dictionary line. The CLI prints `message` on one
 * line (no stack) and exits with `exitCode` (1 failure, 2 usage).
 */
export class SitrepError extends Error {
  readonly exitCode: 1 | 2;
  constructor(message: string, options: { exitCode?: 1 | 2; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'SitrepError';
    this.exitCode = options.exitCode ?? 1;
  }
}

/** A usage error (unknown option value, missing argument): exit code 2. */
export class UsageError extends SitrepError {
  constructor(message: string) {
    super(message, { exitCode: 2 });
    this.name = 'UsageError';
  }
}

/** A dictionary file that does not validate; the message names file and line. */
export class DictionaryError extends SitrepError {
  constructor(file: string, line: number, problem: string) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'DictionaryError';
  }
}
