import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { TextOutput } from '../cli-context.js';

/** The dashboard's sources (web/) and its build (web/dist), from the package root. */
export const WEB_DIR = fileURLToPath(new URL('../../../web/', import.meta.url));
export const DASHBOARD_DIR = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/**
 * The built dashboard's folder, building it first (Vite, a few seconds) when it is missing; null when it cannot
 * be built here (no Vite installed), after saying how to build it.
 */
export async function ensureDashboard(stderr: TextOutput): Promise<string | null> {
  if (existsSync(`${DASHBOARD_DIR}index.html`)) return DASHBOARD_DIR;
  stderr.write('sitrep: the dashboard is not built yet; building it (npm run build:web) …\n');
  try {
    const { build } = await import('vite');
    await build({ configFile: `${WEB_DIR}vite.config.ts`, root: WEB_DIR, logLevel: 'warn' });
    return DASHBOARD_DIR;
  } catch (error) {
    stderr.write(`sitrep: cannot build the dashboard (${error instanceof Error ? error.message : String(error)}); serving the API only. Run: npm run build:web\n`);
    return null;
  }
}
