import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli/run-cli.js';
import { ARTICLES, storeArticles } from './api-fixture.js';

const BIN = join(import.meta.dirname, '../../bin/sitrep.js');
let dir: string;
let file: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-serve-'));
  file = join(dir, 'events.db');
  await storeArticles(file, ARTICLES);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sitrep serve', () => {
  it('refuses a database that does not exist (exit 1) and a bad port (exit 2)', async () => {
    const missing = await runCli(['serve', '--db', join(dir, 'typo.db')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/typo\.db: no such database/);
    const port = await runCli(['serve', '--db', file, '--port', 'http']);
    expect(port.code).toBe(2);
  });

  it('serves the API with the token from SITREP_TOKEN and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '--db', file, '--port', '0'], {
      env: { ...process.env, SITREP_TOKEN: 'tok' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const url = await new Promise<string>((resolve, reject) => {
      child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
        stderr += chunk;
        const match = /serving .* at (http:\/\/\S+?)\/ /.exec(stderr);
        if (match) resolve(match[1]!);
      });
      void exited.then(() => reject(new Error(`sitrep serve exited: ${stderr}`)));
    });
    try {
      expect((await fetch(`${url}/api/v1/health`)).status).toBe(200);
      expect((await fetch(`${url}/api/v1/events`)).status).toBe(401);
      const events = await fetch(`${url}/api/v1/events?actor=TUR`, { headers: { authorization: 'Bearer tok' } });
      expect(events.status).toBe(200);
      expect(((await events.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stderr).toContain('sitrep: stopping');
  }, 30_000);
});
