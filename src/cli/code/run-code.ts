import { readArticles } from '../../ingest/read-articles.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/read-input.js';
import type { CliContext } from '../cli-context.js';
import { formatArticles, type OutputFormat } from '../output/output-format.js';
import { VERSION } from '../version.js';

/** Options of `sitrep code`, as parsed and checked by commander. */
export interface CodeOptions {
  date?: string;
  format?: OutputFormat;
  db?: string;
  maxBytes?: number;
}

/** Widest table printed, in columns. */
const TABLE_WIDTH = 120;

/**
 * `sitrep code`: reads and checks every input, codes every article, then (with `db`) stores each article in
 * its own transaction, and prints the events. Nothing is written to the database unless all inputs are good.
 * @throws SitrepError for bad input (exit 1) or a database failure (exit 1).
 */
export async function runCode(inputs: readonly string[], options: CodeOptions, context: CliContext): Promise<void> {
  const today = context.now().toISOString().slice(0, 10);
  const { articles, usedToday } = await readArticles(inputs, {
    maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES,
    stdin: context.stdin,
    date: options.date,
    today,
  });
  if (usedToday) context.stderr.write(`sitrep: no publication date given; using today, ${today}\n`);
  const coder = await context.loadCoder();
  const coded = articles.map((article) => coder.code(article));
  if (options.db !== undefined) {
    // Loaded only when needed: the database layer takes time to load.
    const { storeCoded } = await import('./store-coded.js');
    await storeCoded(articles, coded, {
      file: options.db,
      pipelineVersion: JSON.stringify({ sitrep: VERSION, ...coder.versions }),
      now: context.now,
      stderr: context.stderr,
    });
  }
  const format = options.format ?? (context.stdout.isTTY ? 'table' : 'jsonl');
  const width = Math.min(TABLE_WIDTH, context.stdout.columns ?? TABLE_WIDTH);
  const output = formatArticles(format, coded, width);
  if (output !== '') context.stdout.write(output);
}
