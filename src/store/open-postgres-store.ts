import { openKyselyStore, type KyselyStoreOptions } from './kysely-store.js';
import { postgresKysely } from './postgres-pool.js';
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
  return openKyselyStore(postgresKysely(url, POOL_SIZE), options);
}
