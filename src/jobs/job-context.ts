import type { LanguageDetector } from '../ingest/extract/detect-language.js';
import type { Fetcher } from '../ingest/fetch/fetcher.js';
import type { Coder } from '../pipeline/coder.js';
import type { Store } from '../store/store.js';
import type { JobLogger } from './job-logger.js';

/** What job handlers work with. */
export interface JobContext {
  store: Store;
  fetcher: Fetcher;
  coder: Coder;
  detectLanguage: LanguageDetector;
  log: JobLogger;
  now: () => Date;
  /** Tries of a job before it is failed for good (transient errors only are retried). */
  maxAttempts: number;
  /** Skip robots.txt for every source (`--ignore-robots`); feeds can also opt out one by one. */
  ignoreRobots: boolean;
}
