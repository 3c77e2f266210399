/** Why a fetch failed; stable names for logs and for the `error` column of feeds and jobs. */
export type FetchErrorCode =
  | 'blocked_address'
  | 'bad_url'
  | 'timeout'
  | 'too_large'
  | 'too_many_redirects'
  | 'http_status'
  | 'rate_limited'
  | 'robots_disallowed'
  | 'network';

/**
 * A failed fetch of one URL. Per-item failure: the caller records it on the feed or job and goes on.
 * `retryAfterMs` is set for 429 and 503 answers that gave a usable `Retry-After`.
 */
export class FetchError extends Error {
  readonly code: FetchErrorCode;
  readonly url: string;
  readonly status: number | undefined;
  readonly retryAfterMs: number | undefined;
  constructor(
    code: FetchErrorCode,
    url: string,
    message: string,
    options: { status?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(`${url}: ${message}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'FetchError';
    this.code = code;
    this.url = url;
    this.status = options.status;
    this.retryAfterMs = options.retryAfterMs;
  }

  /** Whether trying again later may succeed (network trouble, timeouts, 429, 5xx). */
  get transient(): boolean {
    if (this.code === 'timeout' || this.code === 'network' || this.code === 'rate_limited') return true;
    return this.code === 'http_status' && this.status !== undefined && this.status >= 500;
  }
}
