import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The workplace's shared data folder (`../shared` beside the repo); absent on some machines. */
export const SHARED = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');

/** True when `../shared/<rel>` exists; tests that need it skip with a message otherwise. */
export function hasShared(rel: string): boolean {
  const ok = existsSync(resolve(SHARED, rel));
  if (!ok) console.warn(`skipping: ${resolve(SHARED, rel)} is absent (the shared evaluation data is not on this machine)`);
  return ok;
}
