import { FetchError } from '../ingest/fetch/fetch-error.js';
import { FeedError } from '../ingest/feeds/feed-error.js';
import type { ClaimedJob } from '../store/ingest-records.js';
import { jobRetryAt } from './backoff.js';
import { errorMessage } from './error-message.js';
import type { JobContext } from './job-context.js';
import { PermanentJobError } from './job-failure.js';
import { runCodeJob } from './run-code-job.js';
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

/**
 * Works through the job queue in the database: up to `concurrency` fetches at once, and coding (CPU-bound)
 * one article at a time, always before taking more fetches so that fetched articles do not pile up.
 * A job that throws is recorded on the job: transient fetch errors are retried with back-off up to
 * `maxAttempts`, everything else fails for good; the queue goes on.
 */
export async function runQueue(context: JobContext, options: RunQueueOptions): Promise<void> {
  const active = new Set<Promise<void>>();
  const pollMs = options.pollMs ?? 1_000;
  const stopped = () => options.signal?.aborted === true;
  const track = (job: ClaimedJob) => {
    const running: Promise<void> = runJob(job, context).finally(() => {
      active.delete(running);
      options.onJobDone?.();
    });
    active.add(running);
  };
  while (!stopped()) {
    const code = await context.store.claimJob(CODE_KINDS, options.leaseMs);
    if (code) {
      await runJob(code, context);
      options.onJobDone?.();
      continue;
    }
    let claimed = false;
    while (active.size < options.concurrency && !stopped()) {
      const job = await context.store.claimJob(FETCH_KINDS, options.leaseMs);
      if (!job) break;
      track(job);
      claimed = true;
    }
    if (claimed) continue;
    if (active.size > 0) {
      await Promise.race(active);
      continue;
    }
    const next = await context.store.nextJobTime();
    if (next === null && options.untilIdle) break;
    const wait = next === null ? pollMs : Math.min(pollMs, Math.max(0, Date.parse(next) - context.now().getTime()));
    await sleep(wait, options.signal);
  }
  await Promise.allSettled(active);
}

async function runJob(job: ClaimedJob, context: JobContext): Promise<void> {
  const { log, store } = context;
  try {
    if (job.kind === 'feed') await runFeedJob(job, context);
    else if (job.kind === 'url') await runUrlJob(job, context);
    else if (job.kind === 'code') await runCodeJob(job, context);
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
