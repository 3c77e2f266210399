import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { createApiServer } from '../../src/api/create-api-server.js';
import { openReadStore } from '../../src/api/queries/open-read-store.js';
import type { ReadStore } from '../../src/api/queries/read-store.js';
import { loadCoder } from '../../src/load-coder.js';

const WEB = fileURLToPath(new URL('../../web/', import.meta.url));

/**
 * Builds the dashboard from its current sources into `outDir` (about 1 s), not into web/dist, which a running
 * `sitrep serve` may be serving.
 */
export async function buildDashboard(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({ configFile: `${WEB}vite.config.ts`, root: WEB, logLevel: 'warn', build: { outDir, emptyOutDir: true } });
}

/** `sitrep serve` in-process over the database `file` and the dashboard in `dashboardDir`, on a free port of 127.0.0.1. */
export async function startDashboard(file: string, dashboardDir: string): Promise<{ url: string; app: FastifyInstance; reads: ReadStore; stop: () => Promise<void> }> {
  const reads = await openReadStore(file);
  const app = await createApiServer({ reads, loadCoder, version: 'test', dashboardDir, pollMs: 100 });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    url,
    app,
    reads,
    stop: async () => {
      await app.close();
      await reads.close();
    },
  };
}
