import type { Command } from 'commander';
import { DEFAULT_FETCHER_OPTIONS } from '../../ingest/fetch/fetcher-options.js';
import { DEFAULT_WORKER_SETTINGS, type WorkerSettings } from '../../jobs/worker-settings.js';
import { optionParsers } from '../option-parsers.js';
import { VERSION } from '../version.js';

/** Options shared by `sitrep ingest` and `sitrep watch`, as commander parses them. */
export interface WorkerCliOptions {
  db: string;
  allowPrivateHosts?: boolean;
  ignoreRobots?: boolean;
  concurrency?: number;
  hostConcurrency?: number;
  hostDelay?: number;
  maxBytes?: number;
  timeout?: number;
}

/** Adds the fetching and queue options to a command. */
export function addWorkerOptions(command: Command): Command {
  return command
    .requiredOption('--db <file|url>', 'database to store into: a SQLite file (created if missing) or a postgres:// URL')
    .option('--allow-private-hosts', 'let fetches reach loopback, private and link-local addresses (off: SSRF guard)')
    .option('--ignore-robots', 'do not obey robots.txt for these sources')
    .option('--concurrency <n>', `fetches in flight at once (default: ${DEFAULT_WORKER_SETTINGS.concurrency})`, optionParsers.positiveInteger)
    .option('--host-concurrency <n>', `requests in flight to one host (default: ${DEFAULT_FETCHER_OPTIONS.perHost.concurrency})`, optionParsers.positiveInteger)
    .option('--host-delay <ms>', `least time between two requests to one host, in ms (default: ${DEFAULT_FETCHER_OPTIONS.perHost.intervalMs})`, wholeNumber)
    .option('--max-bytes <n>', `largest response body accepted, in bytes (default: ${DEFAULT_FETCHER_OPTIONS.maxBytes})`, optionParsers.positiveInteger)
    .option('--timeout <seconds>', `longest time for one fetch, redirects included (default: ${DEFAULT_FETCHER_OPTIONS.totalTimeoutMs / 1000})`, optionParsers.positiveInteger);
}

/** The worker settings for parsed options; `pipelineVersion` names sitrep's and the coder's versions. */
export function workerSettings(options: WorkerCliOptions, coderVersions: Readonly<Record<string, string>>): WorkerSettings {
  const perHost = {
    concurrency: options.hostConcurrency ?? DEFAULT_FETCHER_OPTIONS.perHost.concurrency,
    intervalMs: options.hostDelay ?? DEFAULT_FETCHER_OPTIONS.perHost.intervalMs,
  };
  return {
    ...DEFAULT_WORKER_SETTINGS,
    db: options.db,
    pipelineVersion: JSON.stringify({ sitrep: VERSION, ...coderVersions }),
    ignoreRobots: options.ignoreRobots ?? false,
    concurrency: options.concurrency ?? DEFAULT_WORKER_SETTINGS.concurrency,
    fetcher: {
      userAgent: `sitrep/${VERSION} (news event monitor)`,
      allowPrivateHosts: options.allowPrivateHosts ?? false,
      perHost,
      ...(options.maxBytes === undefined ? {} : { maxBytes: options.maxBytes }),
      ...(options.timeout === undefined ? {} : { totalTimeoutMs: options.timeout * 1000 }),
    },
  };
}

function wholeNumber(value: string): number {
  return value === '0' ? 0 : optionParsers.positiveInteger(value);
}
