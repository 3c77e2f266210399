import SqliteDatabase from 'better-sqlite3';
import { SqliteDialect } from 'kysely';
import { withStatementCache } from './statement-cache.js';

/** How long a connection waits for another process's write lock before failing, in milliseconds. */
const BUSY_TIMEOUT_MS = 5_000;

/**
 * A Kysely dialect over one better-sqlite3 connection to `file` (created if missing), set up for sitrep:
 * WAL journal (readers do not block the writer; a crash loses nothing committed), foreign keys enforced,
 * a busy timeout, `synchronous = NORMAL` (safe with WAL), and prepared statements reused (`withStatementCache`).
 * @throws better-sqlite3's error when the file cannot be opened or is not a SQLite database.
 */
export function createSqliteDialect(file: string): SqliteDialect {
  const database = new SqliteDatabase(file);
  try {
    database.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('foreign_keys = ON');
  } catch (error) {
    database.close();
    throw error;
  }
  return new SqliteDialect({ database: withStatementCache(database) });
}
