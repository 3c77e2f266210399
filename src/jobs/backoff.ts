/** First wait after a feed fails, in milliseconds (5 minutes); doubled for each failure in a row. */
const FEED_BASE_MS = 300_000;
/** Longest wait between tries of a failing feed, in milliseconds (one day). */
const FEED_MAX_MS = 86_400_000;
/** First wait before a job is tried again, in milliseconds (30 seconds); doubled per attempt. */
const JOB_BASE_MS = 30_000;

/**
 * When a feed that has now failed `failures` times in a row (≥ 1) is tried again: 5 min, 10, 20 … capped at
 * one day, or later when the server asked for it (Retry-After, in milliseconds).
 */
export function feedRetryAt(now: Date, failures: number, retryAfterMs?: number): string {
  const wait = Math.min(FEED_MAX_MS, FEED_BASE_MS * 2 ** Math.max(0, failures - 1));
  return new Date(now.getTime() + Math.max(wait, retryAfterMs ?? 0)).toISOString();
}

/** When a job that failed on attempt `attempts` (≥ 1) is tried again: 30 s, 60 s, 120 s …, or after Retry-After. */
export function jobRetryAt(now: Date, attempts: number, retryAfterMs?: number): string {
  const wait = JOB_BASE_MS * 2 ** Math.max(0, attempts - 1);
  return new Date(now.getTime() + Math.max(wait, retryAfterMs ?? 0)).toISOString();
}
