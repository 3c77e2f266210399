import type { DecodedBody } from './decode-body.js';

/** Per-request choices. */
export interface FetchRequest {
  /** From the last answer, for a conditional GET (`If-None-Match`). */
  etag?: string | null;
  /** From the last answer, for a conditional GET (`If-Modified-Since`). */
  lastModified?: string | null;
  /** Skip robots.txt for this request (a per-source opt-out). */
  ignoreRobots?: boolean;
  /** Accept header; defaults to HTML, feeds and JSON. */
  accept?: string;
}

/** A successful answer (2xx, or 304 for a conditional GET). */
export interface FetchResponse {
  /** The URL asked for. */
  requestedUrl: string;
  /** The URL finally answered, after redirects. */
  url: string;
  status: number;
  /** True for 304 Not Modified: `bytes` is empty, keep what you had. */
  notModified: boolean;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  /** The body after Content-Encoding was undone. */
  bytes: Uint8Array;
  /** The body as text (charset from BOM, UTF-8 check, header, meta, XML declaration, then a guess). */
  text(): DecodedBody;
}

/** Fetches URLs politely and safely; see `createFetcher`. */
export interface Fetcher {
  /**
   * GETs `url`, following at most `maxRedirects` redirects by hand (every hop checked again).
   * @throws FetchError with a stable `code` (blocked_address, timeout, too_large, too_many_redirects,
   *   http_status, rate_limited, robots_disallowed, bad_url, network).
   */
  fetch(url: string, request?: FetchRequest): Promise<FetchResponse>;
  /** Closes idle connections; pending fetches fail. */
  close(): Promise<void>;
}
