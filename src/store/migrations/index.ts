import type { Migration } from 'kysely';
import { initial } from './0001-initial.js';
import { serveIndexes } from './0100-serve-indexes.js';
import { feedsAndJobs } from './0200-feeds-and-jobs.js';
import { articleSources } from './0201-article-sources.js';
import { mergedEvents } from './0202-merged-events.js';
import { postgresReadSide } from './0203-postgres-read-side.js';

/**
 * Every migration, by name; names sort in the order they run. Append only: never edit or remove a migration
 * that has been released, add the next number instead.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
  '0100-serve-indexes': serveIndexes,
  '0200-feeds-and-jobs': feedsAndJobs,
  '0201-article-sources': articleSources,
  '0202-merged-events': mergedEvents,
  '0203-postgres-read-side': postgresReadSide,
};
