import { Migrator, type Kysely } from 'kysely';
import { MIGRATIONS } from './migrations/index.js';

/**
 * Runs the migrations in `migrations/` that the database has not run yet (Kysely's Migrator, which records
 * them in `kysely_migration`). Safe to call on every open.
 * @throws Error naming the failed migration, with the database error as `cause`.
 */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    // No migration ran: the database itself could not be reached or read.
    if (failed === undefined) throw error instanceof Error ? error : new Error(String(error));
    throw new Error(`migration ${failed} failed: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
}
