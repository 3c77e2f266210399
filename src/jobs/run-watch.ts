import { readFile } from 'node:fs/promises';
import { parseOpml, type OpmlFeed } from '../ingest/feeds/parse-opml.js';
import type { Coder } from '../pipeline/coder.js';
import { errorMessage } from './error-message.js';
import type { JobContext } from './job-context.js';
import type { JobLogger } from './job-logger.js';
import { openJobContext } from './open-job-context.js';
import { runQueue } from './run-queue.js';
import type { WorkerSettings } from './worker-settings.js';

export interface WatchDependencies {
  coder: Coder;
  log: JobLogger;
  now: () => Date;
  /** Aborting stops the watch: no new jobs are taken, jobs in flight finish, the database is closed. */
  signal: AbortSignal;
}

/**
 * `sitrep watch`: every `everyMs` reads the OPML list again, adds new feeds, and queues a `feed` job for
 * each feed that is due (not backing off after failures); meanwhile works the queue without pause. Runs until
 * `signal` aborts. Work left by a killed run is resumed first.
 * @throws Error when the OPML list cannot be read at start (later, an unreadable list is logged and the last
 *   good one kept) or the database cannot be opened.
 */
export async function runWatch(feedsFile: string, everyMs: number, settings: WorkerSettings, dependencies: WatchDependencies): Promise<void> {
  const { log, signal } = dependencies;
  let feeds = await readFeeds(feedsFile);
  const context = await openJobContext(settings, dependencies);
  try {
    log.info('watch_started', { feeds: feeds.length, every_ms: everyMs, recovered_jobs: context.recovered, db: settings.db });
    const schedule = async () => {
      try {
        feeds = await readFeeds(feedsFile);
      } catch (error) {
        log.error('feeds_unreadable', { file: feedsFile, error: errorMessage(error), next: 'keeping the last list' });
      }
      await scheduleFeeds(context, feeds, settings.ignoreRobots);
    };
    await schedule();
    const timer = setInterval(() => {
      schedule().catch((error: unknown) => log.error('schedule_failed', { error: errorMessage(error), next: 'retry at the next interval' }));
    }, everyMs);
    try {
      await runQueue(context, { concurrency: settings.concurrency, leaseMs: settings.leaseMs, untilIdle: false, signal });
    } finally {
      clearInterval(timer);
    }
    log.info('watch_stopped', {});
  } finally {
    await context.close();
  }
}

async function readFeeds(file: string): Promise<OpmlFeed[]> {
  return parseOpml(await readFile(file, 'utf8'));
}

async function scheduleFeeds(context: JobContext, feeds: readonly OpmlFeed[], ignoreRobots: boolean): Promise<void> {
  const records = await context.store.addFeeds(feeds.map((feed) => ({ ...feed, ignoreRobots: feed.ignoreRobots || ignoreRobots })));
  const now = context.now().toISOString();
  const due = records.filter((feed) => feed.nextRetryAt === null || feed.nextRetryAt <= now);
  const queued = await context.store.enqueueJobs(
    due.map((feed) => ({ kind: 'feed', key: feed.url, payload: { feedId: feed.id } })),
    { requeueFinished: true },
  );
  context.log.info('feeds_scheduled', { feeds: records.length, due: due.length, queued });
}
