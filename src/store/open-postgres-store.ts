import { Kysely, PostgresDialect } from 'kysely';
import { createKyselyStore, type KyselyStoreOptions } from './kysely-store.js';
import { migrateToLatest } from './migrate-to-latest.js';
import { postgresPool } from './postgres-pool.js';
import type { Database } from './schema.js';
import type { Store } from './store.js';

/** Connections the store keeps open at most (the writers are sequential; one is enough, two leave slack). */
const POOL_SIZE = 2;

/**
 * Opens the PostgreSQL database at `url` (`postgres://user:password@host:port/database`, or a `host=` query
 * parameter naming a Unix socket directory) and brings its schema up to date with the same migrations as
 * SQLite (portable DDL; the SQLite-only full-text table and location columns are skipped).
 * @throws Error when the server cannot be reached, refuses the login, or a migration fails.
 */
export async function openPostgresStore(url: string, options: KyselyStoreOptions): Promise<Store> {
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool: postgresPool(url, POOL_SIZE) }) });
  try {
    await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return createKyselyStore(db, options);
}
