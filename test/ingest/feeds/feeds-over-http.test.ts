import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from '../../../src/ingest/fetch/create-fetcher.js';
import type { Fetcher } from '../../../src/ingest/fetch/fetcher.js';
import { parseFeed } from '../../../src/ingest/feeds/parse-feed.js';
import { encodeLegacy } from '../helpers/encode-legacy.js';
import { serve, startServer, type LocalServer } from '../helpers/local-server.js';

const rss = (title: string, encoding?: string) => `<?xml version="1.0"${encoding ? ` encoding="${encoding}"` : ''}?>
<rss version="2.0"><channel><title>${title}</title><link>https://feed.example/</link>
<item><title>${title}</title><link>/story</link><pubDate>Wed, 13 Sep 2023 08:30:00 GMT</pubDate></item></channel></rss>`;
const RUSSIAN = 'Путин встретился с Ким Чен Ыном';
const JAPANESE = 'プーチン大統領と金正恩総書記が会談';
const CHINESE = '普京会见朝鲜最高领导人金正恩，双方讨论了军事合作问题';

let server: LocalServer;
let fetcher: Fetcher;

beforeAll(async () => {
  server = await startServer({
    '/cp1251-declared.xml': serve(encodeLegacy(rss(RUSSIAN, 'windows-1251'), 'windows-1251'), { 'content-type': 'application/rss+xml' }),
    '/sjis-header.xml': serve(encodeLegacy(rss(JAPANESE), 'shift_jis'), { 'content-type': 'application/rss+xml; charset=Shift_JIS' }),
    '/gb-undeclared.xml': serve(encodeLegacy(rss(CHINESE), 'gb18030'), { 'content-type': 'application/rss+xml' }),
    '/bom.xml': serve(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rss(RUSSIAN, 'UTF-8'))]), { 'content-type': 'text/xml' }),
    '/utf16.xml': serve(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rss(RUSSIAN, 'UTF-16'), 'utf16le')]), { 'content-type': 'text/xml' }),
    '/atom.xml': serve(readFileSync(join(import.meta.dirname, '../../fixtures/feeds/atom.xml')), { 'content-type': 'application/atom+xml' }),
    '/rss091.xml': serve(readFileSync(join(import.meta.dirname, '../../fixtures/feeds/rss091.xml')), { 'content-type': 'text/xml; charset=iso-8859-1' }),
    '/rss092.xml': serve(readFileSync(join(import.meta.dirname, '../../fixtures/feeds/rss092.xml')), { 'content-type': 'application/rss+xml' }),
    '/rdf.xml': serve(readFileSync(join(import.meta.dirname, '../../fixtures/feeds/rdf.xml')), { 'content-type': 'application/rdf+xml' }),
    '/feed.json': serve(readFileSync(join(import.meta.dirname, '../../fixtures/feeds/feed.json')), { 'content-type': 'application/feed+json' }),
    '/malformed.xml': serve(readFileSync(join(import.meta.dirname, '../../fixtures/feeds/malformed.xml')), { 'content-type': 'application/rss+xml' }),
  });
  fetcher = createFetcher({ allowPrivateHosts: [server.host], robots: false, perHost: { concurrency: 4, intervalMs: 0 } });
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
});

async function fetchFeed(path: string) {
  const answer = await fetcher.fetch(`${server.origin}${path}`);
  return parseFeed(answer.text().text, answer.url);
}

describe('feeds over HTTP in several encodings', () => {
  it.each([
    ['/cp1251-declared.xml', RUSSIAN],
    ['/sjis-header.xml', JAPANESE],
    ['/gb-undeclared.xml', CHINESE],
    ['/bom.xml', RUSSIAN],
    ['/utf16.xml', RUSSIAN],
  ])('%s', async (path, title) => {
    const feed = await fetchFeed(path);
    expect(feed.title).toBe(title);
    expect(feed.items[0]).toMatchObject({ title, url: 'https://feed.example/story' });
  });

  it.each([
    ['/atom.xml', 'atom', 2],
    ['/rss091.xml', 'rss', 1],
    ['/rss092.xml', 'rss', 1],
    ['/rdf.xml', 'rdf', 1],
    ['/feed.json', 'json', 2],
  ])('reads %s', async (path, format, items) => {
    const feed = await fetchFeed(path);
    expect(feed.format).toBe(format);
    expect(feed.items).toHaveLength(items);
  });

  it('reports malformed XML as a feed error', async () => {
    await expect(fetchFeed('/malformed.xml')).rejects.toThrow(/not a readable feed/);
  });
});
