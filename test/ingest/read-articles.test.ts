import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readArticles } from '../../src/ingest/read-articles.js';

let dir: string;
const options = (extra: { date?: string; stdin?: string } = {}) => ({
  maxBytes: 1_000_000,
  stdin: Readable.from(extra.stdin === undefined ? [] : [Buffer.from(extra.stdin)]),
  today: '2026-01-02',
  ...(extra.date === undefined ? {} : { date: extra.date }),
});
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-read-articles-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('readArticles', () => {
  it('reads a text file whole, with its base name as id', async () => {
    const path = file('kim-putin.v2.txt', 'Summit in Russia\r\n\r\nKim met Putin.\r\n');
    const { articles, usedToday } = await readArticles([path], options({ date: '2023-09-13' }));
    expect(articles).toEqual([{ id: 'kim-putin.v2', text: 'Summit in Russia\r\n\r\nKim met Putin.\r\n', published: '2023-09-13' }]);
    expect(usedToday).toBe(false);
  });

  it('reads three JSON Lines articles; --date fills only the missing dates', async () => {
    const path = file(
      'batch.jsonl',
      [
        { id: 'a1', text: 'Kim met Putin.', published: '2023-09-12T20:00:00Z' },
        { id: 'a2', text: 'Seoul protested.', title: 'Protest' },
        { id: 'a3', text: 'Tokyo said nothing.', url: 'https://example.org/a3' },
      ]
        .map((record) => JSON.stringify(record))
        .join('\n'),
    );
    const { articles, usedToday } = await readArticles([path], options({ date: '2023-09-13' }));
    expect(articles).toEqual([
      { id: 'a1', text: 'Kim met Putin.', published: '2023-09-12' },
      { id: 'a2', text: 'Seoul protested.', title: 'Protest', published: '2023-09-13' },
      { id: 'a3', text: 'Tokyo said nothing.', url: 'https://example.org/a3', published: '2023-09-13' },
    ]);
    expect(usedToday).toBe(false);
  });

  it('uses today and says so when no date is known', async () => {
    const { articles, usedToday } = await readArticles(['-'], options({ stdin: 'Kim met Putin.' }));
    expect(articles).toEqual([{ id: 'stdin', text: 'Kim met Putin.', published: '2026-01-02' }]);
    expect(usedToday).toBe(true);
  });

  it('detects HTML on stdin by its content', async () => {
    const html = '<!doctype html><html><head><title>Summit</title></head><body><p>Kim met Putin.</p></body></html>';
    const { articles } = await readArticles(['-'], options({ stdin: html, date: '2023-09-13' }));
    expect(articles).toEqual([{ id: 'stdin', text: 'Kim met Putin.', title: 'Summit', published: '2023-09-13' }]);
  });

  it('rejects two articles with the same id', async () => {
    const first = file('report.txt', 'One.');
    const second = file('report.md', 'Two.');
    await expect(readArticles([first, second], options())).rejects.toThrow(
      `${second}: article id "report" is already used by ${first}`,
    );
  });
});
