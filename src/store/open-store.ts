import type { KyselyStoreOptions } from './kysely-store.js';
import type { Store } from './store.js';

/** True for a PostgreSQL connection URL (`postgres://…` or `postgresql://…`) rather than a SQLite file name. */
export function isPostgresUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target);
}

/**
 * Opens the store named by `target`: a PostgreSQL URL (`postgres://…`) or a SQLite file (created if missing),
 * migrated to the latest schema. The PostgreSQL driver is loaded only when used.
 * @throws Error when the database cannot be opened or migrated (the caller words it for the user).
 */
export async function openStore(target: string, options: KyselyStoreOptions): Promise<Store> {
  if (isPostgresUrl(target)) {
    const { openPostgresStore } = await import('./open-postgres-store.js');
    return openPostgresStore(target, options);
  }
  const { openSqliteStore } = await import('./open-sqlite-store.js');
  return openSqliteStore(target, options);
}

/** `target` as it may be shown in messages: a PostgreSQL URL without its password (in the user part or a parameter). */
export function storeName(target: string): string {
  if (!isPostgresUrl(target)) return target;
  // The password may come as user:password@ or as a password= parameter.
  return target.replace(/^(postgres(?:ql)?:\/\/[^:/@]*):[^@/]*@/i, '$1:***@').replace(/([?&]password=)[^&]*/gi, '$1***');
}
