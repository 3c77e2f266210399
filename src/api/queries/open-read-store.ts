import { existsSync } from 'node:fs';
import { Kysely, sql } from 'kysely';
import { SitrepError } from '../../core/errors.js';
import { migrateToLatest } from '../../store/migrate-to-latest.js';
import { isPostgresUrl, storeName } from '../../store/open-store.js';
import type { Database } from '../../store/schema.js';
import { createSqliteDialect } from '../../store/sqlite-dialect.js';
import { createKyselyReadStore, type KyselyReadStoreOptions } from './kysely-read-store.js';
import { POSTGRES_ENGINE, SQLITE_ENGINE } from './read-engine.js';
import type { ReadStore } from './read-store.js';

/** Bytes of the database file the read connection maps into memory (address space, not resident memory). */
const MMAP_BYTES = 4 * 2 ** 30;
/** SQLite's page cache of the read connection, in KiB. */
const CACHE_KIB = 256 * 1024;
/** Connections a PostgreSQL read side keeps open at most. */
const POSTGRES_POOL = 4;

/**
 * Opens the database made by `sitrep code --db` (or `ingest`): an existing SQLite file or a PostgreSQL URL
 * (`postgres://…`), brings its schema up to date (on SQLite the first time this adds the read-side indexes and
 * full-text table, which takes a while on a large file) and returns its read side.
 * @throws SitrepError when the file does not exist, is not a database, the server cannot be reached, or a
 * migration fails.
 */
export async function openReadStore(target: string, options: KyselyReadStoreOptions = {}): Promise<ReadStore> {
  const postgres = isPostgresUrl(target);
  if (!postgres && !existsSync(target)) {
    throw new SitrepError(`${target}: no such database; make one with: sitrep code FILE --db ${target}`);
  }
  let db: Kysely<Database> | undefined;
  try {
    if (postgres) {
      const { postgresKysely } = await import('../../store/postgres-pool.js');
      db = postgresKysely(target, POSTGRES_POOL);
      await migrateToLatest(db);
      return createKyselyReadStore(db, POSTGRES_ENGINE, options);
    }
    db = new Kysely<Database>({ dialect: createSqliteDialect(target) });
    await migrateToLatest(db);
    // SQLite's advice for long-lived connections: gather planner statistics where they are missing or stale.
    await sql`pragma optimize = 0x10002`.execute(db);
    // Reads go through memory-mapped pages (no copy per page read), with a larger page cache and sorts in memory.
    await sql`pragma mmap_size = ${sql.lit(MMAP_BYTES)}`.execute(db);
    await sql`pragma cache_size = ${sql.lit(-CACHE_KIB)}`.execute(db);
    await sql`pragma temp_store = memory`.execute(db);
  } catch (error) {
    await db?.destroy();
    throw new SitrepError(`${storeName(target)}: cannot open database: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return createKyselyReadStore(db, SQLITE_ENGINE, options);
}
