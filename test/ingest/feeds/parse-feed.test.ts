import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../../src/ingest/feeds/feed-date.js';
import { FeedError } from '../../../src/ingest/feeds/feed-error.js';
import { looksLikeFeed } from '../../../src/ingest/feeds/looks-like-feed.js';
import { parseFeed } from '../../../src/ingest/feeds/parse-feed.js';
import { parseOpml } from '../../../src/ingest/feeds/parse-opml.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/feeds');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

describe('parseFeed', () => {
  it.each([
    ['rss091.xml', 'rss', { url: 'http://gazette.example/budget.html', title: 'Parliament votes on budget', published: null }],
    ['rss092.xml', 'rss', { url: 'http://gazette.example/minister.html', content: '<p>The minister resigned.</p>' }],
    ['rss2.xml', 'rss', {
      guid: 'wire-2023-0913-001',
      url: 'https://news.example/world/2023/09/13/kim-putin-summit',
      published: '2023-09-13T08:30:00.000Z',
      author: 'Jane Reporter',
    }],
    ['rdf.xml', 'rdf', { url: 'https://rdf.example/stories/1', published: '2023-09-12T07:00:00.000Z', author: 'Desk' }],
    ['atom.xml', 'atom', {
      url: 'https://atom.example/news/2023/energy-accord',
      title: 'Leaders sign energy accord',
      published: '2023-09-13T04:00:00.000Z',
      author: 'A. Correspondent',
    }],
    ['feed.json', 'json', { guid: 'json-1', url: 'https://json.example/articles/protests', published: '2023-09-10T23:45:00.000Z' }],
  ])('reads %s', (file, format, first) => {
    const feed = parseFeed(read(file), `https://feeds.example/${file}`);
    expect(feed.format).toBe(format);
    expect(feed.items[0]).toMatchObject(first);
    for (const item of feed.items) expect(item.guid).not.toBe('');
  });

  it('resolves EDT dates, permalink GUIDs and relative links', () => {
    const items = parseFeed(read('rss2.xml'), 'https://news.example/world/rss.xml').items;
    expect(items[1]).toMatchObject({ published: '2023-09-13T02:15:00.000Z', guid: 'https://news.example/world/ceasefire?utm_source=rss' });
    expect(items[2]).toMatchObject({ url: 'https://news.example/world/permalink-only', published: null });
  });

  it('falls back to updated for Atom entries without published', () => {
    expect(parseFeed(read('atom.xml'), 'https://atom.example/feed.atom').items[1]?.published).toBe('2023-09-11T12:00:00.000Z');
  });

  it('rejects malformed XML and pages', () => {
    expect(() => parseFeed(read('malformed.xml'), 'https://x.example/')).toThrow(FeedError);
    expect(() => parseFeed(read('not-a-feed.html'), 'https://x.example/')).toThrow(FeedError);
    expect(() => parseFeed('', 'https://x.example/')).toThrow(FeedError);
  });

  it('reads a feed with a BOM before the XML declaration', () => {
    expect(parseFeed(`\uFEFF${read('rss2.xml')}`, 'https://news.example/rss').items).toHaveLength(3);
  });

  it('never crashes on mangled input (fuzz: no crash but FeedError, right shape)', () => {
    const source = read('rss2.xml');
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 200; round++) {
      const chars = [...source];
      for (let k = 0; k < 5; k++) chars.splice(Math.floor(random() * chars.length), Math.floor(random() * 20), '<&"');
      try {
        const feed = parseFeed(chars.join(''), 'https://news.example/rss');
        for (const item of feed.items) expect(typeof item.guid).toBe('string');
      } catch (error) {
        expect(error).toBeInstanceOf(FeedError);
      }
    }
  });
});

describe('parseFeedDate', () => {
  it.each([
    ['Wed, 13 Sep 2023 08:30:00 GMT', '2023-09-13T08:30:00.000Z'],
    ['13 Sep 2023 08:30 +0200', '2023-09-13T06:30:00.000Z'],
    ['Wed, 13 Sep 2023 08:30:00 UT', '2023-09-13T08:30:00.000Z'],
    ['2023-09-13T08:30:00+02:00', '2023-09-13T06:30:00.000Z'],
    ['2023-09-13', '2023-09-13T00:00:00.000Z'],
    ['yesterday', null],
    ['1970-01-01', null],
  ])('%s', (value, expected) => {
    expect(parseFeedDate(value, Date.UTC(2026, 0, 1))).toBe(expected);
  });
});

describe('looksLikeFeed', () => {
  it('tells feeds from pages', () => {
    expect(looksLikeFeed(read('rss2.xml'), 'text/xml')).toBe(true);
    expect(looksLikeFeed(read('atom.xml'), null)).toBe(true);
    expect(looksLikeFeed(read('rdf.xml'), 'text/plain')).toBe(true);
    expect(looksLikeFeed(read('feed.json'), 'application/json')).toBe(true);
    expect(looksLikeFeed(read('not-a-feed.html'), 'text/html')).toBe(false);
    expect(looksLikeFeed('{"id": 1}', 'application/json')).toBe(false);
  });
});

describe('parseOpml', () => {
  it('lists every feed once, at any depth', () => {
    expect(parseOpml(read('subscriptions.opml'))).toEqual([
      { url: 'https://news.example/world/rss.xml', title: 'Wire Service World', ignoreRobots: false },
      { url: 'https://atom.example/feed.atom', title: 'Atom Dispatches (title)', ignoreRobots: true },
    ]);
  });

  it('rejects what is not OPML', () => {
    expect(() => parseOpml(read('rss2.xml'))).toThrow(FeedError);
  });
});
