import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { Coder } from '../../src/pipeline/coder.js';
import { fakeCoder } from '../store/fake-coder.js';

/** Runs `sitrep <args>` in-process with the real clock (job retries and leases need time to pass). */
export async function runCliNow(args: readonly string[], coder: () => Coder = fakeCoder): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'sitrep', ...args], {
    stdin: Readable.from([Buffer.from('')]),
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: false },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: false },
    now: () => new Date(),
    loadCoder: coder,
  });
  return { code, stdout, stderr };
}
