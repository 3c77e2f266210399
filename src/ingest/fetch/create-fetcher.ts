import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import { Agent, buildConnector } from 'undici';
import { isBlockedAddress } from './blocked-address.js';
import { decodeBody } from './decode-body.js';
import { FetchError } from './fetch-error.js';
import type { Fetcher, FetchRequest, FetchResponse } from './fetcher.js';
import { DEFAULT_FETCHER_OPTIONS, type FetcherOptions } from './fetcher-options.js';
import { HostLimiter } from './host-limiter.js';
import { readBody } from './read-body.js';
import { parseRetryAfter } from './retry-after.js';
import { ALLOW_ALL, parseRobots, ROBOTS_TTL_MS, type RobotsRules } from './robots-rules.js';
import { guardConnector, guardedLookup } from './ssrf-guard.js';
import { formatBytes } from '../format-bytes.js';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const DEFAULT_ACCEPT =
  'text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/json;q=0.9,application/xml;q=0.9,*/*;q=0.5';
/** Largest robots.txt read, in bytes (Google reads 500 KiB). */
const ROBOTS_MAX_BYTES = 512_000;

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Readable;
}

/**
 * Creates a `Fetcher` over one undici Agent: connect, header and body timeouts plus a total deadline; a body
 * cap after decompression (gzip, br, deflate); redirects followed by hand; conditional GET; 429 and
 * Retry-After (the host is paused); per-host concurrency and spacing; robots.txt per origin, cached for an
 * hour; and an SSRF guard that refuses loopback, private, link-local, multicast and unspecified addresses on
 * the URL's IP literal, on every resolved address and on the connected socket, at every hop.
 *
 * @example
 * const fetcher = createFetcher({ userAgent: 'sitrep/0.1' });
 * const page = await fetcher.fetch('https://example.org/story');
 * console.log(page.text().text);
 * await fetcher.close();
 */
export function createFetcher(options: Partial<FetcherOptions> = {}): Fetcher {
  const settings: FetcherOptions = { ...DEFAULT_FETCHER_OPTIONS, ...options };
  const limiter = new HostLimiter(settings.perHost);
  const robots = new Map<string, { expires: number; rules: Promise<RobotsRules> }>();
  const privateAllowed = (host: string) =>
    settings.allowPrivateHosts === true ||
    (Array.isArray(settings.allowPrivateHosts) && settings.allowPrivateHosts.includes(host));
  const plain = buildConnector({ timeout: settings.connectTimeoutMs });
  const guarded = guardConnector(buildConnector({ timeout: settings.connectTimeoutMs, lookup: guardedLookup }));
  const agent = new Agent({
    headersTimeout: settings.headersTimeoutMs,
    bodyTimeout: settings.bodyTimeoutMs,
    connect: (connectOptions, callback) => {
      const origin = `${connectOptions.hostname}:${connectOptions.port || (connectOptions.protocol === 'https:' ? 443 : 80)}`;
      (privateAllowed(origin) ? plain : guarded)(connectOptions, callback);
    },
  });

  const checkTarget = (url: URL) => {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new FetchError('bad_url', url.href, `only http and https URLs are fetched, not ${url.protocol}`);
    }
    const host = url.hostname.replace(/^\[|\]$/g, '');
    if (isIP(host) !== 0 && isBlockedAddress(host) && !privateAllowed(originKey(url))) {
      throw new FetchError('blocked_address', url.href, `private address ${host} refused (use --allow-private-hosts to allow)`);
    }
  };

  const send = async (url: URL, headers: Record<string, string>, signal: () => AbortSignal): Promise<RawAnswer> => {
    try {
      const answer = await agent.request({ origin: url.origin, path: `${url.pathname}${url.search}`, method: 'GET', headers, signal: signal() });
      return { status: answer.statusCode, headers: answer.headers, body: answer.body };
    } catch (error) {
      throw asFetchError(error, url.href);
    }
  };

  const robotsFor = (url: URL): Promise<RobotsRules> => {
    const cached = robots.get(url.origin);
    if (cached && cached.expires > Date.now()) return cached.rules;
    const rules = fetchRobots(url);
    robots.set(url.origin, { expires: Date.now() + ROBOTS_TTL_MS, rules });
    return rules;
  };

  const fetchRobots = async (url: URL): Promise<RobotsRules> => {
    const robotsUrl = new URL('/robots.txt', url.origin);
    try {
      const answer = await follow(robotsUrl, {}, deadline(settings.totalTimeoutMs), { robots: false, maxBytes: ROBOTS_MAX_BYTES });
      return parseRobots(answer.url, answer.text().text, settings.userAgent);
    } catch (error) {
      // No robots.txt (4xx) or none readable: nothing is forbidden. A blocked address stays an error.
      if (error instanceof FetchError && error.code === 'blocked_address') throw error;
      return ALLOW_ALL;
    }
  };

  const follow = async (
    start: URL,
    request: FetchRequest,
    signal: () => AbortSignal,
    mode: { robots: boolean; maxBytes: number },
  ): Promise<FetchResponse> => {
    let url = start;
    for (let redirects = 0; ; redirects++) {
      checkTarget(url);
      let intervalMs = settings.perHost.intervalMs;
      if (mode.robots) {
        const rules = await robotsFor(url);
        if (!rules.isAllowed(url.href)) throw new FetchError('robots_disallowed', url.href, 'disallowed by robots.txt');
        intervalMs = Math.max(intervalMs, rules.crawlDelayMs ?? 0);
      }
      const conditional = redirects === 0 ? conditionalHeaders(request) : {};
      const headers = {
        'user-agent': settings.userAgent,
        accept: request.accept ?? DEFAULT_ACCEPT,
        'accept-encoding': 'gzip, deflate, br',
        ...conditional,
      };
      const answer = await limiter.run(url.host, () => send(url, headers, signal), intervalMs);
      const header = (name: string) => first(answer.headers[name]);
      if (REDIRECTS.has(answer.status) && header('location')) {
        answer.body.resume();
        if (redirects >= settings.maxRedirects) {
          throw new FetchError('too_many_redirects', start.href, `more than ${settings.maxRedirects} redirects`);
        }
        url = resolveLocation(header('location')!, url);
        continue;
      }
      if (answer.status === 304) {
        answer.body.resume();
        return response(start, url, answer, new Uint8Array(0), true);
      }
      if (answer.status === 429 || answer.status >= 400) {
        answer.body.resume();
        const retryAfterMs = parseRetryAfter(header('retry-after'));
        if (retryAfterMs !== undefined) limiter.pause(url.host, retryAfterMs);
        const code = answer.status === 429 ? 'rate_limited' : 'http_status';
        throw new FetchError(code, url.href, `HTTP ${answer.status}`, { status: answer.status, retryAfterMs });
      }
      const length = Number(header('content-length'));
      if (Number.isFinite(length) && length > mode.maxBytes && !header('content-encoding')) {
        answer.body.destroy();
        throw new FetchError('too_large', url.href, `body of ${formatBytes(length)} is over the ${formatBytes(mode.maxBytes)} limit; refused`);
      }
      const bytes = await readBody(answer.body, header('content-encoding'), url.href, mode.maxBytes);
      return response(start, url, answer, bytes, false);
    }
  };

  return {
    async fetch(url: string, request: FetchRequest = {}): Promise<FetchResponse> {
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch (error) {
        throw new FetchError('bad_url', url, 'not a URL', { cause: error });
      }
      return follow(parsed, request, deadline(settings.totalTimeoutMs), { robots: settings.robots && !request.ignoreRobots, maxBytes: settings.maxBytes });
    },
    async close() {
      await agent.close();
    },
  };
}

/**
 * The whole-fetch deadline, started by the first request that is sent (time spent waiting for a free slot of
 * the host, or for its spacing, does not count).
 */
function deadline(ms: number): () => AbortSignal {
  let signal: AbortSignal | undefined;
  return () => (signal ??= AbortSignal.timeout(ms));
}

function response(start: URL, url: URL, answer: RawAnswer, bytes: Uint8Array, notModified: boolean): FetchResponse {
  const contentType = first(answer.headers['content-type']) ?? null;
  return {
    requestedUrl: start.href,
    url: url.href,
    status: answer.status,
    notModified,
    contentType,
    etag: first(answer.headers.etag) ?? null,
    lastModified: first(answer.headers['last-modified']) ?? null,
    bytes,
    text: () => decodeBody(bytes, contentType),
  };
}

function conditionalHeaders(request: FetchRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  if (request.etag) headers['if-none-match'] = request.etag;
  if (request.lastModified) headers['if-modified-since'] = request.lastModified;
  return headers;
}

function resolveLocation(location: string, base: URL): URL {
  try {
    return new URL(location, base);
  } catch (error) {
    throw new FetchError('bad_url', base.href, `redirect to an invalid URL ${JSON.stringify(location)}`, { cause: error });
  }
}

function originKey(url: URL): string {
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  return `${url.hostname.replace(/^\[|\]$/g, '')}:${port}`;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function asFetchError(error: unknown, url: string): FetchError {
  if (error instanceof FetchError) return error;
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof FetchError) return cause;
  const code = (error as { code?: string }).code ?? '';
  const name = (error as Error).name;
  if (code.startsWith('UND_ERR_') && code.endsWith('TIMEOUT')) return new FetchError('timeout', url, `timed out (${code})`, { cause: error });
  if (name === 'TimeoutError' || name === 'AbortError') return new FetchError('timeout', url, 'timed out', { cause: error });
  return new FetchError('network', url, (error as Error).message || String(error), { cause: error });
}

