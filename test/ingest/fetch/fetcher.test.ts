import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFetcher } from '../../../src/ingest/fetch/create-fetcher.js';
import { FetchError } from '../../../src/ingest/fetch/fetch-error.js';
import type { Fetcher } from '../../../src/ingest/fetch/fetcher.js';
import { serve, startServer, type LocalServer } from '../helpers/local-server.js';

const STORY = '<!doctype html><html><head><title>Story</title></head><body><p>Kim met Putin.</p></body></html>';
let server: LocalServer;
let other: LocalServer;
let fetcher: Fetcher;

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(FetchError);
  return error as FetchError;
}

beforeAll(async () => {
  other = await startServer({ '/': serve('other') });
  server = await startServer({
    '/story': serve(STORY),
    '/gzip': serve(gzipSync(STORY), { 'content-encoding': 'gzip' }),
    '/br': serve(brotliCompressSync(STORY), { 'content-encoding': 'br' }),
    '/deflate': serve(deflateSync(STORY), { 'content-encoding': 'deflate' }),
    '/etag': (request, response) => {
      if (request.headers['if-none-match'] === '"v1"') response.writeHead(304).end();
      else response.writeHead(200, { etag: '"v1"', 'last-modified': 'Tue, 12 Sep 2023 10:00:00 GMT' }).end('fresh');
    },
    '/busy': (_request, response) => void response.writeHead(429, { 'retry-after': '7' }).end(),
    '/gone': (_request, response) => void response.writeHead(410).end(),
    '/huge': (_request, response) => {
      // 50 MB streamed without a Content-Length.
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(1_000_000, 'x');
      let sent = 0;
      const pump = () => {
        while (sent < 50 && response.write(chunk)) sent += 1;
        if (sent >= 50) response.end();
        else response.once('drain', () => ((sent += 1), pump()));
      };
      pump();
    },
    '/huge-declared': (_request, response) => {
      response.writeHead(200, { 'content-length': String(50_000_000) });
      response.write('x');
    },
    '/bomb': serve(gzipSync(Buffer.alloc(30_000_000, 'a')), { 'content-encoding': 'gzip' }),
    '/slow': (_request, response) => {
      setTimeout(() => response.writeHead(200).end('late'), 2_000).unref();
    },
    '/drip': (_request, response) => {
      // A byte every 100 ms: no single gap is long, but the whole body never ends in time.
      response.writeHead(200, { 'content-type': 'text/plain' });
      const timer = setInterval(() => response.write('.'), 100);
      response.on('close', () => clearInterval(timer));
    },
    '/loop': (_request, response) => void response.writeHead(302, { location: '/loop2' }).end(),
    '/loop2': (_request, response) => void response.writeHead(302, { location: '/loop' }).end(),
    '/hop': (_request, response) => void response.writeHead(301, { location: '/story' }).end(),
    '/to-metadata': (_request, response) =>
      void response.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
    '/to-loopback': (_request, response) => void response.writeHead(302, { location: `${other.origin}/` }).end(),
    '/to-localhost': (_request, response) =>
      void response.writeHead(302, { location: `http://localhost:${other.origin.split(':')[2]}/` }).end(),
  });
  fetcher = createFetcher({
    allowPrivateHosts: [server.host],
    robots: false,
    headersTimeoutMs: 300,
    perHost: { concurrency: 4, intervalMs: 0 },
  });
});

afterAll(async () => {
  await fetcher.close();
  await server.close();
  await other.close();
});

describe('createFetcher', () => {
  it('fetches a page, naming sitrep in the User-Agent', async () => {
    const page = await fetcher.fetch(`${server.origin}/story`);
    expect(page.status).toBe(200);
    expect(page.text().text).toBe(STORY);
    const seen = server.requests.find((request) => request.path === '/story');
    expect(seen?.headers['user-agent']).toMatch(/^sitrep/);
  });

  it.each(['gzip', 'br', 'deflate'])('undoes %s content encoding', async (encoding) => {
    expect((await fetcher.fetch(`${server.origin}/${encoding}`)).text().text).toBe(STORY);
  });

  it('does a conditional GET with the ETag', async () => {
    const first = await fetcher.fetch(`${server.origin}/etag`);
    expect(first).toMatchObject({ etag: '"v1"', lastModified: 'Tue, 12 Sep 2023 10:00:00 GMT', notModified: false });
    const second = await fetcher.fetch(`${server.origin}/etag`, { etag: first.etag });
    expect(second).toMatchObject({ status: 304, notModified: true });
    expect(second.bytes).toHaveLength(0);
  });

  it('reports 429 with the Retry-After wait, and holds the host back', async () => {
    const own = createFetcher({ allowPrivateHosts: [server.host], robots: false, perHost: { concurrency: 1, intervalMs: 0 } });
    try {
      const error = await failure(own.fetch(`${server.origin}/busy`));
      expect(error).toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 7_000, transient: true });
      const next = own.fetch(`${server.origin}/story`);
      next.catch(() => undefined);
      const outcome = await Promise.race([next.then(() => 'fetched'), new Promise((resolve) => setTimeout(resolve, 300, 'waiting'))]);
      expect(outcome).toBe('waiting');
    } finally {
      await own.close().catch(() => undefined);
    }
  });

  it('reports other HTTP errors', async () => {
    expect(await failure(fetcher.fetch(`${server.origin}/gone`))).toMatchObject({ code: 'http_status', status: 410, transient: false });
  });

  it('stops reading a 50 MB body at the 10 MB cap', async () => {
    const started = Date.now();
    expect(await failure(fetcher.fetch(`${server.origin}/huge`))).toMatchObject({ code: 'too_large' });
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('refuses a declared Content-Length over the cap without reading it', async () => {
    expect(await failure(fetcher.fetch(`${server.origin}/huge-declared`))).toMatchObject({ code: 'too_large' });
  });

  it('stops a compression bomb at the cap', async () => {
    expect(await failure(fetcher.fetch(`${server.origin}/bomb`))).toMatchObject({ code: 'too_large' });
  });

  it('times out on a slow server', async () => {
    expect(await failure(fetcher.fetch(`${server.origin}/slow`))).toMatchObject({ code: 'timeout' });
  });

  it('stops a body that drips past the total deadline', async () => {
    const own = createFetcher({ allowPrivateHosts: [server.host], robots: false, totalTimeoutMs: 600, bodyTimeoutMs: 5_000 });
    try {
      expect(await failure(own.fetch(`${server.origin}/drip`))).toMatchObject({ code: 'timeout' });
    } finally {
      await own.close();
    }
  });

  it('follows a redirect and gives the final URL', async () => {
    const page = await fetcher.fetch(`${server.origin}/hop`);
    expect(page.url).toBe(`${server.origin}/story`);
    expect(page.requestedUrl).toBe(`${server.origin}/hop`);
  });

  it('gives up on a redirect loop after 5 redirects', async () => {
    const before = server.requests.length;
    expect(await failure(fetcher.fetch(`${server.origin}/loop`))).toMatchObject({ code: 'too_many_redirects' });
    expect(server.requests.length - before).toBe(6);
  });

  it('refuses a redirect to 169.254.169.254', async () => {
    expect(await failure(fetcher.fetch(`${server.origin}/to-metadata`))).toMatchObject({ code: 'blocked_address' });
  });

  it('refuses a redirect to another loopback address', async () => {
    const before = other.requests.length;
    expect(await failure(fetcher.fetch(`${server.origin}/to-loopback`))).toMatchObject({ code: 'blocked_address' });
    expect(other.requests.length).toBe(before);
  });

  it('refuses a redirect to a name that resolves to loopback', async () => {
    expect(await failure(fetcher.fetch(`${server.origin}/to-localhost`))).toMatchObject({ code: 'blocked_address' });
    expect(other.requests).toHaveLength(0);
  });

  it('refuses private hosts unless allowed', async () => {
    const strict = createFetcher({ robots: false });
    try {
      expect(await failure(strict.fetch(`${server.origin}/story`))).toMatchObject({ code: 'blocked_address' });
      expect(await failure(strict.fetch('http://[::1]:9/'))).toMatchObject({ code: 'blocked_address' });
      expect(await failure(strict.fetch('file:///etc/passwd'))).toMatchObject({ code: 'bad_url' });
    } finally {
      await strict.close();
    }
    const open = createFetcher({ robots: false, allowPrivateHosts: true });
    try {
      expect((await open.fetch(`${other.origin}/`)).text().text).toBe('other');
    } finally {
      await open.close();
    }
  });
});

describe('robots.txt', () => {
  it('is obeyed, with a per-request opt-out', async () => {
    const site = await startServer({
      '/robots.txt': serve('User-agent: *\nDisallow: /private\n', { 'content-type': 'text/plain' }),
      '/private/page': serve(STORY),
      '/public': serve(STORY),
    });
    const polite = createFetcher({ allowPrivateHosts: [site.host], perHost: { concurrency: 1, intervalMs: 0 } });
    try {
      expect(await failure(polite.fetch(`${site.origin}/private/page`))).toMatchObject({ code: 'robots_disallowed' });
      expect((await polite.fetch(`${site.origin}/public`)).status).toBe(200);
      expect((await polite.fetch(`${site.origin}/private/page`, { ignoreRobots: true })).status).toBe(200);
      expect(site.requests.filter((request) => request.path === '/robots.txt')).toHaveLength(1);
    } finally {
      await polite.close();
      await site.close();
    }
  });

  it('allows everything when there is no robots.txt', async () => {
    const site = await startServer({ '/page': serve(STORY) });
    const polite = createFetcher({ allowPrivateHosts: [site.host], perHost: { concurrency: 1, intervalMs: 0 } });
    try {
      expect((await polite.fetch(`${site.origin}/page`)).status).toBe(200);
    } finally {
      await polite.close();
      await site.close();
    }
  });
});

describe('per-host limits', () => {
  it('spaces requests to one host', async () => {
    const site = await startServer({ '/a': serve('a') });
    const spaced = createFetcher({ allowPrivateHosts: [site.host], robots: false, perHost: { concurrency: 1, intervalMs: 100 } });
    try {
      const started = Date.now();
      await Promise.all([1, 2, 3].map(() => spaced.fetch(`${site.origin}/a`)));
      expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    } finally {
      await spaced.close();
      await site.close();
    }
  });
});
