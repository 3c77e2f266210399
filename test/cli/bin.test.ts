import { execFile } from 'node:child_process';
import { closeSync, ftruncateSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';

const BIN = join(import.meta.dirname, '../../bin/sitrep.js');
let dir: string;

/** Whether the real pipeline loads (its dictionaries are written by others); the success paths need it. */
const coderLoads = await import('../../src/load-coder.js')
  .then(({ loadCoder }) => loadCoder())
  .then(
    () => true,
    () => false,
  );

/** Runs bin/sitrep.js in a child process (real stdin/stdout, real loadCoder). */
function sitrep(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [BIN, ...args], { cwd: dir }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
    child.stdin?.end(stdin ?? '');
  });
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-bin-'));
  writeFileSync(join(dir, 'some.txt'), 'North Korean leader Kim Jong Un met Russian President Vladimir Putin on Wednesday.\n');
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe.concurrent('bin/sitrep.js', () => {
  it('prints help and exits 0', async ({ expect }) => {
    const run = await sitrep(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: sitrep [options] [command]');
    expect(run.stdout).toContain('code [options] <input...>');
  });

  it.runIf(coderLoads)('codes a text file', async ({ expect }) => {
    const run = await sitrep(['code', 'some.txt', '--date', '2023-09-13', '--format', 'json']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toMatchObject({ articles: [{ id: 'some' }] });
  });

  it.runIf(coderLoads)('codes stdin', async ({ expect }) => {
    const run = await sitrep(['code', '-', '--format', 'json'], 'Kim met Putin.');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^sitrep: no publication date given; using today, \d{4}-\d{2}-\d{2}\n$/);
    expect(JSON.parse(run.stdout)).toMatchObject({ articles: [{ id: 'stdin' }] });
  });

  it('refuses a 100 MB file with one line and exit code 1', async ({ expect }) => {
    const path = join(dir, 'huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 100_000_000);
    closeSync(fd);
    try {
      const run = await sitrep(['code', 'huge.txt']);
      expect(run).toEqual({
        code: 1,
        stdout: '',
        stderr: 'sitrep: huge.txt: input too large: 100 MB (limit 50 MB; raise it with --max-bytes)\n',
      });
    } finally {
      rmSync(path);
    }
  });

  it('reads stdin and stops at --max-bytes', async ({ expect }) => {
    const run = await sitrep(['code', '-', '--max-bytes', '1000'], 'Kim met Putin. '.repeat(1000));
    expect(run).toEqual({
      code: 1,
      stdout: '',
      stderr: 'sitrep: stdin: input too large: more than 1 kB (limit 1 kB; raise it with --max-bytes)\n',
    });
  });

  it('reports an empty stdin', async ({ expect }) => {
    expect(await sitrep(['code', '-', '--date', '2023-09-13'])).toEqual({ code: 1, stdout: '', stderr: 'sitrep: stdin: empty input\n' });
  });

  it('reports a missing file without a stack trace', async ({ expect }) => {
    expect(await sitrep(['code', 'missing.txt'])).toEqual({ code: 1, stdout: '', stderr: 'sitrep: missing.txt: no such file\n' });
  });

  it('exits 2 on a usage error', async ({ expect }) => {
    const run = await sitrep(['code', 'some.txt', '--format', 'xml']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^sitrep: option '--format <format>' argument 'xml' is invalid\.[^\n]*\n$/);
  });
});
