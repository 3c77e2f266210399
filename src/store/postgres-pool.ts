import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import type { Database } from './schema.js';

/**
 * Kysely over a pg connection pool for `url` of at most `max` connections. A connection that the server closes
 * while idle (a restart, an administrator) is dropped from the pool instead of crashing the process, as pg
 * advises; the next query opens a new one, or fails with the server's error if it is still down.
 */
export function postgresKysely(url: string, max: number): Kysely<Database> {
  const pool = new pg.Pool({ connectionString: url, max });
  pool.on('error', () => undefined);
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
