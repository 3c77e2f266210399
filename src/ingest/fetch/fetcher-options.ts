import type { HostLimits } from './host-limiter.js';

/** Settings of a `Fetcher`; every field has a default (`DEFAULT_FETCHER_OPTIONS`). */
export interface FetcherOptions {
  /** Sent on every request; names sitrep so that site owners know who is asking. */
  userAgent: string;
  /**
   * Lifts the SSRF guard: `true` for every host (`--allow-private-hosts`), or a list of `host:port` origins
   * (`127.0.0.1:8080`) that may be private while every other host is still checked.
   */
  allowPrivateHosts: boolean | readonly string[];
  /** Time to open the TCP (and TLS) connection, in milliseconds. */
  connectTimeoutMs: number;
  /** Time from sending the request to receiving all response headers, in milliseconds. */
  headersTimeoutMs: number;
  /** Longest silence between two chunks of the body, in milliseconds. */
  bodyTimeoutMs: number;
  /** Whole fetch, redirects included, in milliseconds. */
  totalTimeoutMs: number;
  /** Largest body accepted after decompression, in bytes (default 10 MB). */
  maxBytes: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects: number;
  /** Per-host concurrency and spacing; a robots.txt Crawl-delay can only lengthen the spacing. */
  perHost: HostLimits;
  /** Obey robots.txt (default true); a single request can opt out with `ignoreRobots`. */
  robots: boolean;
}

export const DEFAULT_FETCHER_OPTIONS: Readonly<FetcherOptions> = Object.freeze({
  userAgent: 'sitrep (news event monitor)',
  allowPrivateHosts: false,
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 20_000,
  bodyTimeoutMs: 20_000,
  totalTimeoutMs: 60_000,
  maxBytes: 10_000_000,
  maxRedirects: 5,
  perHost: { concurrency: 2, intervalMs: 1_000 },
  robots: true,
});
