import { FetchError } from '../ingest/fetch/fetch-error.js';
import { FeedError } from '../ingest/feeds/feed-error.js';
import type { ClaimedJob } from '../store/ingest-records.js';
import { jobRetryAt } from './backoff.js';
import { errorMessage } from './error-message.js';
import type { JobContext } from './job-context.js';
import { PermanentJobError } from './job-failure.js';
import { runCodeJobs } from './run-code-jobs.js';
import { runFeedJob } from './run-feed-job.js';
import { runUrlJob } from './run-url-job.js';

export interface RunQueueOptions {
  /** Fetch jobs (feeds and URLs) in flight at once; coding runs one article at a time between them. */
  concurrency: number;
  /** How long a claimed job is held before another run may take it, in milliseconds. */
  leaseMs: number;
  /** Return when no job is queued or running (`ingest`); otherwise run until `signal` aborts (`watch`). */
  untilIdle: boolean;
  /** Stops taking new jobs; jobs in flight finish. */
  signal?: AbortSignal;
  /** Longest sleep while waiting for work, in milliseconds. */
  pollMs?: number;
  /** Called after every finished job. */
  onJobDone?: () => void;
}

const FETCH_KINDS = ['feed', 'url'] as const;
const CODE_KINDS = ['code'] as const;
/** Code jobs claimed, and their articles stored, at once (one commit for several articles). */
const CODE_BATCH = 16;

/**
 * Works through the job queue in the database: up to `concurrency` fetches at once, and coding (CPU-bound)
 * in batches of articles stored together (`runCodeJobs`), always before taking more fetches so that fetched
 * articles do not pile up.
 * A job that throws is recorded on the job: transient fetch errors are retried with back-off up to
 * `maxAttempts`, everything else fails for good; the queue goes on.
 */
export async function runQueue(context: JobContext, options: RunQueueOptions): Promise<void> {
  const active = new Set<Promise<void>>();
  const pollMs = options.pollMs ?? 1_000;
  const stopped = () => options.signal?.aborted === true;
  let fetchedSinceCoding = 0;
  const track = (job: ClaimedJob) => {
    const running: Promise<void> = runJob(job, context).finally(() => {
      active.delete(running);
      fetchedSinceCoding += 1;
      options.onJobDone?.();
    });
    active.add(running);
  };
  while (!stopped()) {
    const free = options.concurrency - active.size;
    const fetches = free > 0 ? await context.store.claimJobs(FETCH_KINDS, options.leaseMs, free) : [];
    for (const job of fetches) track(job);
    // Code when a batch has gathered, or when nothing is being fetched.
    if (active.size === 0 || fetchedSinceCoding >= CODE_BATCH) {
      fetchedSinceCoding = 0;
      const code = await context.store.claimJobs(CODE_KINDS, options.leaseMs, CODE_BATCH);
      if (code.length > 0) {
        // Jobs left unrun when stopping stay leased until the lease ends or the next start recovers them.
        await runCodeJobs(code, context, stopped);
        options.onJobDone?.();
        continue;
      }
    }
    if (active.size > 0) {
      await Promise.race(active);
      continue;
    }
    const next = await context.store.nextJobTime();
    if (next === null && options.untilIdle) break;
    const wait = next === null ? pollMs : Math.min(pollMs, Math.max(10, Date.parse(next) - context.now().getTime()));
    await sleep(wait, options.signal);
  }
  await Promise.allSettled(active);
}

async function runJob(job: ClaimedJob, context: JobContext): Promise<void> {
  const { log, store } = context;
  try {
    if (job.kind === 'feed') await runFeedJob(job, context);
    else if (job.kind === 'url') await runUrlJob(job, context);
    else throw new PermanentJobError('unknown_kind', `unknown job kind ${JSON.stringify(job.kind)}`);
  } catch (error) {
    const transient = error instanceof FetchError && error.transient && job.attempts < context.maxAttempts;
    const retryAt = transient ? jobRetryAt(context.now(), job.attempts, (error as FetchError).retryAfterMs) : null;
    const code = error instanceof FetchError || error instanceof PermanentJobError ? error.code : error instanceof FeedError ? 'bad_feed' : 'internal';
    const url = (job.payload as { url?: string }).url;
    try {
      await store.failJob(job.id, errorMessage(error), retryAt);
    } catch (recording) {
      log.error('job_not_recorded', { job_id: job.id, kind: job.kind, error: errorMessage(recording) });
    }
    const fields = { job_id: job.id, kind: job.kind, url, code, error: errorMessage(error), attempts: job.attempts, next: retryAt ?? 'given up' };
    if (code === 'internal') log.error('job_failed', fields);
    else log.warn('job_failed', fields);
  }
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
