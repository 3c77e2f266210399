import type { Migration } from 'kysely';
import { initial } from './0001-initial.js';

/**
 * Every migration, by name; names sort in the order they run. Append only: never edit or remove a migration
 * that has been released, add the next number instead.
 */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': initial,
};
