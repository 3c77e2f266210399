import { mkdtempSync, openSync, closeSync, ftruncateSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES, readInput } from '../../src/ingest/read-input.js';

let dir: string;
const noStdin = Readable.from([]);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-read-input-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readInput', () => {
  it('reads a file and names it as given', async () => {
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'Kim met Putin.');
    const input = await readInput(path, { maxBytes: DEFAULT_MAX_BYTES, stdin: noStdin });
    expect(input.name).toBe(path);
    expect(Buffer.from(input.bytes).toString()).toBe('Kim met Putin.');
  });

  it('checks the size of a file before reading it', async () => {
    const path = join(dir, 'sparse.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 100_000_000); // sparse: takes no disk space
    closeSync(fd);
    await expect(readInput(path, { maxBytes: DEFAULT_MAX_BYTES, stdin: noStdin })).rejects.toThrow(
      `${path}: input too large: 100 MB (limit 50 MB; raise it with --max-bytes)`,
    );
    rmSync(path);
  });

  it('reads stdin and stops as soon as it passes the limit', async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled += 1;
        yield Buffer.alloc(1_000, 0x61);
      }
    }
    await expect(readInput('-', { maxBytes: 10_500, stdin: endless() })).rejects.toThrow(
      'stdin: input too large: more than 10.5 kB (limit 10.5 kB; raise it with --max-bytes)',
    );
    expect(pulled).toBe(11);
  });

  it('reads stdin within the limit', async () => {
    const input = await readInput('-', { maxBytes: 100, stdin: Readable.from([Buffer.from('Kim '), 'met Putin.']) });
    expect(input.name).toBe('stdin');
    expect(Buffer.from(input.bytes).toString()).toBe('Kim met Putin.');
  });

  it.each([
    ['missing.txt', 'no such file'],
    ['missing-dir/a.txt', 'no such file'],
    ['.', 'is a directory'],
  ])('rejects %s', async (name, problem) => {
    const path = name === '.' ? dir : join(dir, name);
    await expect(readInput(path, { maxBytes: DEFAULT_MAX_BYTES, stdin: noStdin })).rejects.toThrow(`${path}: ${problem}`);
  });
});
