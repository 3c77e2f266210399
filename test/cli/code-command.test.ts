import { closeSync, ftruncateSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodedEvent } from '../../src/core/coded-event.js';
import { fakeCoder } from '../store/fake-coder.js';
import { runCli } from './run-cli.js';

let dir: string;
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const KIM = 'Kim met Putin at the cosmodrome, "a good talk", he said.\r\nLavrov met Choe.\r\n';
const jsonl = (...records: object[]) => records.map((record) => JSON.stringify(record)).join('\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('sitrep code: output', () => {
  it('prints JSON Lines events when stdout is not a terminal', async () => {
    const run = await runCli(['code', file('kim.txt', KIM), '--date', '2023-09-13']);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const events = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as CodedEvent);
    expect(events.map((event) => [event.article_id, event.sentence_index, event.source.text, event.date])).toEqual([
      ['kim', 0, 'Kim', '2023-09-13'],
      ['kim', 1, 'Lavrov', '2023-09-13'],
    ]);
    expect(Object.keys(events[0]!)).toEqual(Object.keys(fakeCoder().code({ id: 'x', text: 'A met B.', published: '2023-09-13' }).events[0]!));
    // Offsets point into the text as given, CRLF included.
    expect(KIM.slice(events[1]!.source.start, events[1]!.source.end)).toBe('Lavrov');
  });

  it('prints a table on a terminal, no wider than 120 columns', async () => {
    const run = await runCli(['code', file('kim.txt', KIM), '--date', '2023-09-13'], { isTTY: true });
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('kim  2023-09-13  2 events');
    expect(lines[1]).toMatch(/^DATE {8}SOURCE +EVENT +TARGET +PLOVER +MODALITY +SENTENCE$/);
    expect(lines[2]).toMatch(/^2023-09-13 {2}KIM +042 Make a visit +PUT +CONSULT\/visit +asserted +Kim met Putin/);
    expect(Math.max(...lines.map((line) => line.length))).toBeLessThanOrEqual(120);
  });

  it('prints RFC 4180 CSV', async () => {
    const run = await runCli(['code', file('kim.txt', KIM), '--date', '2023-09-13', '--format', 'csv']);
    const rows = run.stdout.split('\r\n');
    expect(rows[0]).toBe(
      'article_id,sentence_index,date,source_code,source_name,source_text,target_code,target_name,target_text,cameo,' +
        'cameo_name,plover_event,plover_mode,plover_context,quad_class,goldstein,modality,rule,confidence,sentence',
    );
    expect(rows[1]).toBe(
      'kim,0,2023-09-13,KIM,Kim,Kim,PUT,Putin,Putin,042,Make a visit,CONSULT,visit,diplomatic,1,1.9,asserted,' +
        'verbs/042#1,0.8,"Kim met Putin at the cosmodrome, ""a good talk"", he said."',
    );
    expect(rows).toHaveLength(4); // header, 2 events, final empty string
  });

  it('prints one JSON document with articles, actors, quotes and events', async () => {
    const run = await runCli(['code', file('kim.txt', KIM), '--date', '2023-09-13', '--format', 'json']);
    const document = JSON.parse(run.stdout) as { articles: Record<string, unknown[]>[] };
    expect(document.articles).toHaveLength(1);
    expect(Object.keys(document.articles[0]!)).toEqual(['id', 'actors', 'quotes', 'events']);
    expect(document.articles[0]!.events).toHaveLength(2);
    expect(document.articles[0]!.actors).toHaveLength(4);
  });

  it('codes three JSON Lines articles, taking dates from the input first', async () => {
    const path = file(
      'batch.jsonl',
      jsonl(
        { id: 'a1', text: 'Kim met Putin.', published: '2023-09-12T22:00:00-05:00' },
        { id: 'a2', text: 'Biden met Yoon.', source: 'ignored' },
        { id: 'a3', text: 'Nobody met anyone.' },
      ),
    );
    const run = await runCli(['code', path, '--date', '2023-09-13']);
    const events = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as CodedEvent);
    expect(events.map((event) => [event.article_id, event.date])).toEqual([
      ['a1', '2023-09-13'],
      ['a2', '2023-09-13'],
      ['a3', '2023-09-13'],
    ]);
    expect(events[0]!.date).toBe('2023-09-13'); // 22:00 at UTC−5 is the 13th in UTC
  });

  it('reads stdin with -', async () => {
    const run = await runCli(['code', '-', '--date', '2023-09-13'], { stdin: 'Kim met Putin.' });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ article_id: 'stdin', sentence: 'Kim met Putin.' });
  });

  it('uses today when no date is given, and says so once', async () => {
    const run = await runCli(['code', file('one.txt', 'Kim met Putin.'), file('two.txt', 'Lavrov met Choe.')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('sitrep: no publication date given; using today, 2026-01-02\n');
    expect(run.stdout).toContain('"date":"2026-01-02"');
  });

  it('prints help', async () => {
    const run = await runCli(['code', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: sitrep code [options] <input...>');
    expect(run.stdout).toContain('--format <format>');
  });
});

describe('sitrep code: bad input exits 1 with one line', () => {
  const cases: [string, () => string[], string][] = [
    ['an empty file', () => [file('empty.txt', '')], 'empty.txt: empty input'],
    ['a whitespace-only file', () => [file('blank.txt', ' \n\r\n\t')], 'blank.txt: empty input (only whitespace)'],
    ['a binary file', () => [file('image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))], 'image.png: binary file (contains NUL bytes)'],
    ['invalid UTF-8', () => [file('latin1.txt', Buffer.from('Séoul', 'latin1'))], 'latin1.txt: invalid UTF-8 at byte 1; convert the file to UTF-8'],
    ['a file over --max-bytes', () => [file('long.txt', 'Kim met Putin. '.repeat(100)), '--max-bytes', '1000'], 'long.txt: input too large: 1.5 kB (limit 1 kB; raise it with --max-bytes)'],
    ['HTML without an article', () => [file('app.html', '<html><body><div id="root"></div><script>x()</script></body></html>')], 'app.html: no article text found in HTML'],
    ['a malformed JSON Lines line', () => [file('bad.jsonl', jsonl({ id: 'a', text: 'ok' }) + '\n{"id": "b", text: 1}')], "bad.jsonl:2: invalid JSON: "],
    ['a JSON Lines line without text', () => [file('notext.jsonl', jsonl({ id: 'a', text: 'ok' }, { id: 'b', body: 'x' }))], 'notext.jsonl:2: text: Invalid input: expected string, received undefined'],
    ['a missing file', () => [join(dir, 'nope.txt')], 'nope.txt: no such file'],
  ];

  it.each(cases)('%s', async (_, args, message) => {
    const run = await runCli(['code', ...args(), '--date', '2023-09-13']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^sitrep: .*\n$/);
    expect(run.stderr).toContain(message);
  });

  it('a 100 MB file, refused before it is read', async () => {
    const path = join(dir, 'huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, 100_000_000); // sparse: no disk space, and all NUL bytes if anyone read it
    closeSync(fd);
    try {
      const run = await runCli(['code', path, '--date', '2023-09-13']);
      expect(run).toEqual({ code: 1, stdout: '', stderr: `sitrep: ${path}: input too large: 100 MB (limit 50 MB; raise it with --max-bytes)\n` });
    } finally {
      rmSync(path);
    }
  });

  it('stdin over --max-bytes', async () => {
    const run = await runCli(['code', '-', '--max-bytes', '10'], { stdin: 'Kim met Putin in Russia.' });
    expect(run).toMatchObject({ code: 1, stderr: 'sitrep: stdin: input too large: more than 10 bytes (limit 10 bytes; raise it with --max-bytes)\n' });
  });

  it('an error in the coder is reported as an internal error', async () => {
    const broken = () => ({ versions: {}, code: () => { throw new Error('boom'); } });
    const run = await runCli(['code', file('ok.txt', 'Kim met Putin.'), '--date', '2023-09-13'], { coder: broken });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^sitrep: internal error \(please report it\): Error: boom\n {4}at /);
  });
});

describe('sitrep: usage errors exit 2', () => {
  it.each([
    [['code', 'x.txt', '--format', 'xml'], "option '--format <format>' argument 'xml' is invalid. Allowed choices are table, jsonl, json, csv, geojson."],
    [['code', 'x.txt', '--date', '2023-02-30'], "option '--date <YYYY-MM-DD>' argument '2023-02-30' is invalid. Expected a real calendar date as YYYY-MM-DD."],
    [['code', 'x.txt', '--date', '13/09/2023'], "argument '13/09/2023' is invalid"],
    [['code', 'x.txt', '--max-bytes', '0'], "option '--max-bytes <n>' argument '0' is invalid. Expected a whole number ≥ 1."],
    [['code', 'x.txt', '--max-bytes', '5MB'], "argument '5MB' is invalid"],
    [['code', 'x.txt', '--bogus'], "unknown option '--bogus'"],
    [['code'], "missing required argument 'input'"],
    [['cod', 'x.txt'], "unknown command 'cod'"],
  ])('%j', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^sitrep: [^\n]*\n$/);
    expect(run.stderr).toContain(message);
  });
});

describe('sitrep code --db', () => {
  const fingerprint = (folder: string) =>
    readdirSync(folder)
      .sort()
      .map((name) => `${name}:${createHash('sha256').update(readFileSync(join(folder, name))).digest('hex')}`);
  const rows = (db: string) => {
    const sqlite = new SqliteDatabase(db, { readonly: true });
    try {
      const count = (sql: string) => sqlite.prepare(sql).pluck().get();
      return {
        articles: sqlite.prepare('select article_key from articles order by article_key').pluck().all(),
        events: count('select count(*) from events'),
      };
    } finally {
      sqlite.close();
    }
  };

  it('stores each article once and says what it did', async () => {
    const db = join(mkdtempSync(join(dir, 'db-')), 'events.db');
    const inputs = [file('kim.txt', KIM), file('batch3.jsonl', jsonl({ id: 'b1', text: 'Biden met Yoon.' }, { id: 'b2', text: 'Quiet day.' }))];
    const first = await runCli(['code', ...inputs, '--date', '2023-09-13', '--db', db]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe(`sitrep: stored 3 articles (3 events) in ${db}\n`);
    expect(first.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(rows(db)).toEqual({ articles: ['b1', 'b2', 'kim'], events: 3 });

    const second = await runCli(['code', ...inputs, '--date', '2023-09-13', '--db', db]);
    expect(second.code).toBe(0);
    expect(second.stderr).toBe(`sitrep: stored 0 articles (0 events) in ${db}; 3 articles already present\n`);
    expect(second.stdout).toBe(first.stdout);
    expect(rows(db)).toEqual({ articles: ['b1', 'b2', 'kim'], events: 3 });
  });

  it('leaves an existing database unchanged when any input is bad', async () => {
    const folder = mkdtempSync(join(dir, 'db-'));
    const db = join(folder, 'events.db');
    expect((await runCli(['code', file('kim.txt', KIM), '--date', '2023-09-13', '--db', db])).code).toBe(0);
    const before = fingerprint(folder);
    const good = file('good.txt', 'Biden met Yoon.');
    const bad = file('bad-line.jsonl', jsonl({ id: 'c1', text: 'Xi met Lula.' }) + '\nnot json');
    const run = await runCli(['code', good, bad, '--date', '2023-09-13', '--db', db]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^sitrep: .*bad-line\.jsonl:2: invalid JSON: .*\n$/);
    expect(fingerprint(folder)).toEqual(before);
  });

  it('creates no database when the input is bad', async () => {
    const folder = mkdtempSync(join(dir, 'db-'));
    const run = await runCli(['code', file('empty2.txt', ''), '--db', join(folder, 'events.db')]);
    expect(run.code).toBe(1);
    expect(readdirSync(folder)).toEqual([]);
  });

  it('never leaves half an article when storing fails', async () => {
    const db = join(mkdtempSync(join(dir, 'db-')), 'events.db');
    const coder = () => {
      const inner = fakeCoder();
      return {
        versions: inner.versions,
        code: (article: Parameters<typeof inner.code>[0]) => {
          const coded = inner.code(article);
          // The second article's last event breaks the quad_class check, after its other rows were written.
          if (article.id === 'b2') coded.events.push({ ...coded.events[0]!, quad_class: 9 as 1 });
          return coded;
        },
      };
    };
    const input = file('three.jsonl', jsonl({ id: 'b1', text: 'Biden met Yoon.' }, { id: 'b2', text: 'Xi met Lula. Lula met Xi.' }, { id: 'b3', text: 'Modi met Sunak.' }));
    const run = await runCli(['code', input, '--date', '2023-09-13', '--db', db], { coder });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(
      `sitrep: ${db}: cannot store article "b2": CHECK constraint failed: quad_class between 1 and 4 (1 article stored before it)\n`,
    );
    expect(rows(db)).toEqual({ articles: ['b1'], events: 1 });
  });

  it('reports a database it cannot open', async () => {
    const notDb = file('not-a-db.db', 'plain text, not SQLite. '.repeat(10));
    const run = await runCli(['code', file('kim.txt', KIM), '--date', '2023-09-13', '--db', notDb]);
    expect(run).toMatchObject({ code: 1, stdout: '', stderr: `sitrep: ${notDb}: cannot open database: file is not a database\n` });
  });
});
