import type { FetcherOptions } from '../ingest/fetch/fetcher-options.js';

/** Settings shared by `sitrep ingest` and `sitrep watch`. */
export interface WorkerSettings {
  /** SQLite database file (created if missing). */
  db: string;
  /** Recorded on every article: versions of sitrep and its dictionaries. */
  pipelineVersion: string;
  /** Fetcher settings (timeouts, size cap, SSRF guard, per-host limits, User-Agent). */
  fetcher: Partial<FetcherOptions>;
  /** Obey no robots.txt (`--ignore-robots`). */
  ignoreRobots: boolean;
  /** Fetches in flight at once (default 8). */
  concurrency: number;
  /** Tries of a job with transient failures (default 3). */
  maxAttempts: number;
  /** Lease of a claimed job, in milliseconds (default 5 minutes). */
  leaseMs: number;
}

export const DEFAULT_WORKER_SETTINGS = Object.freeze({ concurrency: 8, maxAttempts: 3, leaseMs: 300_000, ignoreRobots: false });
