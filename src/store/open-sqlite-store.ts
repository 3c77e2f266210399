import { Kysely } from 'kysely';
import { createKyselyStore, type KyselyStoreOptions } from './kysely-store.js';
import { migrateToLatest } from './migrate-to-latest.js';
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
  const db = new Kysely<Database>({ dialect: createSqliteDialect(file) });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createKyselyStore(db, options);
}
