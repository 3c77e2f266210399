import type { Coder } from '../pipeline/coder.js';
import type { JobLogger } from './job-logger.js';
import { openJobContext } from './open-job-context.js';
import { queueSources } from './queue-sources.js';
import { runQueue } from './run-queue.js';
import type { WorkerSettings } from './worker-settings.js';

/** How an ingest run ended: job counts by state, and sources that could not be queued. */
export interface IngestSummary {
  jobs: Record<string, number>;
  articles: Record<string, number>;
  sourceFailures: number;
}

export interface IngestDependencies {
  coder: Coder;
  log: JobLogger;
  now: () => Date;
  stdin: AsyncIterable<Uint8Array | string>;
  /** Called after every finished job with the job counts so far (for a progress bar). */
  onProgress?: (jobs: Record<string, number>) => void;
  signal?: AbortSignal;
}

/**
 * `sitrep ingest`: queues the sources (`queueSources`) and works the queue until nothing is left, then
 * returns the counts. Work left by an earlier, killed run is resumed first.
 */
export async function runIngest(sources: readonly string[], settings: WorkerSettings, dependencies: IngestDependencies): Promise<IngestSummary> {
  const context = await openJobContext(settings, dependencies);
  try {
    if (context.recovered > 0) dependencies.log.info('jobs_recovered', { jobs: context.recovered });
    const sourceFailures = await queueSources(sources, {
      store: context.store,
      log: dependencies.log,
      stdin: dependencies.stdin,
      today: dependencies.now().toISOString().slice(0, 10),
      ignoreRobots: settings.ignoreRobots,
    });
    let last = 0;
    const progress = async () => {
      if (!dependencies.onProgress || Date.now() - last < 100) return;
      last = Date.now();
      dependencies.onProgress(await context.store.countJobs());
    };
    await runQueue(context, {
      concurrency: settings.concurrency,
      leaseMs: settings.leaseMs,
      untilIdle: true,
      signal: dependencies.signal,
      onJobDone: () => void progress(),
    });
    const jobs = await context.store.countJobs();
    dependencies.onProgress?.(jobs);
    return { jobs, articles: await context.store.countArticles(), sourceFailures };
  } finally {
    await context.close();
  }
}
