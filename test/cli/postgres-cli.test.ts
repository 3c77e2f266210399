import { describe, expect, it } from 'vitest';
import { testEngines } from '../helpers/postgres-cluster.js';
import { runCli } from './run-cli.js';

// `--db postgres://…` end to end on a throwaway PostgreSQL server, when its programs are installed.
const { engines, createDatabase } = testEngines('CLI tests');

describe.skipIf(!engines.includes('postgres'))('sitrep with --db postgres://…', () => {
  it('codes into PostgreSQL once per text, and exports merged events and mentions', async () => {
    const url = await createDatabase('cli');
    const text = 'Kim Jong Un met Vladimir Putin in Vladivostok. The two leaders met again on Wednesday.';
    const first = await runCli(['code', '-', '--date', '2023-09-13', '--db', url], { stdin: text });
    expect(first.code).toBe(0);
    expect(first.stderr).toMatch(/^sitrep: stored 1 article \(\d+ events?\) in postgres:\/\//);
    const again = await runCli(['code', '-', '--date', '2023-09-13', '--db', url], { stdin: text });
    expect(again.stderr).toMatch(/stored 0 articles \(0 events\) .*; 1 article already present/);
    const events = await runCli(['export', '--db', url, '--what', 'events']);
    expect(events.code).toBe(0);
    const merged = events.stdout.trim().split('\n').map((line) => JSON.parse(line) as { num_mentions: number; num_articles: number });
    expect(merged.length).toBeGreaterThan(0);
    const mentions = await runCli(['export', '--db', url, '--what', 'mentions']);
    const mentionCount = mentions.stdout.trim().split('\n').length;
    expect(merged.reduce((sum, event) => sum + event.num_mentions, 0)).toBe(mentionCount);
  });

  it('names an unreachable server in one line, without the password, whichever command meets it', async () => {
    const run = await runCli(['export', '--db', 'postgres://sitrep:secret@127.0.0.1:1/nowhere']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('sitrep: postgres://sitrep:***@127.0.0.1:1/nowhere: cannot open database: connect ECONNREFUSED 127.0.0.1:1\n');
    const refused = 'cannot open database: connect ECONNREFUSED 127.0.0.1:1\n';
    const serve = await runCli(['serve', '--db', 'postgres://sitrep:secret@127.0.0.1:1/nowhere']);
    expect(serve.code).toBe(1);
    expect(serve.stderr).toBe(`sitrep: postgres://sitrep:***@127.0.0.1:1/nowhere: ${refused}`);
    const ingest = await runCli(['ingest', '-', '--db', 'postgres://sitrep@127.0.0.1:1/nowhere?password=secret'], { stdin: 'https://example.org/a\n' });
    expect(ingest.code).toBe(1);
    expect(ingest.stderr).toBe(`sitrep: postgres://sitrep@127.0.0.1:1/nowhere?password=***: ${refused}`);
  });
});
