import type { Command } from 'commander';
import { SitrepError, UsageError } from '../../core/errors.js';
import { parseInterval } from '../../jobs/parse-interval.js';
import type { CliContext } from '../cli-context.js';
import { addWorkerOptions, workerSettings, type WorkerCliOptions } from '../ingest/worker-options.js';
import { storeName } from '../../store/open-store.js';

const EXAMPLES = `
Logs one JSON object per line on standard output: {"time", "level", "event", ids…, "duration_ms"}.
Stop with Ctrl-C (SIGINT) or SIGTERM: fetches in flight finish and the database is closed. After a crash or
kill -9, run the same command again: queued work resumes, nothing is lost or coded twice.

Examples:
  $ sitrep watch --feeds feeds.opml --every 15m --db events.db
  $ sitrep watch --feeds feeds.opml --every 30s --db events.db | jq 'select(.level != "info")'`;

interface WatchCliOptions extends WorkerCliOptions {
  feeds: string;
  every: string;
}

/** Adds `sitrep watch --feeds FILE.opml --every 15m --db FILE` to the program. */
export function addWatchCommand(program: Command, context: CliContext): void {
  const command = program
    .command('watch')
    .description('watch the feeds of an OPML list until stopped: fetch, extract, de-duplicate, code and store')
    .requiredOption('--feeds <file.opml>', 'OPML list of feeds (read again at every interval)')
    .option('--every <interval>', 'how often feeds are fetched: 30s, 15m, 1h', '15m');
  addWorkerOptions(command)
    .addHelpText('after', EXAMPLES)
    .action(async (options: WatchCliOptions) => {
      const everyMs = parseInterval(options.every);
      if (everyMs === null) throw new UsageError(`--every: expected an interval such as 30s, 15m or 1h, found "${options.every}"`);
      const { runWatch } = await import('../../jobs/run-watch.js');
      const { jsonLogger } = await import('../../jobs/job-logger.js');
      const coder = await context.loadCoder();
      const stop = new AbortController();
      const onSignal = () => stop.abort();
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        await runWatch(options.feeds, everyMs, workerSettings(options, coder.versions), {
          coder,
          log: jsonLogger(context.stdout, context.now),
          now: context.now,
          signal: stop.signal,
        });
      } catch (error) {
        // A database that cannot be opened is named in the message already ("DB: cannot open database: …").
        const message = (error as Error).message;
        throw new SitrepError(message.startsWith(`${storeName(options.db)}:`) ? message : `watch: ${message}`, { cause: error });
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
      }
    });
}
