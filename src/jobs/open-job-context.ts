import { loadLanguageDetector } from '../ingest/extract/detect-language.js';
import { createFetcher } from '../ingest/fetch/create-fetcher.js';
import type { Coder } from '../pipeline/coder.js';
import { openStore, storeName } from '../store/open-store.js';
import type { JobContext } from './job-context.js';
import type { JobLogger } from './job-logger.js';
import type { WorkerSettings } from './worker-settings.js';

/**
 * Opens what the workers need: the store (migrated), a fetcher, the coder and the language model; and puts
 * back in the queue any job a killed run left running. `close()` releases the fetcher and the database.
 * @throws Error "DB: cannot open database: …" when the database cannot be opened (the caller reports it).
 */
export async function openJobContext(
  settings: WorkerSettings,
  dependencies: { coder: Coder; log: JobLogger; now: () => Date },
): Promise<JobContext & { close(): Promise<void>; recovered: number }> {
  const store = await openStore(settings.db, { pipelineVersion: settings.pipelineVersion, now: dependencies.now }).catch((error: unknown) => {
    throw new Error(`${storeName(settings.db)}: cannot open database: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  });
  const recovered = await store.recoverJobs();
  const fetcher = createFetcher(settings.fetcher);
  const detectLanguage = await loadLanguageDetector();
  return {
    store,
    fetcher,
    coder: dependencies.coder,
    detectLanguage,
    log: dependencies.log,
    now: dependencies.now,
    maxAttempts: settings.maxAttempts,
    ignoreRobots: settings.ignoreRobots,
    recovered,
    async close() {
      await fetcher.close();
      await store.close();
    },
  };
}
