import type { Article } from '../../core/article.js';
import type { CodedArticle } from '../../core/coded-event.js';
import { SitrepError } from '../../core/errors.js';
import { openStore, storeName } from '../../store/open-store.js';
import type { Store } from '../../store/store.js';
import type { TextOutput } from '../cli-context.js';

export interface StoreCodedOptions {
  /** SQLite database file (created if missing). */
  file: string;
  pipelineVersion: string;
  now: () => Date;
  stderr: TextOutput;
}

/**
 * Saves coded articles to the database, each article in its own transaction, and reports on stderr how many
 * articles and events were stored and how many articles were already present.
 * @throws SitrepError (exit 1) when the database cannot be opened or an article cannot be saved; articles saved
 *   before the failure stay saved, the failed one leaves nothing behind.
 */
export async function storeCoded(articles: readonly Article[], coded: readonly CodedArticle[], options: StoreCodedOptions) {
  const { file } = options;
  const name = storeName(file);
  let store: Store;
  try {
    store = await openStore(file, { pipelineVersion: options.pipelineVersion, now: options.now });
  } catch (error) {
    throw new SitrepError(`${name}: cannot open database: ${messageOf(error)}`, { cause: error });
  }
  let stored = 0;
  let events = 0;
  let present = 0;
  try {
    for (const [index, article] of articles.entries()) {
      const result = await store.saveCodedArticle(article, coded[index]!).catch((error: unknown) => {
        const before = stored === 0 ? '' : ` (${plural(stored, 'article')} stored before it)`;
        throw new SitrepError(`${name}: cannot store article ${JSON.stringify(article.id)}: ${messageOf(error)}${before}`, {
          cause: error,
        });
      });
      if (result.stored) {
        stored += 1;
        events += coded[index]!.events.length;
      } else {
        present += 1;
      }
    }
  } finally {
    await store.close();
  }
  const already = present === 0 ? '' : `; ${plural(present, 'article')} already present`;
  options.stderr.write(`sitrep: stored ${plural(stored, 'article')} (${plural(events, 'event')}) in ${name}${already}\n`);
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
