import { readArticles } from '../../ingest/read-articles.js';
import { DEFAULT_MAX_BYTES } from '../../ingest/read-input.js';
import type { ToponymRecord } from '../../pipeline/places/toponym-record.js';
import type { CliContext } from '../cli-context.js';
import { formatToponymTable } from './format-toponyms.js';

/** Output formats of `sitrep places`. */
export const PLACES_FORMATS = ['table', 'jsonl'] as const;

/** Options of `sitrep places`, as parsed and checked by commander. */
export interface PlacesOptions {
  date?: string;
  format?: (typeof PLACES_FORMATS)[number];
  maxBytes?: number;
}

/**
 * `sitrep places`: reads and checks every input like `sitrep code`, finds and resolves the toponyms of each
 * article, and prints them (a table on a terminal, JSON Lines otherwise). Loads the gazetteer once (building it
 * into .cache/gazetteer on first use).
 * @throws SitrepError for bad input (exit 1).
 */
export async function runPlaces(inputs: readonly string[], options: PlacesOptions, context: CliContext): Promise<void> {
  const today = context.now().toISOString().slice(0, 10);
  const { articles } = await readArticles(inputs, { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES, stdin: context.stdin, date: options.date, today });
  const { loadPlaceFinder } = await import('./load-place-finder.js');
  const finder = loadPlaceFinder();
  const records: ToponymRecord[] = articles.flatMap((article) => finder.records(article));
  const format = options.format ?? (context.stdout.isTTY ? 'table' : 'jsonl');
  const output = format === 'table' ? formatToponymTable(records) : records.map((r) => `${JSON.stringify(r)}\n`).join('');
  if (output !== '') context.stdout.write(output);
}
