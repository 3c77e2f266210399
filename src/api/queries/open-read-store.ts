import { existsSync } from 'node:fs';
import { Kysely, sql } from 'kysely';
import { SitrepError } from '../../core/errors.js';
import { migrateToLatest } from '../../store/migrate-to-latest.js';
import { isPostgresUrl, storeName } from '../../store/open-store.js';
import type { Database } from '../../store/schema.js';
import { createSqliteDialect } from '../../store/sqlite-dialect.js';
import type { ReadStore } from './read-store.js';
import { createSqliteReadStore, type SqliteReadStoreOptions } from './sqlite-read-store.js';

/** Bytes of the database file the read connection maps into memory (address space, not resident memory). */
const MMAP_BYTES = 4 * 2 ** 30;
/** SQLite's page cache of the read connection, in KiB. */
const CACHE_KIB = 256 * 1024;

/**
 * Opens an existing SQLite database made by `sitrep code --db` (or `ingest`), brings its schema up to date (the
 * first time this adds the read-side indexes and full-text table, which takes a while on a large file) and
 * returns its read side.
 * @throws SitrepError when the file does not exist, is not a database or cannot be migrated.
 */
export async function openReadStore(file: string, options: SqliteReadStoreOptions = {}): Promise<ReadStore> {
  if (isPostgresUrl(file)) {
    throw new SitrepError(`${storeName(file)}: serve reads SQLite databases only for now (PostgreSQL works with code, ingest, watch and export)`);
  }
  if (!existsSync(file)) {
    throw new SitrepError(`${file}: no such database; make one with: sitrep code FILE --db ${file}`);
  }
  let db: Kysely<Database> | undefined;
  try {
    db = new Kysely<Database>({ dialect: createSqliteDialect(file) });
    await migrateToLatest(db);
    // SQLite's advice for long-lived connections: gather planner statistics where they are missing or stale.
    await sql`pragma optimize = 0x10002`.execute(db);
    // Reads go through memory-mapped pages (no copy per page read), with a larger page cache and sorts in memory.
    await sql`pragma mmap_size = ${sql.lit(MMAP_BYTES)}`.execute(db);
    await sql`pragma cache_size = ${sql.lit(-CACHE_KIB)}`.execute(db);
    await sql`pragma temp_store = memory`.execute(db);
  } catch (error) {
    await db?.destroy();
    throw new SitrepError(`${file}: cannot open database: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  return createSqliteReadStore(db, options);
}
