import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { Coder } from '../../src/pipeline/coder.js';
import { fakeCoder } from '../store/fake-coder.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunCliOptions {
  stdin?: string | Buffer | AsyncIterable<Uint8Array>;
  coder?: () => Coder;
  isTTY?: boolean;
}

/** Today, for every test run: 2026-01-02 (UTC). */
export const NOW = new Date('2026-01-02T12:00:00.000Z');

/** Runs `sitrep <args>` in-process through `main`, with the fake coder, a fixed clock and captured output. */
export async function runCli(args: readonly string[], options: RunCliOptions = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const input = options.stdin ?? '';
  const code = await main(['node', 'sitrep', ...args], {
    stdin: typeof input === 'string' || Buffer.isBuffer(input) ? Readable.from([Buffer.from(input)]) : input,
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: options.isTTY ?? false },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    now: () => NOW,
    loadCoder: options.coder ?? fakeCoder,
  });
  return { code, stdout, stderr };
}
