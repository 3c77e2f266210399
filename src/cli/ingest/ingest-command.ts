import type { Command } from 'commander';
import { SitrepError } from '../../core/errors.js';
import type { CliContext } from '../cli-context.js';
import { addWorkerOptions, workerSettings, type WorkerCliOptions } from './worker-options.js';
import { progressBar } from './progress-bar.js';
import { storeName } from '../../store/open-store.js';

const EXAMPLES = `
Sources:
  http(s) URLs of articles or feeds (RSS, Atom, JSON Feed), OPML feed lists (.opml), local files (.txt,
  .html, .htm, .jsonl, .ndjson), folders of them, or - for standard input.

A source or an article that fails (unreachable, no article text, a cookie wall, refused by robots.txt or the
private-address guard) is logged on stderr as a JSON line and recorded in the database; the others go on, and
the exit code is 0. It is 1 when no source could be read at all, 2 for usage errors. Running the same command
again after a crash resumes the queued work.

Examples:
  $ sitrep ingest https://example.org/world/rss.xml --db events.db
  $ sitrep ingest feeds.opml saved-pages/ --db events.db
  $ sitrep ingest http://127.0.0.1:8080/feed.xml --db test.db --allow-private-hosts`;

/** Adds `sitrep ingest <source...>` to the program. */
export function addIngestCommand(program: Command, context: CliContext): void {
  const command = program
    .command('ingest')
    .description('fetch, extract, de-duplicate, code and store sources once')
    .argument('<source...>', 'URLs, OPML files, local files or folders; - reads standard input');
  addWorkerOptions(command)
    .addHelpText('after', EXAMPLES)
    .action(async (sources: string[], options: WorkerCliOptions) => {
      const { runIngest } = await import('../../jobs/run-ingest.js');
      const { jsonLogger } = await import('../../jobs/job-logger.js');
      const coder = await context.loadCoder();
      const bar = context.stderr.isTTY ? progressBar(context.stderr) : undefined;
      const logged = jsonLogger({ write: (line) => (bar?.clear(), context.stderr.write(line)) }, context.now);
      // Only failures are logged during a one-off run; the summary says the rest.
      const log = { ...logged, info: () => undefined };
      let summary;
      try {
        summary = await runIngest(sources, workerSettings(options, coder.versions), {
          coder,
          log,
          now: context.now,
          stdin: context.stdin,
          onProgress: bar ? (jobs) => bar.update(jobs) : undefined,
        });
      } catch (error) {
        const message = (error as Error).message;
        const name = storeName(options.db);
        throw new SitrepError(message.startsWith(`${name}:`) ? message : `${name}: ${message}`, { cause: error });
      } finally {
        bar?.clear();
      }
      const { articles, jobs } = summary;
      const stored = Object.values(articles).reduce((a, b) => a + b, 0);
      context.stderr.write(
        `sitrep: ${storeName(options.db)} holds ${stored} articles (coded ${articles.coded ?? 0}, duplicates ${articles.duplicate ?? 0}, other languages ${articles.language ?? 0}); jobs done ${jobs.done ?? 0}, failed ${jobs.failed ?? 0}\n`,
      );
      if (summary.sourceFailures === sources.length) throw new SitrepError('no source could be read');
    });
}
