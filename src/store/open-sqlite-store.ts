import { Kysely } from 'kysely';
import { openKyselyStore, type KyselyStoreOptions } from './kysely-store.js';
import type { Database } from './schema.js';
import { createSqliteDialect } from './sqlite-dialect.js';
import type { Store } from './store.js';

/**
 * Opens (creating if needed) the SQLite database `file` and brings its schema up to date.
 *
 * @example
 * const store = await openSqliteStore('events.db', { pipelineVersion: '{"sitrep":"0.1.0"}' });
 * const { stored } = await store.saveCodedArticle(article, coder.code(article));
 * await store.close();
 * @throws Error when the file cannot be opened, is not a SQLite database, or a migration fails.
 */
export async function openSqliteStore(file: string, options: KyselyStoreOptions): Promise<Store> {
  return openKyselyStore(new Kysely<Database>({ dialect: createSqliteDialect(file) }), options);
}
